import { describe, expect, it } from 'vitest';
import { isRewritten, selfTalkSchema } from './selfTalk.js';

describe('a kinder rewrite', () => {
  it('is the person’s own new sentence, not the harsh one again', () => {
    expect(isRewritten('I always mess things up.', 'Some things went wrong today, and some went fine.')).toBe(
      true,
    );
    expect(isRewritten('I always mess things up.', 'i ALWAYS mess things up')).toBe(false);
    expect(isRewritten('I’m so stupid', 'I am so stupid!')).toBe(false);
    expect(isRewritten('I’m so stupid', '   ')).toBe(false);
    expect(isRewritten('I’m so stupid', '💛')).toBe(true);
  });

  it('keeps both sentences, trimmed, and refuses an empty or unchanged rewrite where it belongs', () => {
    expect(
      selfTalkSchema.parse({ harsh: ' I never finish anything ', rewrite: ' I finished the draft. ' }),
    ).toEqual({
      harsh: 'I never finish anything',
      rewrite: 'I finished the draft.',
    });
    const same = selfTalkSchema.safeParse({
      harsh: 'I never finish anything',
      rewrite: 'I never finish anything.',
    });
    expect(same.success).toBe(false);
    expect(same.error?.issues.map((i) => i.path.join('.'))).toEqual(['rewrite']);
    expect(selfTalkSchema.safeParse({ harsh: '', rewrite: 'Kind words' }).success).toBe(false);
    expect(selfTalkSchema.safeParse({ harsh: 'x'.repeat(1001), rewrite: 'Kind words' }).success).toBe(false);
    expect(selfTalkSchema.safeParse({ harsh: 'Harsh', rewrite: 'y'.repeat(2001) }).success).toBe(false);
  });
});
