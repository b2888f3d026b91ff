import { definePractice } from '../practices/practice.js';

/**
 * The A pillar's practices: asking inside what I feel and need, and tending to
 * it. What each writes is in ./practiceKinds.ts.
 */
export const checkinPractice = definePractice({
  id: 'checkin',
  pillar: 'attuning',
  path: '/checkin',
  label: 'Daily check-in',
  navLabel: 'Check-in',
  purpose: 'A minute to notice how you feel, where it sits in your body and what you need.',
  primary: true,
  // One saved check-in, whole; the history's calendar links each day here.
  pages: [{ id: 'entry', path: ':checkinId' }],
});

export const journalPractice = definePractice({
  id: 'journal',
  pillar: 'attuning',
  path: '/journal',
  label: 'Journal',
  purpose: 'Free writing, or a prompt from any of the six areas when you want a way in.',
  primary: true,
  // One page for new and saved entries, so the first autosave never remounts the editor.
  pages: [{ id: 'entry', path: ':entryId' }],
});

export const profilePractice = definePractice({
  id: 'profile',
  pillar: 'attuning',
  path: '/profile',
  label: 'Self-knowledge profile',
  purpose: 'Your values, needs, likes and boundaries, gathered in one place and yours to change.',
});

export const soothingPractice = definePractice({
  id: 'soothing',
  pillar: 'attuning',
  path: '/soothing',
  label: 'Soothing kit',
  purpose: 'The sights, sounds, scents, textures and tastes that calm you, close at hand.',
});

export const pathsPractice = definePractice({
  id: 'paths',
  pillar: 'attuning',
  path: '/paths',
  label: 'Growth paths',
  purpose: 'Practices that fit an attachment pattern you identify with. Never a diagnosis.',
  pages: [{ id: 'relating-guide', path: 'relating-guide' }],
});

export const attuningPractices = [
  checkinPractice,
  journalPractice,
  profilePractice,
  soothingPractice,
  pathsPractice,
] as const;
