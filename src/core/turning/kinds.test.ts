import { describe, expect, it } from 'vitest';
import { translationShape } from './critic.js';
import {
  breathingLine,
  breathingSchema,
  criticDialogueKind,
  criticDialogueSchema,
  repairSchema,
  triggerKind,
  triggerSchema,
} from './kinds.js';

describe('the T pillar’s record kinds', () => {
  it('takes a quick trigger log with only what happened and the arousal, and completes it later', () => {
    const quick = triggerSchema.parse({ what: '  A message left on read  ', arousalBefore: 7 });
    expect(quick).toMatchObject({ what: 'A message left on read', stories: [], feelings: [], regulated: [] });
    expect(quick.reappraisal).toBeUndefined();
    const full = triggerSchema.parse({
      ...quick,
      stories: ['no-one-cares'],
      feelings: ['anxious'],
      regulated: [{ way: 'breathing', text: 'Paced breathing' }],
      arousalAfter: 4,
      reappraisal: { readings: [], returnedToOldStory: true },
    });
    expect(full.reappraisal).toEqual({ readings: [], returnedToOldStory: true });
    const md = triggerKind.written?.body(full) ?? '';
    expect(md).toContain('No one cares about me');
    expect(md).toContain('My mind went back to the old story, and I tried anyway.');
  });

  it('refuses what does not fit', () => {
    expect(triggerSchema.safeParse({ what: ' ', arousalBefore: 5 }).success).toBe(false);
    expect(triggerSchema.safeParse({ what: 'x', arousalBefore: 11 }).success).toBe(false);
    expect(triggerSchema.safeParse({ what: 'x', arousalBefore: 4.5 }).success).toBe(false);
    expect(triggerSchema.safeParse({ what: 'x', arousalBefore: 4, stories: ['made-up'] }).success).toBe(
      false,
    );
    expect(
      breathingSchema.safeParse({
        rhythm: 'custom',
        pattern: { inhale: 0, holdIn: 0, exhale: 4, holdOut: 0 },
        plannedSeconds: 60,
        breathedSeconds: 60,
      }).success,
    ).toBe(false);
    expect(criticDialogueSchema.safeParse({ says: '' }).success).toBe(false);
    expect(repairSchema.safeParse({ what: 'x', repairWith: 'everyone' }).success).toBe(false);
  });

  it('writes a critic dialogue out readably, critic words first', () => {
    const c = criticDialogueSchema.parse({
      critic: 'the perfectionist',
      says: 'You should have checked it.',
      asks: [{ question: 'What is it hoping for you?', answer: 'That I do good work' }],
      intention: 'That I do good work',
      translation: 'I care about good work.',
    });
    expect(criticDialogueKind.written?.title(c)).toBe('A talk with the perfectionist');
    expect(criticDialogueKind.written?.body(c)).toMatch(/^> You should have checked it\.\n\n/);
  });

  it('offers a translation shape that keeps the intention and turns the should towards next time', () => {
    expect(translationShape('It wants me to be a good friend.')).toBe(
      'I care about being a good friend, and next time I could …',
    );
    expect(translationShape('That I do careful work')).toBe(
      'I care that I do careful work, and next time I could …',
    );
    expect(translationShape('Keeping me safe from being laughed at')).toBe(
      'I care about keeping me safe from being laughed at, and next time I could …',
    );
    expect(translationShape('  ')).toBe('I care about …, and next time I could …');
  });

  it('names a breathing session in a line', () => {
    expect(
      breathingLine(
        breathingSchema.parse({
          rhythm: 'slow',
          pattern: { inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 },
          plannedSeconds: 180,
          breathedSeconds: 180,
        }),
      ),
    ).toBe('Slow and even, 3 minutes (6 breaths a minute)');
  });
});
