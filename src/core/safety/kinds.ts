import { z } from 'zod';
import { defineRecordKind } from '../records/kind.js';

/** One line a person writes in their safety plan. */
const line = z.string().trim().min(1).max(500);
const lines = z.array(line).max(30);
/** Someone to reach out to: a name, and how to reach them if the person wants it here. */
const person = z.object({
  name: z.string().trim().min(1).max(500),
  contact: z.string().trim().min(1).max(500).optional(),
});
const people = z.array(person).max(30);

export const safetyPlanSchema = z.object({
  warningSigns: lines,
  copingAlone: lines,
  distractions: lines,
  peopleToAsk: people,
  professionals: people,
  saferSurroundings: lines,
  reasonsForLiving: lines,
});

export type SafetyPlan = z.output<typeof safetyPlanSchema>;
export type SafetyPlanSectionId = keyof SafetyPlan;

export interface SafetyPlanSection {
  id: SafetyPlanSectionId;
  heading: string;
  /** One gentle line under the heading, in Haven's voice. */
  hint: string;
  /** Whether items are people (`name`, optional `contact`) rather than plain lines. */
  people: boolean;
}

/** The sections of a safety plan, in the order a person usually fills them in. */
export const SAFETY_PLAN_SECTIONS: readonly SafetyPlanSection[] = [
  {
    id: 'warningSigns',
    heading: 'My warning signs',
    hint: 'The thoughts, feelings or moments that tell you things are getting harder.',
    people: false,
  },
  {
    id: 'copingAlone',
    heading: 'Things I can do on my own',
    hint: 'Small things that have helped you get through before, even a little.',
    people: false,
  },
  {
    id: 'distractions',
    heading: 'People and places that take my mind off things',
    hint: 'Somewhere to go or someone to be around, with no need to talk about how you feel.',
    people: false,
  },
  {
    id: 'peopleToAsk',
    heading: 'People I can ask for help',
    hint: 'Someone you trust enough to tell, when you are ready. A number here saves looking for it later.',
    people: true,
  },
  {
    id: 'professionals',
    heading: 'Professionals and services I can contact',
    hint: 'A doctor, a therapist, a helpline or a service near you, with how to reach them.',
    people: true,
  },
  {
    id: 'saferSurroundings',
    heading: 'Making my surroundings safer',
    hint: 'Ways to make where you are a little safer while things feel this heavy, perhaps with someone’s help.',
    people: false,
  },
  {
    id: 'reasonsForLiving',
    heading: 'My reasons for living',
    hint: 'What matters to you, big or small. It is fine to start with just one.',
    people: false,
  },
];

/** An empty plan, for a first visit. */
export const emptySafetyPlan = (): SafetyPlan => ({
  warningSigns: [],
  copingAlone: [],
  distractions: [],
  peopleToAsk: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
});

/** Keeps a line on one line in Markdown and stops it being read as markup. */
function markdownLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function safetyPlanMarkdown(plan: SafetyPlan): string {
  const parts: string[] = [];
  for (const section of SAFETY_PLAN_SECTIONS) {
    parts.push(`## ${section.heading}`, '');
    const items: string[] =
      section.id === 'peopleToAsk' || section.id === 'professionals'
        ? plan[section.id].map((p) =>
            p.contact ? `${markdownLine(p.name)}: ${markdownLine(p.contact)}` : markdownLine(p.name),
          )
        : plan[section.id].map(markdownLine);
    parts.push(
      ...(items.length > 0 ? items.map((item) => `- ${item}`) : ['_Nothing written here yet._']),
      '',
    );
  }
  return parts.join('\n').trimEnd() + '\n';
}

export const safetyPlanKind = defineRecordKind({
  name: 'safety_plan',
  pillar: 'secure',
  label: 'Safety plan',
  schema: safetyPlanSchema,
  version: 1,
  singleton: true,
  written: {
    title: () => 'My safety plan',
    body: safetyPlanMarkdown,
  },
});

/** Record kinds of the safety layer: the personal safety plan. */
export const safetyKinds = [safetyPlanKind] as const;
