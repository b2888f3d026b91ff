/**
 * The labelled passages of the crisis-language detector, as data/safety/manifest.json
 * lists them. Used by the trainer and by tests, never by src/ at run time.
 *
 * The trainer reads through `readTrainingPassages`, which refuses any file the
 * manifest marks holdout, any file under data/safety/holdout/, and any file the
 * manifest does not list: a holdout that is never opened cannot leak into training.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DATA_DIR = fileURLToPath(new URL('../data/safety/', import.meta.url));
export const HOLDOUT_DIR = resolve(DATA_DIR, 'holdout');

const LEVELS = ['none', 'concern', 'urgent'] as const;
export type PassageLevel = (typeof LEVELS)[number];

export interface Passage {
  text: string;
  level: PassageLevel;
}

export const ROLES = ['train', 'dev', 'holdout'] as const;
export type Role = (typeof ROLES)[number];

const manifestSchema = z
  .object({
    description: z.string(),
    files: z.array(
      z
        .object({
          /** Relative to data/safety/. */
          path: z.string().regex(/^(?:train|dev|holdout)\/[a-z0-9-]+\.jsonl$/),
          role: z.enum(ROLES),
          /** Where it came from: an earlier path, or what it was written for. */
          origin: z.string().min(1),
          /** When it was written, YYYY-MM-DD. */
          written: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          purpose: z.string().min(1),
        })
        .strict()
        .refine((f) => f.path.startsWith(`${f.role}/`), {
          error: 'a file lives in the folder of its role',
        }),
    ),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['files'][number];

const passageSchema = z.object({ text: z.string().trim().min(1), level: z.enum(LEVELS) }).strict();

/** The manifest, checked. */
export function readManifest(): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(resolve(DATA_DIR, 'manifest.json'), 'utf8')));
}

/** The manifest's files of one role, in the manifest's order, as absolute paths. */
export function filesOfRole(role: Role, manifest: Manifest = readManifest()): string[] {
  return manifest.files.filter((f) => f.role === role).map((f) => resolve(DATA_DIR, f.path));
}

/** Thrown when the trainer is asked to open a file it must not read. */
export class HoldoutRefusedError extends Error {
  override readonly name = 'HoldoutRefusedError';
}

/**
 * Passages the trainer may learn from: only files the manifest marks train or
 * dev. Refuses holdouts by path and by role, and files the manifest does not list.
 */
export function readTrainingPassages(file: string, manifest: Manifest = readManifest()): Passage[] {
  const path = resolve(file);
  const fromData = relative(DATA_DIR, path).split(sep).join('/');
  if (path === HOLDOUT_DIR || path.startsWith(HOLDOUT_DIR + sep)) {
    throw new HoldoutRefusedError(`${fromData} is a holdout: the trainer never reads it.`);
  }
  const entry = manifest.files.find((f) => f.path === fromData);
  if (!entry) {
    throw new HoldoutRefusedError(
      `${file} is not listed in data/safety/manifest.json as training data: the trainer reads only those.`,
    );
  }
  if (entry.role === 'holdout') {
    throw new HoldoutRefusedError(`${fromData} is a holdout: the trainer never reads it.`);
  }
  return readPassages(path);
}

/** Passages of any labelled file, checked line by line (for measuring and tests, not training). */
export function readPassages(file: string): Passage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = passageSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${i + 1} of ${file} is not a labelled passage`);
      return parsed.data;
    });
}
