// TF.js's own layer classNames: a model file may name them without any project class.
// Read from the @tensorflow/tfjs-layers the linted project has installed (its dist/ modules spell
// `Dense.className = 'Dense'; serialization.registerClass(Dense);`); when none resolves, the list
// the core keeps for TF.js 4.22 (a test checks it against the registry of the real 4.22).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_LAYER_CLASS_NAMES } from '../core/tfjs-contract';

const byPackageDir = new Map<string, ReadonlySet<string>>();

export interface BuiltInNames {
  names: ReadonlySet<string>;
  /** The installed package they were read from, or undefined for the 4.22 list. */
  source?: string;
}

export function getBuiltInLayerNames(cwd: string): BuiltInNames {
  let packageJson: string;
  try {
    packageJson = require.resolve('@tensorflow/tfjs-layers/package.json', { paths: [cwd] });
  } catch {
    return { names: BUILT_IN_LAYER_CLASS_NAMES };
  }
  const dir = path.dirname(packageJson);
  let names = byPackageDir.get(dir);
  if (!names) {
    names = readRegisteredNames(path.join(dir, 'dist'));
    // A layout this reader does not know gives (almost) nothing: fall back rather than report every built-in.
    if (names.size < 20) names = BUILT_IN_LAYER_CLASS_NAMES;
    byPackageDir.set(dir, names);
  }
  return { names, source: dir };
}

/** Layer classNames registered by the package's per-module files (not its bundles). */
export function readRegisteredNames(distDir: string): Set<string> {
  // Layers and models only: initializers, constraints and optimizers register classNames too.
  return readRegisteredNamesIn([path.join(distDir, 'layers'), path.join(distDir, 'engine')], [path.join(distDir, 'models.js')]);
}

/** classNames passed to registerClass() by the .js modules under `dirs` and in `extraFiles`. */
export function readRegisteredNamesIn(dirs: readonly string[], extraFiles: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  const files = extraFiles.filter((file) => fs.existsSync(file));
  const collect = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) collect(full);
      else if (entry.name.endsWith('.js') && !entry.name.startsWith('tf-layers')) files.push(full);
    }
  };
  for (const dir of dirs) collect(dir);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('registerClass(')) continue;
    const classNames = new Map<string, string>();
    for (const match of text.matchAll(/^\s*([A-Za-z_$][\w$]*)\.className = ['"]([^'"]+)['"];?\s*$/gm)) classNames.set(match[1]!, match[2]!);
    for (const match of text.matchAll(/registerClass\(([A-Za-z_$][\w$]*)\)/g)) {
      const name = classNames.get(match[1]!);
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}
