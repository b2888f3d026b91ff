import { herePractices } from '../here/practices.js';
import { delightPractices } from '../delight/practices.js';
import { ritualsPractices } from '../rituals/practices.js';
import { turningPractices } from '../turning/practices.js';
import { attuningPractices } from '../attuning/practices.js';
import { PILLARS, type PillarId } from '../pillars.js';
import { safetyPractices } from '../safety/practices.js';
import type { Practice } from './practice.js';

/**
 * Every practice Haven offers, pillar by pillar. The web client's routes,
 * navigation and home cards are read from here; a new practice adds its
 * declaration to its pillar's list. What each practice writes, for the
 * property tests and the bench seed, is in `PRACTICE_KINDS` (./kinds.ts),
 * kept apart so that the web's first screen loads none of the kinds.
 */
export const PRACTICES = [
  ...herePractices,
  ...delightPractices,
  ...attuningPractices,
  ...ritualsPractices,
  ...turningPractices,
  ...safetyPractices,
] as const;

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

/**
 * The path of a practice, or of something beneath it: `pathTo('journal')` is
 * `/journal`, `pathTo('journal', 'new')` is `/journal/new`.
 */
export function pathTo(id: PracticeId, ...below: string[]): string {
  const { path } = practiceById(id);
  return below.length === 0 ? path : `${path}/${below.map(encodeURIComponent).join('/')}`;
}

/** The pillars in HEARTS order, each with its practices: the shape of the home's cards and of navigation. */
export function pillarsWithPractices(catalogue: Catalogue = PRACTICES) {
  return PILLARS.map((pillar) => ({ pillar, practices: practicesOf(pillar.id, catalogue) }));
}

function practiceById(id: PracticeId): Practice {
  const practice = byId.get(id);
  if (!practice) throw new Error(`Unknown practice ${id}`);
  return practice;
}

/** A pillar's practices, in catalogue order. */
function practicesOf(pillar: PillarId, catalogue: Catalogue = PRACTICES): readonly Practice[] {
  return catalogue.filter((practice) => practice.pillar === pillar);
}
