// TF.js 4.22's key and string conversion on save (convertTsToPythonic, toSnakeCase) and load
// (convertPythonicToTs, toCamelCase), written the same way so the checks predict it exactly.

export function toSnakeCase(name: string): string {
  const intermediate = name.replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2');
  const insecure = intermediate.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  // TF.js prefixes a leading underscore with "private".
  return !insecure.startsWith('_') ? insecure : `private${insecure}`;
}

export function toCamelCase(identifier: string): string {
  if (identifier.length <= 1 || !identifier.includes('_')) return identifier;
  return identifier.replace(/[_]+(\w|$)/g, (_match, next: string) => next.toUpperCase());
}

const reloadedKeys = new Map<string, { saved: string; reloaded: string }>();

/** A config key after model.save() and tf.loadLayersModel(). Keys repeat across layers and files: kept, up to a bound. */
export function reloadedKey(key: string): { saved: string; reloaded: string } {
  let converted = reloadedKeys.get(key);
  if (!converted) {
    // The key comes from a parsed file, and V8 keeps a substring of 13 or more characters as a view
    // into the whole text: stored as it is (or as `saved`, which can be the same string), it would
    // keep the file's text alive as long as the process runs. The cache stores its own copy.
    const ownKey = copyString(key);
    const saved = toSnakeCase(ownKey);
    converted = { saved, reloaded: toCamelCase(saved) };
    if (reloadedKeys.size >= 10_000) reloadedKeys.clear();
    reloadedKeys.set(ownKey, converted);
  }
  return converted;
}

/** A string with its own characters: concatenation gives a new flat string, slice() its tail. */
function copyString(text: string): string {
  return ` ${text}`.slice(1);
}

/** A string value under `key` after save and load: `name` is kept both ways, `className` only on save. */
export function reloadedString(key: string, value: string): { saved: string; reloaded: string } {
  if (key === 'name') return { saved: value, reloaded: value };
  const saved = key === 'className' ? value : toSnakeCase(value);
  return { saved, reloaded: toCamelCase(saved) };
}
