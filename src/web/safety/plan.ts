import { SOOTHING_SENSES, type Sense } from '../../core/attuning/soothing.js';
import type { SoothingItemPayload } from '../../core/attuning/kinds.js';
import {
  emptySafetyPlan,
  SAFETY_PLAN_SECTIONS,
  safetyPlanSchema,
  type SafetyPlan,
} from '../../core/safety/kinds.js';
import { ProblemError, type Api } from '../api/client.js';

/** The person's safety plan as saved, or null before they make one. */
export interface StoredPlan {
  id: string;
  plan: SafetyPlan;
  updatedAt: string;
}

export async function loadSafetyPlan(api: Api, signal?: AbortSignal): Promise<StoredPlan | null> {
  const page = await api.records.list({ kind: 'safety_plan', limit: 1 }, signal);
  const record = page.items[0];
  if (!record) return null;
  const parsed = safetyPlanSchema.safeParse(record.payload);
  if (!parsed.success) {
    throw new ProblemError({
      type: 'haven:unexpected-response',
      status: 200,
      title: 'Your safety plan came back in a shape this page does not understand.',
      detail: 'Reloading the page may help, in case Haven was updated.',
    });
  }
  return { id: record.id, plan: { ...emptySafetyPlan(), ...parsed.data }, updatedAt: record.updatedAt };
}

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
  return { id: record.id, plan: payload, updatedAt: record.updatedAt };
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
