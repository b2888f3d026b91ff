/**
 * Motion that helps someone follow what happened (the utilities in
 * styles/base.css): a record saved moments ago settles into its list the
 * first time that list shows it, whether the list was on screen when it was
 * saved or opened just after. Nothing moves under reduced motion (the CSS).
 */

/** How recently a record must have been saved to settle in as it first appears. */
export const JUST_SAVED_MS = 20_000;

/** The class that lets an item settle in when its record was saved just now; otherwise none. */
export function arrival(record: { createdAt: string }, now: number = Date.now()): string {
  const age = now - Date.parse(record.createdAt);
  return age >= 0 && age < JUST_SAVED_MS ? 'motion-settle-item' : '';
}
