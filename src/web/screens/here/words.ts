/** "1 minute", "12 minutes", "less than a minute": a time in plain words. */
export function minutesPhrase(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const m = Math.round(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}
