/**
 * Gratitude with myself included: each entry offers one prompt about me
 * (something I did, a part of me, my body) and up to two about anything.
 */
export interface GratitudePrompt {
  id: string;
  text: string;
}

export const ABOUT_ME_PROMPTS: readonly GratitudePrompt[] = [
  { id: 'me-did', text: 'Something you did today that you are glad of' },
  { id: 'me-body', text: 'Something your body let you do or feel today' },
  { id: 'me-part', text: 'A part of you that helped you today' },
  { id: 'me-tried', text: 'A way you looked after yourself, even a small one' },
  { id: 'me-noticed', text: 'Something in you that you would thank a friend for' },
];

export const WIDER_PROMPTS: readonly GratitudePrompt[] = [
  { id: 'moment', text: 'A small moment you would like to keep' },
  { id: 'someone', text: 'Someone, or something, that made the day a little easier' },
  { id: 'place', text: 'A place, a sound or a taste you liked today' },
  { id: 'ordinary', text: 'Something ordinary that went right' },
];

/** The prompts offered on a day: one about me, then two others, turning with the day so they vary. */
export function promptsForDay(day: string): [GratitudePrompt, GratitudePrompt, GratitudePrompt] {
  let n = 0;
  for (const c of day) n = (n * 31 + c.charCodeAt(0)) % 9973;
  const me = ABOUT_ME_PROMPTS[n % ABOUT_ME_PROMPTS.length] as GratitudePrompt;
  const first = WIDER_PROMPTS[n % WIDER_PROMPTS.length] as GratitudePrompt;
  const second = WIDER_PROMPTS[(n + 1) % WIDER_PROMPTS.length] as GratitudePrompt;
  return [me, first, second];
}

/** Entries grouped by calendar month (`yyyy-MM` of their local day), newest month first, in the order given within. */
export function byMonth<T>(
  entries: readonly T[],
  monthOf: (entry: T) => string,
): { month: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const month = monthOf(entry);
    const group = groups.get(month);
    if (group) group.push(entry);
    else groups.set(month, [entry]);
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .map(([month, list]) => ({ month, entries: list }));
}
