import { z } from 'zod';
import type { CheckinPayload } from '../../../core/attuning/kinds.js';
import type { PadPoint } from './pad.js';

/** A check-in in progress, as kept on this device until it is saved (see drafts.ts). */
export const draftShape = z.object({
  point: z.object({ pleasantness: z.number(), energy: z.number() }).nullable(),
  feelings: z.array(z.string()),
  regions: z.array(z.string()),
  sensations: z.array(z.string()),
  met: z.array(z.string()),
  unmet: z.array(z.string()),
  care: z.string(),
  note: z.string(),
});
export type CheckinDraft = z.infer<typeof draftShape>;

export const EMPTY: CheckinDraft = {
  point: null,
  feelings: [],
  regions: [],
  sensations: [],
  met: [],
  unmet: [],
  care: '',
  note: '',
};

/** What one step of the check-in reads and changes. */
export interface StepProps {
  draft: CheckinDraft;
  update: (patch: Partial<CheckinDraft>) => void;
}

/** The record a finished check-in becomes; steps left empty are left out. */
export function toPayload(
  draft: CheckinDraft,
  point: PadPoint,
  journalId: string | undefined,
): CheckinPayload {
  const body =
    draft.regions.length > 0 || draft.sensations.length > 0
      ? { regions: draft.regions, sensations: draft.sensations }
      : undefined;
  const needs =
    draft.met.length > 0 || draft.unmet.length > 0 ? { met: draft.met, unmet: draft.unmet } : undefined;
  return {
    pleasantness: point.pleasantness,
    energy: point.energy,
    feelings: draft.feelings,
    ...(body ? { body } : {}),
    ...(needs ? { needs } : {}),
    ...(draft.care.trim() ? { care: draft.care.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(journalId ? { journalId } : {}),
  };
}
