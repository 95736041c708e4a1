// Questions several checks ask of a LayerClass, answered from its facts and its ancestors'.
import type { FieldWrite, LayerClass } from './layer-model';
import type { ProgramIndex } from './program-index';
import { BASE_CONFIG_KEYS } from './tfjs-contract';
import { appendTo, cachedPerObject } from './ts-ast';

/**
 * A class that gets saved: not abstract, and not only a base for other layers of the file
 * (or, with a program index, of the program). A base that is also registered is saved as itself.
 */
export function isConcreteLayer(layer: LayerClass, index?: ProgramIndex): boolean {
  if (layer.isAbstract) return false;
  const isBase = layer.subclasses.length > 0 || (index?.extendedElsewhere.has(layer.node) ?? false);
  return !isBase || layer.registrations.length > 0 || (index?.registrations.has(layer.node) ?? false);
}

export interface EmittedConfig {
  keys: ReadonlySet<string>;
  /** `this.x` objects merged whole: a field that keeps the whole config passes every key through. */
  mergedFields: ReadonlySet<string>;
}

/**
 * The keys the layer's getConfig() returns, its own merged with its ancestors' through
 * `super.getConfig()`. Undefined when they cannot be known: a getConfig() inherited from
 * another module or from `tf.layers.RNN`, or one that merges something we cannot read.
 * Kept per layer: several checks ask, and a base is asked once per subclass and key.
 */
export const getEmittedConfig = cachedPerObject((layer: LayerClass): EmittedConfig | undefined => {
  const own = layer.getConfig;
  if (!own) return getInheritedConfig(layer);
  if (own.emitsUnknownKeys) return undefined;
  if (!own.callsSuper) return { keys: own.emittedKeys, mergedFields: own.mergedFields };
  // A base from another module may return any key through super.getConfig(): not guessed.
  const inherited = getInheritedConfig(layer);
  if (!inherited) return undefined;
  return { keys: new Set([...own.emittedKeys, ...inherited.keys]), mergedFields: new Set([...own.mergedFields, ...inherited.mergedFields]) };
});

const TFJS_BASE_CONFIG: EmittedConfig = { keys: BASE_CONFIG_KEYS, mergedFields: new Set() };

function getInheritedConfig(layer: LayerClass): EmittedConfig | undefined {
  switch (layer.base.kind) {
    case 'tfjs':
      return layer.base.name === 'RNN' ? undefined : TFJS_BASE_CONFIG;
    case 'class':
      return getEmittedConfig(layer.base.layer);
    case 'external':
      return undefined;
  }
}

const writesByField = cachedPerObject((layer: LayerClass): Map<string, FieldWrite[]> => {
  const index = new Map<string, FieldWrite[]>();
  for (const write of layer.fieldWrites) appendTo(index, write.field, write);
  return index;
});

/** The class's own writes to `this.<field>`, in source order: indexed once per class, since checks ask field by field. */
export function getWritesTo(layer: LayerClass, field: string): readonly FieldWrite[] {
  return writesByField(layer).get(field) ?? [];
}

/** The nearest ancestor in this file with a static className, which a class without one inherits. */
export function findInheritedClassName(layer: LayerClass): LayerClass | undefined {
  for (let base = layer.base; base.kind === 'class'; base = base.layer.base) {
    // `static get className() { return this.name; }` names each subclass by its own name: nothing is inherited.
    if (base.layer.className) return base.layer.className.perClass ? undefined : base.layer;
  }
  return undefined;
}

export function getRootBase(layer: LayerClass): LayerClass['base'] {
  return layer.base.kind === 'class' ? getRootBase(layer.base.layer) : layer.base;
}

/** A static fromConfig() in the chain rebuilds the layer its own way, not as `new Cls(config)`. */
export function hasOwnFromConfig(layer: LayerClass): boolean {
  return getClassChain(layer).some((current) => current.staticMembers.has('fromConfig'));
}

/** The layer and its analysed ancestors, nearest first. */
export function getClassChain(layer: LayerClass): LayerClass[] {
  const chain = [layer];
  for (let base = layer.base; base.kind === 'class'; base = base.layer.base) chain.push(base.layer);
  return chain;
}

/**
 * Every key the constructors of the chain read from the config, or undefined when that
 * cannot be known: a constructor hands the config to code we cannot see, keeps it whole,
 * or a base is outside the analysis.
 */
export function getConstructorKeys(layer: LayerClass): Set<string> | undefined {
  const keys = new Set<string>();
  for (const current of getClassChain(layer)) {
    const ctor = current.ctor;
    if (ctor) {
      if (ctor.passesConfigElsewhere || ctor.readsAnyKey || ctor.wholeConfigFields.size > 0) return undefined;
      ctor.reads.forEach((read) => keys.add(read.key));
    }
    // A fromConfig() of its own may read keys the constructor does not.
    if (current.staticMembers.has('fromConfig')) return undefined;
  }
  const root = getRootBase(layer);
  if (root.kind !== 'tfjs' || root.name === 'RNN') return undefined;
  BASE_CONFIG_KEYS.forEach((key) => keys.add(key));
  return keys;
}

/** Edit distance, for "did you mean" hints between config keys or field names. */
export function isSimilarName(a: string, b: string): boolean {
  const normalize = (name: string) => name.toLowerCase().replace(/[_$#]/g, '');
  if (normalize(a) === normalize(b)) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  // Short names differ by one edit at most: `units` and `init` are different words.
  return previous[b.length]! <= (Math.min(a.length, b.length) < 6 ? 1 : 2);
}

/**
 * Whether what the class inherits is known well enough to call a missing className or registration
 * a mistake. A `Layer` imported from the project's own module (TF.js's own sources) leaves abstract
 * bases unmarked in JavaScript, so a class there with neither is taken for one.
 */
export function isSavedAsItself(layer: LayerClass): boolean {
  const root = getRootBase(layer);
  return layer.ancestryKnown && !(root.kind === 'tfjs' && root.throughOwnModule === true);
}
