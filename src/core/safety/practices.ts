import { definePractice } from '../practices/practice.js';

/**
 * The safety plan: written on a calm day, ready for a hard one, and one tap
 * from "Get help now". What it writes is in ./practiceKinds.ts.
 */
export const safetyPlanPractice = definePractice({
  id: 'safety-plan',
  pillar: 'secure',
  path: '/safety-plan',
  label: 'Safety plan',
  purpose: 'What helps on a hard day, written in your own words on a calmer one.',
});

export const safetyPractices = [safetyPlanPractice] as const;
