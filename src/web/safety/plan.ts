import { SOOTHING_SENSES, type Sense } from '../../core/attuning/soothing.js';
import type { SoothingItemPayload } from '../../core/attuning/kinds.js';
import { SAFETY_PLAN_SECTIONS, safetyPlanSchema, type SafetyPlan } from '../../core/safety/kinds.js';
import { ProblemError, type Api } from '../api/client.js';
import type { Kept } from '../data/records.js';

/** The person's safety plan as saved (read with `useLatestRecord('safety_plan')`), or null before they make one. */
export type StoredPlan = Kept<'safety_plan'>;

/** Creates the plan the first time, updates it after; the server keeps one per person. */
export async function saveSafetyPlan(
  api: Api,
  existingId: string | null,
  plan: SafetyPlan,
): Promise<StoredPlan> {
  const payload = safetyPlanSchema.parse(plan);
  const record = existingId
    ? await api.records.update(existingId, { payload })
    : await api.records.create({ kind: 'safety_plan', payload });
  // As `useRecord` does: a record of another kind is not found here.
  if (record.kind !== 'safety_plan')
    throw new ProblemError({ status: 404, title: 'Nothing was found here.' });
  return { record, payload: record.payload };
}

/** Whether anything at all is written in the plan. */
export function planHasContent(plan: SafetyPlan): boolean {
  return SAFETY_PLAN_SECTIONS.some((section) => plan[section.id].length > 0);
}

export interface SoothingGroup {
  sense: Sense;
  label: string;
  items: string[];
}

/** The whole soothing kit, grouped by sense in the kit's own order. */
export function groupSoothingKit(items: readonly SoothingItemPayload[]): SoothingGroup[] {
  const bySense = new Map<Sense, string[]>();
  for (const item of items) {
    const list = bySense.get(item.sense) ?? [];
    list.push(item.text);
    bySense.set(item.sense, list);
  }
  return SOOTHING_SENSES.flatMap((sense) => {
    const items = bySense.get(sense.id);
    return items ? [{ sense: sense.id, label: sense.label, items }] : [];
  });
}
