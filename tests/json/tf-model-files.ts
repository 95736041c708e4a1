// Model files as TF.js 4.22 writes and reads them on disk: model.save() through a save handler
// that writes what tfjs-node's file:// handler writes (model.json with its weightsManifest, and
// weights.bin), and tf.loadLayersModel() through a handler that reads them back the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs';

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
}

export interface ModelJson {
  modelTopology: Record<string, unknown>;
  weightsManifest: Array<{ paths: string[]; weights: WeightSpec[] }>;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  [key: string]: unknown;
}

/** model.save() into `dir`: model.json (pretty-printed, as a person would commit it) and weights.bin. */
export async function saveToDisk(model: tf.LayersModel, dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData as ArrayBuffer;
      const modelJson: ModelJson = {
        modelTopology: artifacts.modelTopology as Record<string, unknown>,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      writeModelJson(dir, modelJson);
      fs.writeFileSync(path.join(dir, 'weights.bin'), Buffer.from(weightData));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
}

export function readModelJson(dir: string): ModelJson {
  return JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8')) as ModelJson;
}

export function writeModelJson(dir: string, modelJson: ModelJson): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'model.json'), `${JSON.stringify(modelJson, null, 2)}\n`);
}

/** tf.loadLayersModel() of `dir/model.json` and its weight files, strict as by default. */
export async function loadFromDisk(dir: string): Promise<tf.LayersModel> {
  const handler: tf.io.IOHandler = {
    load: async () => {
      const modelJson = readModelJson(dir);
      const buffers = modelJson.weightsManifest.flatMap((group) => group.paths.map((file) => fs.readFileSync(path.join(dir, file))));
      const weightData = Buffer.concat(buffers);
      return {
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest.flatMap((group) => group.weights) as tf.io.WeightsManifestEntry[],
        weightData: weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength),
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        convertedBy: modelJson.convertedBy ?? undefined,
      };
    },
  };
  return tf.loadLayersModel(handler);
}

/** The error tf.loadLayersModel() throws for `dir`, or undefined when it loads. */
export async function loadError(dir: string): Promise<string | undefined> {
  try {
    await loadFromDisk(dir);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Copies a saved model folder. */
export function copyModel(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const file of fs.readdirSync(from)) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

/** Removes one weight from the manifest and its bytes from weights.bin (float32 weights, one group). */
export function dropWeight(dir: string, weightName: string): void {
  const modelJson = readModelJson(dir);
  const group = modelJson.weightsManifest[0]!;
  const data = fs.readFileSync(path.join(dir, group.paths[0]!));
  const kept: Buffer[] = [];
  let offset = 0;
  for (const spec of group.weights) {
    const size = spec.shape.reduce((a, b) => a * b, 1) * 4;
    if (spec.name !== weightName) kept.push(data.subarray(offset, offset + size));
    offset += size;
  }
  group.weights = group.weights.filter((spec) => spec.name !== weightName);
  writeModelJson(dir, modelJson);
  fs.writeFileSync(path.join(dir, group.paths[0]!), Buffer.concat(kept));
}
