// tsserver resolves `eslint-plugin-tfjs-layers/typescript-plugin` as a path inside the package
// (it ignores package.json `exports`) and loads it with require(): this file is that path.
module.exports = require('./dist/typescript-plugin/index.js');
