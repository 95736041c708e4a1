// Lints this examples/ project with the plugin. The plugin is imported by its package name:
// examples/ has no package.json, so Node resolves the name to the enclosing package itself.
import tfjsLayers from 'eslint-plugin-tfjs-layers';

export default [tfjsLayers.configs.recommended];
