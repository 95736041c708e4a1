// Questions several checks ask of a LayerClass, answered from its facts and its ancestors'.
import type { LayerClass } from './layer-model';
import { BASE_CONFIG_KEYS } from './tfjs-contract';

/**
 * A class that gets saved: not abstract, and not only a base for other layers of
 * the file (a base that is also registered is saved as itself).
 */
export function isConcreteLayer(layer: LayerClass): boolean {
  if (layer.isAbstract) return false;
  return layer.subclasses.length === 0 || layer.registrations.length > 0;
}

export interface EmittedConfig {
  keys: Set<string>;
  /** `this.x` objects merged whole: a field that keeps the whole config passes every key through. */
  mergedFields: Set<string>;
}

/**
 * The keys the layer's getConfig() returns, its own merged with its ancestors' through
 * `super.getConfig()`. Undefined when they cannot be known: a getConfig() inherited from
 * another module or from `tf.layers.RNN`, or one that merges something we cannot read.
 */
export function getEmittedConfig(layer: LayerClass): EmittedConfig | undefined {
  const own = layer.getConfig;
  if (!own) return getInheritedConfig(layer);
  if (own.emitsUnknownKeys) return undefined;
  const emitted: EmittedConfig = { keys: new Set(own.emittedKeys), mergedFields: new Set(own.mergedFields) };
  if (own.callsSuper) {
    const inherited = getInheritedConfig(layer);
    // With a getConfig() of its own, a class on a base from another module is judged by what it writes.
    if (!inherited && !hasExternalRoot(layer)) return undefined;
    inherited?.keys.forEach((key) => emitted.keys.add(key));
    inherited?.mergedFields.forEach((field) => emitted.mergedFields.add(field));
  }
  return emitted;
}

function getInheritedConfig(layer: LayerClass): EmittedConfig | undefined {
  switch (layer.base.kind) {
    case 'tfjs':
      return layer.base.name === 'RNN' ? undefined : { keys: new Set(BASE_CONFIG_KEYS), mergedFields: new Set() };
    case 'local':
      return getEmittedConfig(layer.base.layer);
    case 'external':
      return undefined;
  }
}

function hasExternalRoot(layer: LayerClass): boolean {
  return layer.base.kind === 'external' || (layer.base.kind === 'local' && hasExternalRoot(layer.base.layer));
}

/** The nearest ancestor in this file with a static className, which a class without one inherits. */
export function findInheritedClassName(layer: LayerClass): LayerClass | undefined {
  for (let base = layer.base; base.kind === 'local'; base = base.layer.base) {
    if (base.layer.className) return base.layer;
  }
  return undefined;
}

export function getRootBase(layer: LayerClass): LayerClass['base'] {
  return layer.base.kind === 'local' ? getRootBase(layer.base.layer) : layer.base;
}
