import { expect } from 'vitest';
import type { Person } from './person.js';

/**
 * Check-in history, as a person sees it: check-ins kept on earlier days
 * (written through the API, as if made then), the mood calendar, and one
 * check-in opened whole.
 */

export interface PastCheckin {
  /** When it happened, as a local date and hour. */
  at: Date;
  pleasantness: number;
  energy: number;
  feelings: string[];
  note?: string;
}

/** Keeps check-ins as though they had been made on earlier days, through the person's own session. */
export async function keepPastCheckins(person: Person, checkins: readonly PastCheckin[]): Promise<void> {
  for (const { at, ...payload } of checkins) {
    const response = await person.page.request.post('/api/v1/records', {
      headers: { 'x-haven-csrf': '1' },
      data: { kind: 'checkin', occurredAt: at.toISOString(), payload },
    });
    expect(response.status()).toBe(201);
  }
}

/** The calendar of moods on the check-in page. */
export function moodCalendar(person: Person) {
  return person.page.getByRole('region', { name: /^Your moods, / });
}

/** The days of the calendar that open a check-in. */
export function daysWithCheckins(person: Person) {
  return moodCalendar(person).getByRole('link', { name: /check-ins?, / });
}

/** The feeling words offered for the point on the pad. */
export function feelingWords(person: Person) {
  return person.page.getByRole('list', { name: 'Feeling words' }).getByRole('button');
}
