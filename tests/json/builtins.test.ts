// TF.js's built-in layer names, as the model.json rules know them, against the registry of the
// real TF.js 4.22 once `@tensorflow/tfjs` has loaded.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { BUILT_IN_LAYER_CLASS_NAMES } from '../../src/core/tfjs-contract';
import { getBuiltInLayerNames, readRegisteredNamesIn } from '../../src/json/builtins';

const root = path.join(__dirname, '..', '..');

/** Layer classNames in TF.js's class registry. */
function registeredLayerNames(): Set<string> {
  const map = tf.serialization.SerializationMap.getMap().classNameMap as Record<string, [unknown, unknown]>;
  return new Set(
    Object.entries(map)
      .filter(([, [cls]]) => typeof cls === 'function' && (cls as { prototype: unknown }).prototype instanceof tf.layers.Layer)
      .map(([name]) => name),
  );
}

describe('built-in layer names', () => {
  it('TF.js 4.22 is the installed version', () => {
    assert.equal(tf.version_layers, '4.22.0');
  });

  it('the fallback list is exactly the layers registered by @tensorflow/tfjs 4.22', () => {
    const registered = registeredLayerNames();
    assert.ok(registered.size > 60, String(registered.size));
    assert.deepEqual([...BUILT_IN_LAYER_CLASS_NAMES].sort(), [...registered].sort());
  });

  it('read from the installed package, they hold every registered layer (and the NLP layers @tensorflow/tfjs does not load)', () => {
    const { names, source } = getBuiltInLayerNames(root);
    assert.equal(source, path.dirname(require.resolve('@tensorflow/tfjs-layers/package.json')));
    for (const name of registeredLayerNames()) assert.ok(names.has(name), name);
    const extra = [...names].filter((name) => !registeredLayerNames().has(name)).sort();
    // Over-knowing only silences a finding; these are registered by modules tfjs-layers' index does not import.
    for (const name of extra) assert.ok(/^(nlp|preprocessing)$/.test(whereRegistered(source, name)), name);
  });

  it('fall back to the 4.22 list where @tensorflow/tfjs-layers does not resolve', () => {
    const { names, source } = getBuiltInLayerNames('/');
    assert.equal(source, undefined);
    assert.equal(names, BUILT_IN_LAYER_CLASS_NAMES);
  });
});

/** The folder under dist/layers whose modules register `name`. */
function whereRegistered(packageDir: string, name: string): string {
  const layersDir = path.join(packageDir, 'dist', 'layers');
  for (const entry of fs.readdirSync(layersDir, { withFileTypes: true })) {
    if (entry.isDirectory() && readRegisteredNamesIn([path.join(layersDir, entry.name)]).has(name)) return entry.name;
  }
  return '(not found)';
}
