import { describe, expect, it } from 'vitest';
import { PILLAR_IDS } from '../pillars.js';
import {
  ATTACHMENT_PATTERNS,
  GROWTH_PATHS,
  NOT_A_DIAGNOSIS,
  PATTERN_IDS,
  STEP_PLACES,
  RELATING_GUIDE,
  pathFor,
  pathProgress,
  patternById,
} from './patterns.js';

describe('attachment patterns', () => {
  it('describes every pattern, with "not sure" and "prefer not to say" among them', () => {
    expect(ATTACHMENT_PATTERNS.map((p) => p.id)).toEqual([...PATTERN_IDS]);
    for (const p of ATTACHMENT_PATTERNS) {
      expect(p.label).toBeTruthy();
      expect(p.description.length).toBeGreaterThan(20);
      expect(p.description).not.toMatch(/\b(disorder|diagnos|symptom|patient)/i);
    }
    expect(patternById('fearful-avoidant').label).toBe('Fearful-avoidant / disorganised');
    expect(NOT_A_DIAGNOSIS).toMatch(/not .*a diagnosis/);
  });
});

describe('growth paths', () => {
  it('has 5 to 8 steps per path, with unique step ids, known pillars and routes', () => {
    for (const path of GROWTH_PATHS) {
      expect(path.steps.length).toBeGreaterThanOrEqual(5);
      expect(path.steps.length).toBeLessThanOrEqual(8);
      expect(new Set(path.steps.map((s) => s.id)).size).toBe(path.steps.length);
      for (const s of path.steps) {
        expect(PILLAR_IDS).toContain(s.practice.pillar);
        expect(Object.keys(STEP_PLACES)).toContain(s.practice.place);
        expect(s.title).toBeTruthy();
        expect(s.description).toBeTruthy();
      }
    }
  });

  it('draws each path from what HEARTS.md lists for it', () => {
    const ids = (pattern: Parameters<typeof pathFor>[0]) => pathFor(pattern).steps.map((s) => s.id);
    expect(ids('anxious')).toEqual(
      expect.arrayContaining(['know-your-values', 'notice-self-abandonment', 'mind-reading-pause']),
    );
    expect(ids('avoidant')).toEqual(
      expect.arrayContaining(['question-stories', 'put-into-words', 'let-someone-in']),
    );
    expect(ids('fearful-avoidant')).toEqual(
      expect.arrayContaining([
        'felt-safety',
        'relating-guide',
        'put-into-words',
        'mind-reading-pause',
        'let-someone-in',
      ]),
    );
    expect(pathFor('fearful-avoidant').steps.find((s) => s.id === 'relating-guide')?.practice.place).toBe(
      'relating-guide',
    );
    expect(pathFor('anxious').steps.find((s) => s.id === 'notice-self-abandonment')?.practice.place).toBe(
      'self-abandonment',
    );
  });

  it('gives secure, not sure and prefer-not-to-say the gentle general path', () => {
    expect(pathFor('secure').id).toBe('general');
    expect(pathFor('not-sure').id).toBe('general');
    expect(pathFor('prefer-not-to-say').id).toBe('general');
  });

  it('counts progress, ignoring unknown and repeated ids', () => {
    const path = pathFor('anxious');
    expect(pathProgress(path, [])).toEqual({ done: 0, total: path.steps.length });
    expect(
      pathProgress(path, ['daily-checkin', 'daily-checkin', 'no-such-step', 'mind-reading-pause']),
    ).toEqual({
      done: 2,
      total: path.steps.length,
    });
    expect(
      pathProgress(
        path,
        path.steps.map((s) => s.id),
      ),
    ).toEqual({ done: path.steps.length, total: path.steps.length });
  });

  it('carries progress across paths for shared steps', () => {
    expect(pathProgress(pathFor('avoidant'), ['daily-checkin', 'mind-reading-pause']).done).toBe(1);
  });
});

describe('relating guide', () => {
  it('offers a few healthy and unhealthy signs with unique ids', () => {
    for (const list of [RELATING_GUIDE.healthy, RELATING_GUIDE.unhealthy]) {
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    }
    expect(RELATING_GUIDE.intro).not.toMatch(/partner/i);
  });
});
