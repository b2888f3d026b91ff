import { describe, expect, it } from 'vitest';
import { GROUNDING_CHOICE_NOTE, GROUNDING_INTRO, GROUNDING_STEPS } from './grounding.js';
import {
  SAFETY_PLAN_SECTIONS,
  emptySafetyPlan,
  safetyKinds,
  safetyPlanKind,
  safetyPlanSchema,
} from './kinds.js';

describe('safety plan record kind', () => {
  it('is registered as a singleton in the secure pillar', () => {
    expect(safetyKinds).toContain(safetyPlanKind);
    expect(safetyPlanKind).toMatchObject({
      name: 'safety_plan',
      pillar: 'secure',
      label: 'Safety plan',
      version: 1,
    });
    expect(safetyPlanKind.singleton).toBe(true);
  });

  it('has one UI section per schema field, in Haven’s voice', () => {
    expect(SAFETY_PLAN_SECTIONS.map((s) => s.id).sort()).toEqual(Object.keys(safetyPlanSchema.shape).sort());
    for (const s of SAFETY_PLAN_SECTIONS) {
      expect(s.heading.length).toBeGreaterThan(0);
      expect(s.hint.length).toBeLessThan(140);
      expect(s.hint).not.toMatch(/\b(must|should|have to)\b/i);
    }
  });

  it('accepts a plan, trimming lines', () => {
    const plan = safetyPlanSchema.parse({
      ...emptySafetyPlan(),
      warningSigns: ['  I stop answering messages  '],
      peopleToAsk: [{ name: 'Sam', contact: '07700 900123' }, { name: 'My sister' }],
      reasonsForLiving: ['My cat'],
    });
    expect(plan.warningSigns).toEqual(['I stop answering messages']);
    expect(plan.peopleToAsk[1]).toEqual({ name: 'My sister' });
  });

  it('refuses empty lines, long lines, too many lines and missing sections', () => {
    expect(safetyPlanSchema.safeParse({ ...emptySafetyPlan(), copingAlone: ['   '] }).success).toBe(false);
    expect(safetyPlanSchema.safeParse({ ...emptySafetyPlan(), copingAlone: ['x'.repeat(501)] }).success).toBe(
      false,
    );
    expect(
      safetyPlanSchema.safeParse({
        ...emptySafetyPlan(),
        distractions: Array.from({ length: 31 }, () => 'walk'),
      }).success,
    ).toBe(false);
    expect(
      safetyPlanSchema.safeParse({ ...emptySafetyPlan(), professionals: [{ contact: 'GP' }] }).success,
    ).toBe(false);
    const { reasonsForLiving: _omitted, ...missing } = emptySafetyPlan();
    expect(safetyPlanSchema.safeParse(missing).success).toBe(false);
  });

  it('writes the plan as Markdown for export', () => {
    const plan = safetyPlanSchema.parse({
      ...emptySafetyPlan(),
      copingAlone: ['Go for a *walk*'],
      professionals: [{ name: 'My GP', contact: '0123 456' }],
    });
    const written = safetyPlanKind.written;
    expect(written?.title(plan)).toBe('My safety plan');
    const body = written?.body(plan) ?? '';
    for (const s of SAFETY_PLAN_SECTIONS) expect(body).toContain(`## ${s.heading}`);
    expect(body).toContain('- Go for a \\*walk\\*');
    expect(body).toContain('- My GP: 0123 456');
    expect(body).toContain('_Nothing written here yet._');
  });
});

describe('grounding exercise', () => {
  it('offers the senses, the feet and the breath, with a way out', () => {
    const ids = GROUNDING_STEPS.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['feet', 'see', 'touch', 'hear', 'smell', 'taste', 'breath']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(`${GROUNDING_INTRO} ${GROUNDING_CHOICE_NOTE}`).toMatch(/stop/i);
    for (const s of GROUNDING_STEPS) {
      expect(s.text).not.toMatch(/\b(must|have to)\b/i);
      expect(s.text.length).toBeLessThan(200);
    }
  });
});
