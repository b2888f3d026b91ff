import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATA_DIR,
  HoldoutRefusedError,
  filesOfRole,
  readManifest,
  readPassages,
  readTrainingPassages,
} from '../../../scripts/safety-data.js';

const SAFETY = fileURLToPath(new URL('./', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('the detector’s labelled passages (data/safety)', () => {
  const manifest = readManifest();

  it('lists every file in data/safety in its manifest, and nothing that is not there', () => {
    const onDisk = filesUnder(DATA_DIR)
      .map((f) => relative(DATA_DIR, f).split(sep).join('/'))
      .filter((f) => f !== 'manifest.json')
      .sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(onDisk);
  });

  it('keeps no labelled passages beside the detector', () => {
    expect(filesUnder(SAFETY).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
  });

  it('reads every listed file as labelled passages', () => {
    for (const file of manifest.files)
      expect(readPassages(resolve(DATA_DIR, file.path)).length).toBeGreaterThan(0);
  });

  it('has holdouts, and the trainer refuses every one of them', () => {
    const holdouts = filesOfRole('holdout', manifest);
    expect(holdouts.length).toBeGreaterThanOrEqual(4);
    for (const file of holdouts) {
      expect(() => readTrainingPassages(file, manifest)).toThrow(HoldoutRefusedError);
      // Given as a relative path, as on a command line.
      expect(() => readTrainingPassages(relative(process.cwd(), file), manifest)).toThrow(
        HoldoutRefusedError,
      );
    }
  });

  it('refuses a holdout by its path even if the manifest calls it training data', () => {
    const file = filesOfRole('holdout', manifest)[0] ?? '';
    const tampered = {
      ...manifest,
      files: manifest.files.map((f) =>
        resolve(DATA_DIR, f.path) === file ? { ...f, role: 'train' as const } : f,
      ),
    };
    expect(() => readTrainingPassages(file, tampered)).toThrow(/holdout/);
  });

  it('refuses a file the manifest does not list', () => {
    expect(() => readTrainingPassages(resolve(DATA_DIR, 'train/not-listed.jsonl'), manifest)).toThrow(
      HoldoutRefusedError,
    );
  });

  it('lets the trainer read its training files', () => {
    const train = filesOfRole('train', manifest);
    expect(train.length).toBeGreaterThan(10);
    expect(readTrainingPassages(train[0] ?? '', manifest).length).toBeGreaterThan(0);
  });
});
