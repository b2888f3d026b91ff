import { attuningPractices } from '../attuning/practices.js';
import { PILLARS, type PillarId } from '../pillars.js';
import type { RecordKind } from '../records/kind.js';
import { safetyPractices } from '../safety/practices.js';
import type { Practice, PracticeKind } from './practice.js';

/**
 * Every practice Haven offers, pillar by pillar. The web client's routes,
 * navigation and home cards, the property tests and the bench seed are all
 * read from here; a new practice adds its declaration to its pillar's list.
 */
export const PRACTICES = [...attuningPractices, ...safetyPractices] as const;

export type Catalogue = readonly Practice[];
export type PracticeId = (typeof PRACTICES)[number]['id'];

/** The places in the app that are not practices. With the practices' paths, every path the app links to. */
export const PLACES = {
  home: '/',
  about: '/about',
  settings: '/settings',
  signIn: '/sign-in',
  signUp: '/sign-up',
  recover: '/recover',
  goodbye: '/goodbye',
} as const;

const byId = new Map<string, Practice>();
for (const practice of PRACTICES) {
  if (byId.has(practice.id)) throw new Error(`Practice "${practice.id}" is declared twice`);
  byId.set(practice.id, practice);
}

export function practiceById(id: PracticeId): Practice {
  const practice = byId.get(id);
  if (!practice) throw new Error(`Unknown practice ${id}`);
  return practice;
}

/**
 * The path of a practice, or of something beneath it: `pathTo('journal')` is
 * `/journal`, `pathTo('journal', 'new')` is `/journal/new`.
 */
export function pathTo(id: PracticeId, ...below: string[]): string {
  const { path } = practiceById(id);
  return below.length === 0 ? path : `${path}/${below.map(encodeURIComponent).join('/')}`;
}

/** A pillar's practices, in catalogue order. */
export function practicesOf(pillar: PillarId, catalogue: Catalogue = PRACTICES): readonly Practice[] {
  return catalogue.filter((practice) => practice.pillar === pillar);
}

/** The pillars in HEARTS order, each with its practices: the shape of the home's cards and of navigation. */
export function pillarsWithPractices(catalogue: Catalogue = PRACTICES) {
  return PILLARS.map((pillar) => ({ pillar, practices: practicesOf(pillar.id, catalogue) }));
}

/** Every kind the catalogue's practices write, with the practice that writes it. */
export function practiceKinds(
  catalogue: Catalogue = PRACTICES,
): readonly (PracticeKind & { practice: Practice })[] {
  const seen = new Map<string, string>();
  const out: (PracticeKind & { practice: Practice })[] = [];
  for (const practice of catalogue) {
    for (const entry of practice.kinds) {
      const other = seen.get(entry.kind.name);
      if (other !== undefined) {
        throw new Error(
          `Record kind "${entry.kind.name}" is written by two practices: ${other} and ${practice.id}`,
        );
      }
      seen.set(entry.kind.name, practice.id);
      out.push({ ...entry, practice });
    }
  }
  return out;
}

/** The catalogue's entry for a record kind; undefined when no practice writes it. */
export function practiceKindOf(
  kind: RecordKind | string,
  catalogue: Catalogue = PRACTICES,
): (PracticeKind & { practice: Practice }) | undefined {
  const name = typeof kind === 'string' ? kind : kind.name;
  return practiceKinds(catalogue).find((entry) => entry.kind.name === name);
}
