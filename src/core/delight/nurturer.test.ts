import { describe, expect, it } from 'vitest';
import {
  canAddTurn,
  DIALOGUE_TURNS_MAX,
  innerPartKind,
  innerPartSchema,
  isOpenVisit,
  keptTurns,
  MY_PROMPTS,
  NURTURER_PROMPTS,
  nurturerDialogueKind,
  nurturerDialogueSchema,
  PART_VISITS_MAX,
  promptAt,
  selfCompassionKind,
  selfCompassionReached,
  selfCompassionSchema,
  speakerAt,
  titleFrom,
} from './nurturer.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('a self-compassion practice', () => {
  it('keeps the words of any step, and refuses one with nothing written', () => {
    expect(selfCompassionSchema.parse({ hurts: 'It stings' })).toEqual({ hurts: 'It stings' });
    expect(selfCompassionSchema.parse({ kindness: 'Rest tonight' })).toEqual({ kindness: 'Rest tonight' });
    expect(paths(selfCompassionSchema.safeParse({}))).toEqual(['hurts']);
    expect(paths(selfCompassionSchema.safeParse({ hurts: '  ', shared: '\n' }))).toEqual(['hurts']);
    expect(paths(selfCompassionSchema.safeParse({ hurts: 'x'.repeat(2001) }))).toContain('hurts');
  });

  it('opens at the step after the last one written', () => {
    expect(selfCompassionReached({})).toBe(1);
    expect(selfCompassionReached({ hurts: 'a' })).toBe(1);
    expect(selfCompassionReached({ hurts: 'a', shared: 'b' })).toBe(2);
    expect(selfCompassionReached({ kindness: 'c' })).toBe(3);
    expect(selfCompassionReached({ hurts: 'a', shared: ' ' })).toBe(1);
  });

  it('reads in an export as its three steps, titled by what hurt', () => {
    const p = { hurts: 'Left out of the plans\nagain', shared: 'Anyone new in town', kindness: 'You matter' };
    expect(selfCompassionKind.written?.title(p)).toBe('Left out of the plans');
    const body = selfCompassionKind.written?.body(p) ?? '';
    expect(body).toContain('**Notice that this hurts:** Left out of the plans');
    expect(body).toContain('**Offer yourself what you would offer a friend:** You matter');
    expect(selfCompassionKind.written?.title({ kindness: 'x' })).toBe('A hard moment, met kindly');
  });
});

describe('a part of me', () => {
  const at = '2027-03-04T09:00:00.000Z';

  it('needs a name of my own; its visits need a few words each, up to a limit', () => {
    expect(innerPartSchema.parse({ name: ' the little one ' })).toEqual({
      name: 'the little one',
      visits: [],
    });
    expect(paths(innerPartSchema.safeParse({ name: '  ' }))).toEqual(['name']);
    expect(paths(innerPartSchema.safeParse({ name: 'x'.repeat(81) }))).toEqual(['name']);
    expect(paths(innerPartSchema.safeParse({ name: 'a', visits: [{ at, feels: ' ' }] }))).toEqual([
      'visits.0.feels',
    ]);
    expect(
      paths(innerPartSchema.safeParse({ name: 'a', visits: [{ at: 'yesterday', says: 'hi' }] })),
    ).toEqual(['visits.0.at']);
    const visits = Array.from({ length: PART_VISITS_MAX + 1 }, () => ({ at, says: 'I am here' }));
    expect(paths(innerPartSchema.safeParse({ name: 'a', visits }))).toEqual(['visits']);
    expect(innerPartSchema.safeParse({ name: 'a', visits: visits.slice(1) }).success).toBe(true);
  });

  it('keeps only the newest visit open, and only on the day it began', () => {
    const morning = new Date(2027, 2, 4, 8).toISOString();
    const visits = [{ at: new Date(2027, 2, 1, 20).toISOString() }, { at: morning }];
    const evening = new Date(2027, 2, 4, 23, 30);
    expect(isOpenVisit(visits, 1, evening)).toBe(true);
    expect(isOpenVisit(visits, 0, evening)).toBe(false);
    expect(isOpenVisit(visits, 1, new Date(2027, 2, 5, 0, 5))).toBe(false);
    expect(isOpenVisit([], 0, evening)).toBe(false);
  });

  it('reads in an export as its visits, by day', () => {
    const body =
      innerPartKind.written?.body({
        name: 'the worrier',
        visits: [{ at, feels: 'Scared', says: 'I see you' }],
      }) ?? '';
    expect(body).toContain('### 2027-03-04');
    expect(body).toContain('**It feels:** Scared');
    expect(body).toContain('**The nurturing part of me says:** I see you');
    expect(body).not.toContain('It needs');
  });
});

describe('the inner-nurturer dialogue', () => {
  const turn = (who: 'me' | 'nurturer', text = 'words') => ({ who, text });

  it('begins with me, then we take turns', () => {
    expect([0, 1, 2, 3].map(speakerAt)).toEqual(['me', 'nurturer', 'me', 'nurturer']);
    expect(
      nurturerDialogueSchema.safeParse({ turns: [turn('me'), turn('nurturer'), turn('me')] }).success,
    ).toBe(true);
    expect(paths(nurturerDialogueSchema.safeParse({ turns: [turn('nurturer')] }))).toEqual(['turns.0.who']);
    expect(paths(nurturerDialogueSchema.safeParse({ turns: [turn('me'), turn('me')] }))).toEqual([
      'turns.1.who',
    ]);
    expect(paths(nurturerDialogueSchema.safeParse({ turns: [] }))).toEqual(['turns']);
    expect(paths(nurturerDialogueSchema.safeParse({ turns: [turn('me', '   ')] }))).toEqual(['turns.0.text']);
    const long = Array.from({ length: DIALOGUE_TURNS_MAX + 1 }, (_, i) => turn(speakerAt(i)));
    expect(paths(nurturerDialogueSchema.safeParse({ turns: long }))).toEqual(['turns']);
  });

  it('starts the next turn only once this one has words, and while there is room', () => {
    expect(canAddTurn([])).toBe(true);
    expect(canAddTurn([turn('me', '')])).toBe(false);
    expect(canAddTurn([turn('me', '  \n')])).toBe(false);
    expect(canAddTurn([turn('me')])).toBe(true);
    const full = Array.from({ length: DIALOGUE_TURNS_MAX }, (_, i) => turn(speakerAt(i)));
    expect(canAddTurn(full)).toBe(false);
  });

  it('keeps what was said, not a turn just begun', () => {
    expect(keptTurns([turn('me'), turn('nurturer', ' ')])).toEqual([turn('me')]);
    expect(keptTurns([turn('me', '')])).toEqual([]);
    expect(keptTurns([turn('me'), turn('nurturer')])).toHaveLength(2);
  });

  it('offers the nurturer a prompt at each of its turns, another on request, and me my own', () => {
    expect(promptAt(0)).toBe(MY_PROMPTS[0]);
    expect(promptAt(2)).toBe(MY_PROMPTS[1]);
    expect(promptAt(40)).toBe(MY_PROMPTS.at(-1));
    expect(promptAt(1)).toBe(NURTURER_PROMPTS[0]);
    expect(promptAt(3)).toBe(NURTURER_PROMPTS[1]);
    expect(promptAt(1, 1)).toBe(NURTURER_PROMPTS[1]);
    const around = new Set(Array.from({ length: NURTURER_PROMPTS.length }, (_, shift) => promptAt(1, shift)));
    expect(around).toEqual(new Set(NURTURER_PROMPTS));
  });

  it('reads in an export as who said what', () => {
    const d = { turns: [turn('me', 'I feel small today'), turn('nurturer', 'I am right here')] };
    expect(nurturerDialogueKind.written?.title(d)).toBe('I feel small today');
    expect(nurturerDialogueKind.written?.body(d)).toBe(
      '**Me:** I feel small today\n\n**My nurturer:** I am right here\n',
    );
  });
});

describe('titles', () => {
  it('take the first line, shortened, or a fallback', () => {
    expect(titleFrom(undefined, 'x')).toBe('x');
    expect(titleFrom('  \n', 'x')).toBe('x');
    expect(titleFrom('a'.repeat(80), 'x')).toHaveLength(60);
  });
});
