import type { SafetyPlan, SafetyPlanSection } from '../../../core/safety/kinds.js';

/**
 * The plan as the editor holds it: every line and person with a key of its
 * own (so focus and typing stay put as lines come and go), blank lines
 * included until the plan is saved.
 */
export type PlanLists = Record<LineSectionId, LineItem[]> & Record<PeopleSectionId, PersonItem[]>;

export interface LineItem {
  key: string;
  text: string;
}

export interface PersonItem {
  key: string;
  name: string;
  contact: string;
}

export type PeopleSectionId = 'peopleToAsk' | 'professionals';
export type LineSectionId = Exclude<SafetyPlanSection['id'], PeopleSectionId>;

/** As in core's schema. */
export const MAX_ITEMS = 30;
export const MAX_LENGTH = 500;

export function isPeopleSection(id: SafetyPlanSection['id']): id is PeopleSectionId {
  return id === 'peopleToAsk' || id === 'professionals';
}

export function toLists(plan: SafetyPlan): PlanLists {
  const lines = (list: string[]) => list.map((text) => ({ key: newKey(), text }));
  const people = (list: SafetyPlan['peopleToAsk']) =>
    list.map((p) => ({ key: newKey(), name: p.name, contact: p.contact ?? '' }));
  return {
    warningSigns: lines(plan.warningSigns),
    copingAlone: lines(plan.copingAlone),
    distractions: lines(plan.distractions),
    peopleToAsk: people(plan.peopleToAsk),
    professionals: people(plan.professionals),
    saferSurroundings: lines(plan.saferSurroundings),
    reasonsForLiving: lines(plan.reasonsForLiving),
  };
}

/** The plan as it would be saved: blank lines dropped, a contact with no name kept as the name. */
export function toPlan(lists: PlanLists): SafetyPlan {
  const lines = (list: LineItem[]) => list.map((i) => i.text.trim()).filter((t) => t.length > 0);
  const people = (list: PersonItem[]) =>
    list.flatMap((p) => {
      const name = p.name.trim();
      const contact = p.contact.trim();
      if (!name && !contact) return [];
      if (!name) return [{ name: contact }];
      return [contact ? { name, contact } : { name }];
    });
  return {
    warningSigns: lines(lists.warningSigns),
    copingAlone: lines(lists.copingAlone),
    distractions: lines(lists.distractions),
    peopleToAsk: people(lists.peopleToAsk),
    professionals: people(lists.professionals),
    saferSurroundings: lines(lists.saferSurroundings),
    reasonsForLiving: lines(lists.reasonsForLiving),
  };
}

export function samePlan(a: SafetyPlan, b: SafetyPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

let keyCounter = 0;
/** A key for a line or person, unique on this page. */
export function newKey(): string {
  keyCounter += 1;
  return `n${keyCounter}`;
}
