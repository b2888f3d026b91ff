import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../records/kind.js';
import {
  attuningKinds,
  checkinKind,
  checkinMarkdown,
  growthPathKind,
  journalKind,
  journalTitle,
  profileItemKind,
  profileItemLine,
  selfAbandonmentKind,
  soothingItemKind,
} from './kinds.js';

const ok = (kind: RecordKind, payload: unknown) => kind.schema.safeParse(payload).success;
const long = (n: number) => 'a'.repeat(n);

describe('attuning record kinds', () => {
  it('declares six kinds at version 1 on the attuning pillar, with unique names', () => {
    expect(attuningKinds.map((k) => k.name)).toEqual([
      'checkin',
      'journal',
      'profile_item',
      'soothing_item',
      'self_abandonment',
      'growth_path',
    ]);
    for (const kind of attuningKinds) {
      expect(kind.version).toBe(1);
      expect(kind.pillar).toBe('attuning');
    }
    expect(growthPathKind.singleton).toBe(true);
  });
});

describe('checkin', () => {
  const full = {
    pleasantness: -0.4,
    energy: -0.6,
    feelings: ['tired', 'tender'],
    body: { regions: ['shoulders', 'chest'], sensations: ['heavy', 'tight'] },
    needs: { met: ['food'], unmet: ['rest', 'company'] },
    care: 'An early night with a hot water bottle.',
    note: 'Long week.',
    reflection: "It sounds like you're feeling tired and tender, and wanting rest and company.",
    journalId: '0190f4d2-8a3b-7c1d-9e2f-123456789abc',
  };

  it('accepts a two-step check-in and a full one', () => {
    expect(ok(checkinKind, { pleasantness: 0.5, energy: 0, feelings: ['calm'] })).toBe(true);
    expect(ok(checkinKind, full)).toBe(true);
  });

  it('rejects bad payloads', () => {
    expect(ok(checkinKind, { ...full, pleasantness: 1.5 })).toBe(false);
    expect(ok(checkinKind, { ...full, energy: '0.3' })).toBe(false);
    expect(ok(checkinKind, { ...full, energy: Number.NaN })).toBe(false);
    expect(ok(checkinKind, { ...full, feelings: [] })).toBe(false);
    expect(ok(checkinKind, { ...full, feelings: Array.from({ length: 13 }, (_, i) => `f${i}`) })).toBe(false);
    expect(ok(checkinKind, { ...full, feelings: ['  '] })).toBe(false);
    expect(ok(checkinKind, { ...full, care: long(501) })).toBe(false);
    expect(ok(checkinKind, { ...full, note: long(2001) })).toBe(false);
    expect(ok(checkinKind, { ...full, journalId: 'not-a-uuid' })).toBe(false);
    expect(ok(checkinKind, { ...full, body: { regions: ['chest'] } })).toBe(false);
    const missing: Record<string, unknown> = { ...full };
    delete missing.pleasantness;
    expect(ok(checkinKind, missing)).toBe(false);
  });

  it('is written as a readable Markdown summary', () => {
    expect(checkinKind.written?.title(full)).toBe('Check-in');
    const md = checkinMarkdown(checkinKind.schema.parse(full));
    expect(md).toContain('**Feelings:** tired, tender');
    expect(md).toContain('**In my body:** Shoulders, Chest: Heavy, Tight');
    expect(md).toContain('**Needs unmet:** Rest, Company');
    expect(md).toContain('**What I can do for myself:** An early night');
    expect(md).toContain('> It sounds like');
    expect(
      checkinMarkdown(checkinKind.schema.parse({ pleasantness: 0, energy: 0, feelings: ['ok'] })),
    ).not.toContain('Needs');
  });
});

describe('journal', () => {
  it('accepts free and prompted writing, defaulting tags', () => {
    const parsed = journalKind.schema.safeParse({ body: 'Today I walked by the river.' });
    expect(parsed.success && parsed.data.tags).toEqual([]);
    expect(
      ok(journalKind, {
        title: 'Sunday',
        body: 'Slow morning.',
        promptId: 'attuning-01',
        prompt: 'What are you feeling right now, and where do you notice it?',
        tags: ['rest', 'weekend'],
      }),
    ).toBe(true);
    expect(ok(journalKind, { body: long(100_000), tags: [] })).toBe(true);
  });

  it('rejects bad payloads', () => {
    expect(ok(journalKind, { tags: [] })).toBe(false);
    expect(ok(journalKind, { body: 42, tags: [] })).toBe(false);
    expect(ok(journalKind, { body: long(100_001), tags: [] })).toBe(false);
    expect(ok(journalKind, { title: long(201), body: 'x', tags: [] })).toBe(false);
    expect(ok(journalKind, { body: 'x', prompt: long(501), tags: [] })).toBe(false);
    expect(ok(journalKind, { body: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toBe(false);
    expect(ok(journalKind, { body: 'x', tags: [long(61)] })).toBe(false);
  });

  it('has a title and a body for export', () => {
    const entry = journalKind.schema.parse({
      body: 'First line here\nSecond line',
      prompt: 'A prompt?',
      tags: ['a'],
    });
    expect(journalTitle(entry)).toBe('First line here');
    expect(journalKind.written?.body(entry)).toBe('> A prompt?\n\nFirst line here\nSecond line\n\nTags: a\n');
    expect(journalTitle(journalKind.schema.parse({ body: '   ' }))).toBe('Journal entry');
    expect(journalTitle(journalKind.schema.parse({ body: long(100) })).length).toBeLessThanOrEqual(60);
  });
});

describe('profile_item', () => {
  it('accepts items in every section, and boundaries with a stance', () => {
    expect(ok(profileItemKind, { section: 'values', text: 'Honesty', note: 'Even when it is hard.' })).toBe(
      true,
    );
    expect(ok(profileItemKind, { section: 'boundaries', text: 'Calls after 10pm', stance: 'not-okay' })).toBe(
      true,
    );
    expect(ok(profileItemKind, { section: 'boundaries', text: 'Unplanned visits', stance: 'maybe' })).toBe(
      true,
    );
  });

  it('rejects a boundary without a stance, a stance elsewhere, and bad fields', () => {
    const result = profileItemKind.schema.safeParse({ section: 'boundaries', text: 'Calls after 10pm' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['stance']);
    expect(ok(profileItemKind, { section: 'likes', text: 'Tea', stance: 'okay' })).toBe(false);
    expect(ok(profileItemKind, { section: 'hobbies', text: 'Tea' })).toBe(false);
    expect(ok(profileItemKind, { section: 'likes', text: '' })).toBe(false);
    expect(ok(profileItemKind, { section: 'likes', text: long(301) })).toBe(false);
    expect(ok(profileItemKind, { section: 'likes', text: 'Tea', note: long(1001) })).toBe(false);
    expect(ok(profileItemKind, { section: 'boundaries', text: 'x', stance: 'never' })).toBe(false);
  });

  it('reads as a line', () => {
    expect(profileItemLine({ section: 'boundaries', text: 'Calls after 10pm', stance: 'not-okay' })).toBe(
      'My boundaries: Calls after 10pm (not okay with me)',
    );
  });
});

describe('soothing_item', () => {
  it('accepts an item for each sense and rejects bad ones', () => {
    for (const sense of ['sight', 'smell', 'sound', 'touch', 'taste']) {
      expect(ok(soothingItemKind, { sense, text: 'Something calming' })).toBe(true);
    }
    expect(ok(soothingItemKind, { sense: 'hearing', text: 'Rain' })).toBe(false);
    expect(ok(soothingItemKind, { sense: 'sound' })).toBe(false);
    expect(ok(soothingItemKind, { sense: 'sound', text: long(301) })).toBe(false);
  });
});

describe('self_abandonment', () => {
  const entry = {
    what: 'Agreed to a plan I did not want so they would not be upset.',
    valueOrBoundary: 'Honesty',
    felt: 'Small and tense.',
    nextTime: 'Say I need a moment to think.',
  };

  it('accepts a realistic entry and writes it out', () => {
    expect(ok(selfAbandonmentKind, entry)).toBe(true);
    expect(ok(selfAbandonmentKind, { what: 'Said yes when I meant no.' })).toBe(true);
    const body = selfAbandonmentKind.written?.body(selfAbandonmentKind.schema.parse(entry));
    expect(body).toContain('**What I set aside:** Honesty');
  });

  it('rejects bad ones', () => {
    expect(ok(selfAbandonmentKind, { what: '   ' })).toBe(false);
    expect(ok(selfAbandonmentKind, {})).toBe(false);
    expect(ok(selfAbandonmentKind, { what: long(2001) })).toBe(false);
    expect(ok(selfAbandonmentKind, { ...entry, felt: long(1001) })).toBe(false);
    expect(ok(selfAbandonmentKind, { ...entry, nextTime: 5 })).toBe(false);
  });
});

describe('growth_path', () => {
  it('accepts a pattern with completed steps and rejects bad ones', () => {
    expect(ok(growthPathKind, { pattern: 'anxious', completedSteps: ['daily-checkin'] })).toBe(true);
    expect(ok(growthPathKind, { pattern: 'not-sure', completedSteps: [] })).toBe(true);
    expect(ok(growthPathKind, { pattern: 'clingy', completedSteps: [] })).toBe(false);
    expect(ok(growthPathKind, { pattern: 'avoidant' })).toBe(false);
    expect(ok(growthPathKind, { pattern: 'avoidant', completedSteps: [1] })).toBe(false);
  });
});
