// Lints this examples/ project with the plugin. The plugin is imported by its package name:
// examples/ has no package.json, so Node resolves the name to the enclosing package itself.
// configs['model-json'] checks the saved models in models/ against the layer classes of this folder.
import tfjsLayers from 'eslint-plugin-tfjs-layers';

export default [tfjsLayers.configs.recommended, tfjsLayers.configs['model-json']];
