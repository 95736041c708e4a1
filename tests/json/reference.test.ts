// The reference the model.json rules check against: the project's layer classes, found under the
// lint's cwd with no option (or under `sources`), kept per process and re-read when a file changes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { getReference } from '../../src/json/reference';

const project = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-reference-'));
after(() => fs.rmSync(project, { recursive: true, force: true }));

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
}

function layer(className: string, body: string, spelled = `static className = '${className}';`): string {
  return `import * as tf from '@tensorflow/tfjs';\nexport class L${className.replace(/\W/g, '')} extends tf.layers.Layer {\n  ${spelled}\n${body}\n}\ntf.serialization.registerClass(L${className.replace(/\W/g, '')});\n`;
}

describe('the reference', () => {
  it('reads the classes under the cwd, skipping node_modules, build output and hidden folders', () => {
    write(
      'src/a.ts',
      layer(
        'Alpha',
        '  constructor(args: any) { super(args); this.rate = args.rate ?? 0.25; this.size = args.size; }\n  build() { this.addWeight("w", [1], "float32"); }',
      ),
    );
    write('node_modules/pkg/index.js', layer('FromPackage', ''));
    write('dist/a.js', layer('Built', ''));
    write('.cache/a.ts', layer('Hidden', ''));
    const reference = getReference(project, undefined);
    assert.deepEqual([...reference.classNames()].sort(), ['Alpha']);
    const alpha = reference.lookup('Alpha');
    assert.ok(alpha);
    assert.deepEqual(
      [...alpha.reads!],
      [
        ['rate', '0.25'],
        ['size', undefined],
      ],
    );
    assert.equal(alpha.readsComplete, true);
    assert.deepEqual(alpha.weightsAlways, ['w']);
    assert.equal(alpha.where, 'src/a.ts:2');
  });

  it('`sources` names the folders instead, build output included', () => {
    const reference = getReference(project, ['dist']);
    assert.deepEqual([...reference.classNames()], ['Built']);
    assert.equal(reference.lookup('Alpha'), undefined);
  });

  it('sees an edit: a file whose mtime or size changed is read again', () => {
    assert.equal(getReference(project, undefined).lookup('Alpha')?.weightsAlways?.length, 1);
    write(
      'src/a.ts',
      layer('Alpha', '  constructor(args: any) { super(args); }\n  build() { this.addWeight("w", [1], "float32"); this.addWeight("v", [1], "float32"); }'),
    );
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(project, 'src/a.ts'), future, future);
    assert.deepEqual(getReference(project, undefined).lookup('Alpha')?.weightsAlways, ['w', 'v']);
  });

  it('finds the className spellings the analysis reads: static field, getter, assignment after the class', () => {
    write('src/b.ts', layer('Beta', '', "static get className() { return 'Beta'; }"));
    write(
      'src/c.js',
      "const tf = require('@tensorflow/tfjs');\nclass Gamma extends tf.layers.Layer {}\nGamma.className = 'Gamma';\ntf.serialization.registerClass(Gamma);\n",
    );
    const reference = getReference(project, undefined);
    assert.ok(reference.lookup('Beta'));
    assert.ok(reference.lookup('Gamma'));
  });

  it('two classes with one className and different facts give no facts (null); a string that is no layer class gives none (undefined)', () => {
    write('src/d1.ts', layer('Delta', '  constructor(args: any) { super(args); this.a = args.a; }'));
    write('src/d2.ts', layer('Delta', '  constructor(args: any) { super(args); this.b = args.b; }'));
    write('src/e.ts', "export const notALayer = { className: 'Epsilon' };\nconst x = { className = 'Epsilon' } as never;\n");
    const reference = getReference(project, undefined);
    assert.equal(reference.lookup('Delta'), null);
    assert.equal(reference.mentions('Epsilon'), true);
    assert.equal(reference.lookup('Epsilon'), undefined);
  });

  it('says nothing of weights it cannot list: a computed name, a conditional weight only as maybe', () => {
    write('src/f.ts', layer('Zeta', '  build() { for (const n of ["a", "b"]) this.addWeight(n, [1], "float32"); }'));
    write(
      'src/g.ts',
      layer('Eta', '  useBias = true;\n  build() { this.addWeight("k", [1], "float32"); if (this.useBias) this.addWeight("b", [1], "float32"); }'),
    );
    const reference = getReference(project, undefined);
    assert.equal(reference.lookup('Zeta')?.weightsComplete, false);
    assert.deepEqual([reference.lookup('Eta')?.weightsAlways, reference.lookup('Eta')?.weightsMaybe], [['k'], ['b']]);
  });
});

describe('memory', () => {
  it('the per-process cache keeps facts, not the texts they were read from', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const liveBytes = (): number => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const FILES = 12;
    const PADDING = 2 ** 20;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-reference-memory-'));
    try {
      for (let index = 0; index < FILES; index++) {
        // Names of 13 or more characters, which V8 keeps as views into the text they were cut from.
        const key = `scaleFactorNumber${index}`;
        fs.writeFileSync(
          path.join(dir, `layer-${index}.ts`),
          `import * as tf from '@tensorflow/tfjs';
// ${'x'.repeat(PADDING)}
export class Scale${index} extends tf.layers.Layer {
  static className = 'LongClassNameNumber${index}';
  constructor(args: any) { super(args); this.${key} = args.${key} ?? 'a default of some length ${index}'; }
  build() { this.addWeight('aLongWeightName${index}', [1], 'float32'); }
}
`,
        );
      }
      const before = liveBytes();
      const reference = getReference(dir, undefined);
      for (let index = 0; index < FILES; index++) assert.ok(reference.lookup(`LongClassNameNumber${index}`)?.reads?.has(`scaleFactorNumber${index}`));
      const grown = liveBytes() - before;
      assert.ok(grown < (FILES * PADDING) / 4, `${(grown / 2 ** 20).toFixed(1)} MB more after reading ${FILES} files of 1 MB`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('constructors that may read any key', () => {
  it('claim no unread key: the config iterated, copied onto this, or handed to a helper', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfjs-layers-reference-any-'));
    try {
      const bodies: Record<string, string> = {
        Iterated: '  constructor(args: any) { super(args); for (const key of Object.keys(args)) (this as any)[key] = args[key]; }',
        ForIn: '  constructor(args: any) { super(args); this.k = []; for (const key in args) this.k.push(key); }',
        Copied: '  constructor(args: any) { super(args); Object.assign(this, args); }',
        Helper: '  constructor(args: any) { super(args); this.settings = readSettings(args); }',
      };
      for (const [name, body] of Object.entries(bodies)) fs.writeFileSync(path.join(dir, `${name}.ts`), layer(name, body));
      const reference = getReference(dir, undefined);
      for (const name of Object.keys(bodies)) assert.notEqual(reference.lookup(name)?.readsComplete, true, name);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
