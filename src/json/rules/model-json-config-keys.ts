// Config keys of a layer in model.json against the keys its constructor reads. On load TF.js
// turns each key to camelCase (toCamelCase) and calls `new Cls(config)`: a key the constructor
// does not read is dropped without a word, and a key it reads that the file lacks becomes its default.
import { toCamelCase, toSnakeCase } from '../../core/tfjs-case';
import { keyOf } from '../model-file';
import { BASE_CONFIG_KEYS } from '../../core/tfjs-contract';
import { defineJsonRule, showValue } from './shared';

export default defineJsonRule({
  ruleId: 'model-json-config-keys',
  description: 'Require the config keys of each layer in a model.json to be the keys its class constructor reads',
  recommended: false,
  messages: {
    unreadKey: "'{{fileKey}}' is not read by the constructor of '{{className}}' ({{where}}){{passedAs}}: the layer ignores it, so {{value}} is lost on load.",
    missingKey: "This '{{className}}' config has no '{{fileKey}}': the constructor ({{where}}) reads '{{key}}', so the loaded layer gets {{outcome}}.",
  },
  check(model, facts, report) {
    for (const layer of model.layers) {
      const classFacts = facts.reference.lookup(layer.className);
      if (!classFacts?.reads || !layer.config) continue;
      const keysInFile = new Set<string>();
      for (const member of layer.config.members) {
        const fileKey = keyOf(member);
        if (fileKey === undefined) continue;
        const key = fileKey === 'name' ? fileKey : toCamelCase(fileKey);
        keysInFile.add(key);
        if (!classFacts.readsComplete || BASE_CONFIG_KEYS.has(key) || classFacts.reads.has(key)) continue;
        report({
          node: member.name,
          messageId: 'unreadKey',
          data: {
            fileKey,
            passedAs: fileKey === key ? '' : ` (TF.js passes it on as '${key}')`,
            className: layer.className,
            where: classFacts.where,
            value: showValue(member.value),
          },
        });
      }
      for (const [key, defaultText] of classFacts.reads) {
        if (keysInFile.has(key)) continue;
        const fileKey = toSnakeCase(key);
        const outcome = defaultText !== undefined ? `the default ${defaultText}` : `undefined for it (the constructor spells no default)`;
        report({
          node: layer.configMember!.name,
          messageId: 'missingKey',
          data: { fileKey, key, className: layer.className, where: classFacts.where, outcome },
        });
      }
    }
  },
});
