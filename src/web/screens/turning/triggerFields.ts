import { z } from 'zod';
import type { PayloadInput } from '../../../core/records/registry.js';
import type { TriggerPayload } from '../../../core/turning/kinds.js';
import { REGULATION_WAYS, STORY_IDS } from '../../../core/turning/stories.js';

/** A trigger log as its editor holds it: every field present, readings possibly still empty. */
export const triggerFieldsShape = z.object({
  what: z.string(),
  arousalBefore: z.number().int().min(0).max(10),
  stories: z.array(z.enum(STORY_IDS)),
  ownStory: z.string(),
  feelings: z.array(z.string()),
  regions: z.array(z.string()),
  sensations: z.array(z.string()),
  regulated: z.array(z.object({ way: z.enum(REGULATION_WAYS), text: z.string() })),
  arousalAfter: z.number().int().min(0).max(10).optional(),
  learned: z.string(),
  reappraisal: z.object({ readings: z.array(z.string()), returnedToOldStory: z.boolean() }).nullable(),
});
export type TriggerFields = z.infer<typeof triggerFieldsShape>;

export function triggerFields(t: TriggerPayload): TriggerFields {
  return {
    what: t.what,
    arousalBefore: t.arousalBefore,
    stories: [...t.stories],
    ownStory: t.ownStory ?? '',
    feelings: [...t.feelings],
    regions: [...(t.body?.regions ?? [])],
    sensations: [...(t.body?.sensations ?? [])],
    regulated: t.regulated.map((r) => ({ ...r })),
    ...(t.arousalAfter !== undefined ? { arousalAfter: t.arousalAfter } : {}),
    learned: t.learned ?? '',
    reappraisal: t.reappraisal
      ? { readings: [...t.reappraisal.readings], returnedToOldStory: t.reappraisal.returnedToOldStory }
      : null,
  };
}

export function triggerPayload(f: TriggerFields): PayloadInput<'trigger'> {
  const regions = f.regions;
  const sensations = f.sensations;
  return {
    what: f.what,
    arousalBefore: f.arousalBefore,
    stories: f.stories,
    ...(f.ownStory.trim() ? { ownStory: f.ownStory } : {}),
    feelings: f.feelings,
    ...(regions.length + sensations.length > 0 ? { body: { regions, sensations } } : {}),
    regulated: f.regulated.filter((r) => r.text.trim()),
    ...(f.arousalAfter !== undefined ? { arousalAfter: f.arousalAfter } : {}),
    ...(f.learned.trim() ? { learned: f.learned } : {}),
    ...(f.reappraisal
      ? {
          reappraisal: {
            readings: f.reappraisal.readings.filter((r) => r.trim()),
            returnedToOldStory: f.reappraisal.returnedToOldStory,
          },
        }
      : {}),
  };
}
