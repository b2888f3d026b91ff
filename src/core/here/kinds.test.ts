import { describe, expect, it } from 'vitest';
import { readingMs, scriptMinutes, stepMs } from './guided.js';
import {
  guidedSessionKind,
  movementName,
  movementSessionKind,
  movementSessionSchema,
  timerSessionKind,
  timerSessionSchema,
} from './kinds.js';
import { MOVEMENTS, movingPrompts } from './movement.js';
import { GUIDED_SCRIPTS, guidedScript } from './scripts.js';

describe('the guided scripts', () => {
  it('have distinct ids that work as a path, and every step has words and some quiet', () => {
    const ids = GUIDED_SCRIPTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const script of GUIDED_SCRIPTS) {
      expect(script.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(script.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of script.steps) {
        expect(step.text.trim().length).toBeGreaterThan(10);
        expect(step.pauseSeconds).toBeGreaterThan(0);
        // Haven's voice: no exclamation marks.
        expect(step.text).not.toContain('!');
      }
    }
  });

  it('cover what the H and R pillars ask for, with a short and a long body scan', () => {
    for (const id of [
      'breath',
      'noticing',
      'body-scan-short',
      'body-scan-long',
      'self-compassion',
      'uncomfortable',
      'savouring',
      'ideal-caregiver',
    ]) {
      expect(guidedScript(id), id).toBeDefined();
    }
    const minutesOf = (id: string) => {
      const script = guidedScript(id);
      if (!script) throw new Error(`no script ${id}`);
      return scriptMinutes(script);
    };
    const short = minutesOf('body-scan-short');
    const long = minutesOf('body-scan-long');
    expect(short).toBeLessThanOrEqual(6);
    expect(long).toBeGreaterThanOrEqual(2 * short);
    expect(guidedScript('ideal-caregiver')?.pillar).toBe('rituals');
  });

  it('paces a step by its words and its quiet, slower or faster with the speaking rate', () => {
    const step = { text: 'one two three four five six seven eight nine ten eleven', pauseSeconds: 10 };
    expect(readingMs(step.text)).toBe(5000);
    expect(stepMs(step)).toBe(15_000);
    expect(readingMs(step.text, 2)).toBe(2500);
    expect(readingMs('Hi')).toBe(2000);
  });
});

describe('the H pillar’s records', () => {
  it('keep a timer session ended early as an honest session, in Markdown as well', () => {
    const payload = timerSessionSchema.parse({
      plannedMinutes: 20,
      warmupSeconds: 30,
      interval: { kind: 'at', minutes: [5, 12] },
      tone: 'bowl',
      seconds: 7 * 60,
      endedEarly: true,
      note: 'Enough for today.',
    });
    expect(timerSessionKind.written?.title(payload)).toBe('Meditation, 7 minutes');
    expect(timerSessionKind.written?.body(payload)).toContain('(ended when I chose)');
    expect(timerSessionKind.written?.body(payload)).not.toMatch(/fail/i);
  });

  it('refuse impossible timers: no length, a bell scheme Haven does not know, a day-long warm-up', () => {
    const base = {
      plannedMinutes: 10,
      warmupSeconds: 0,
      interval: { kind: 'none' },
      tone: 'bowl',
      seconds: 600,
      endedEarly: false,
    };
    expect(timerSessionSchema.safeParse(base).success).toBe(true);
    expect(timerSessionSchema.safeParse({ ...base, plannedMinutes: 0 }).success).toBe(false);
    expect(timerSessionSchema.safeParse({ ...base, interval: { kind: 'sometimes' } }).success).toBe(false);
    expect(timerSessionSchema.safeParse({ ...base, warmupSeconds: 86_400 }).success).toBe(false);
    expect(timerSessionSchema.safeParse({ ...base, tone: 'airhorn' }).success).toBe(false);
  });

  it('ask my own kind of movement for a name, and rate ease from 0 to 10', () => {
    const walk = {
      movement: 'walking',
      minutes: 30,
      before: { ease: 3 },
      after: { ease: 7, words: 'looser' },
    };
    expect(movementSessionSchema.safeParse(walk).success).toBe(true);
    expect(movementSessionSchema.safeParse({ ...walk, after: { ease: 11 } }).success).toBe(false);
    const own = movementSessionSchema.safeParse({ ...walk, movement: 'own' });
    expect(own.success).toBe(false);
    expect(own.error?.issues[0]?.path).toEqual(['own']);
    const named = movementSessionSchema.parse({ ...walk, movement: 'own', own: 'Swimming' });
    expect(movementName(named)).toBe('Swimming');
    expect(movementSessionKind.written?.body(named)).toContain('**After:** looser, ease 7 of 10');
  });

  it('title a guided session by its script, and offer prompts for every kind of movement', () => {
    const g = guidedSessionKind.schema.parse({
      scriptId: 'breath',
      title: 'Breath awareness',
      stepsReached: 3,
      stepsTotal: 11,
      spoken: false,
      seconds: 120,
      endedEarly: true,
    });
    expect(g.grounded).toBe(false);
    expect(guidedSessionKind.written?.title(g)).toBe('Breath awareness');
    for (const m of MOVEMENTS) expect(movingPrompts(m).length).toBeGreaterThanOrEqual(4);
  });
});
