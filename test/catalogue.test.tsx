// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generatorsFor } from '../bench/lib/kinds.js';
import { seededRandom } from '../bench/lib/random.js';
import { PRACTICES, type Catalogue } from '../src/core/practices/catalogue.js';
import { PRACTICE_KINDS } from '../src/core/practices/kinds.js';
import { definePractice, practiceKind, type PracticeKind } from '../src/core/practices/practice.js';
import { defineRecordKind, shortText } from '../src/core/records/kind.js';
import { RECORD_KINDS, validatePayload } from '../src/core/records/registry.js';
import {
  navigationPractices,
  practiceRoutes,
  PRACTICE_SCREENS,
  type PracticeScreens,
} from '../src/web/app/practices.js';
import { PracticesByPillar } from '../src/web/app/Navigation.js';
import { PillarCards } from '../src/web/screens/Home.js';
import { payloadArbitrary } from './reliability/arbitraries.js';

/**
 * Adding a practice is one catalogue entry, what it writes and its screen.
 * These tests add a made-up one and follow it into every place that is
 * derived from the catalogue, with no other edit; and they check that every
 * real practice and kind can be reached.
 */
const skippedStoneKind = defineRecordKind({
  name: 'skipped_stone',
  pillar: 'here',
  label: 'Skipped stone',
  version: 1,
  schema: z.object({ skips: z.number().int().min(0).max(50), where: shortText(200) }),
});

const stoneSkipping = definePractice({
  id: 'stone-skipping',
  pillar: 'here',
  path: '/stone-skipping',
  label: 'Stone skipping',
  purpose: 'A flat stone, still water, and counting the skips.',
  primary: true,
});

const skippedStones = practiceKind({
  practice: stoneSkipping,
  kind: skippedStoneKind,
  example: (s) => ({ skips: s.int(0, 50), where: s.line(200, 'place') }),
  rhythm: { perDay: 0.5 },
  contributes: { practised: true },
});

const catalogue: Catalogue = [...PRACTICES, stoneSkipping];
const practiceKinds: readonly PracticeKind[] = [...PRACTICE_KINDS, skippedStones];
const screens: Record<string, PracticeScreens> = {
  ...PRACTICE_SCREENS,
  'stone-skipping': { main: async () => () => <h1>The lake is calm today</h1> },
};

afterEach(cleanup);

describe('a practice added to the catalogue', () => {
  it('gets a route that shows its screen', async () => {
    const router = createMemoryRouter(
      [{ path: '/', HydrateFallback: () => null, children: practiceRoutes(catalogue, screens) }],
      { initialEntries: ['/stone-skipping'] },
    );
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: 'The lake is calm today' })).toBeTruthy();
  });

  it('is in the main navigation when it is primary', () => {
    expect(navigationPractices(catalogue).map((p) => p.id)).toContain('stone-skipping');
    expect(navigationPractices(PRACTICES).map((p) => p.id)).not.toContain('stone-skipping');
  });

  it("is in the navigation's Practices menu, under its pillar", () => {
    render(
      <MemoryRouter>
        <PracticesByPillar catalogue={catalogue} />
      </MemoryRouter>,
    );
    const here = screen.getByRole('list', { name: 'Here' });
    expect(within(here).getByRole('link', { name: 'Stone skipping' }).getAttribute('href')).toBe(
      '/stone-skipping',
    );
  });

  it("is linked from its pillar's card on the home screen", () => {
    render(
      <MemoryRouter>
        <PillarCards catalogue={catalogue} />
      </MemoryRouter>,
    );
    const here = screen.getByRole('heading', { level: 3, name: /Here/ }).closest('li');
    if (!here) throw new Error('no card for Here');
    expect(within(here).getByRole('link', { name: 'Stone skipping' }).getAttribute('href')).toBe(
      '/stone-skipping',
    );
  });

  it('is written by the bench seed, with valid payloads at its rhythm', () => {
    const generators = generatorsFor([...RECORD_KINDS, skippedStoneKind], practiceKinds);
    const generator = generators.get('skipped_stone');
    if (!generator) throw new Error('no generator');
    const r = seededRandom(7);
    for (let i = 0; i < 20; i++) {
      const payload = generator.payload(r, {
        recent: new Map(),
        occurredAt: Date.parse('2026-03-02T20:00:00Z'),
      });
      expect(validatePayload(skippedStoneKind, payload)).toEqual(payload);
    }
    const days = Array.from({ length: 400 }, (_, day) =>
      generator.perDay(r, { day, totalDays: 400, weekday: day % 7, pace: 1 }),
    );
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    expect(mean).toBeGreaterThan(0.35);
    expect(mean).toBeLessThan(0.65);
  });

  it('is property-tested through its own example generator', () => {
    fc.assert(
      fc.property(payloadArbitrary(skippedStoneKind, practiceKinds), (payload) => {
        expect(validatePayload(skippedStoneKind, payload)).toEqual(payload);
      }),
      { numRuns: 50 },
    );
  });

  it('is refused by the derived places when it has no screen', () => {
    expect(() => practiceRoutes(catalogue, PRACTICE_SCREENS)).toThrow(/stone-skipping/);
  });
});

describe('the catalogue Haven ships', () => {
  it('has a practice writing every record kind, and no kind outside the registry', () => {
    const written = PRACTICE_KINDS.map((entry) => entry.kind.name);
    expect([...written].sort()).toEqual(RECORD_KINDS.map((kind) => kind.name).sort());
    const shipped: Catalogue = PRACTICES;
    for (const entry of PRACTICE_KINDS) expect(shipped, entry.kind.name).toContain(entry.practice);
  });

  it('reaches every practice from a route, from its pillar card and from the navigation, and every page from a route', () => {
    const paths = practiceRoutes().map((route) => route.path);
    const hrefs = () => screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    render(
      <MemoryRouter>
        <PillarCards />
      </MemoryRouter>,
    );
    const onCards = hrefs();
    cleanup();
    render(
      <MemoryRouter>
        <PracticesByPillar />
      </MemoryRouter>,
    );
    const inNavigation = hrefs();
    const shipped: Catalogue = PRACTICES;
    for (const practice of shipped) {
      expect(paths).toContain(practice.path);
      expect(onCards, practice.id).toContain(practice.path);
      expect(inNavigation, practice.id).toContain(practice.path);
      for (const page of practice.pages ?? []) expect(paths).toContain(`${practice.path}/${page.path}`);
    }
  });

  it('gives every kind an example generator the bench can seed with', () => {
    const generators = generatorsFor(RECORD_KINDS);
    const r = seededRandom(11);
    for (const kind of RECORD_KINDS) {
      const payload = generators
        .get(kind.name)
        ?.payload(r, { recent: new Map(), occurredAt: Date.parse('2026-03-02T20:00:00Z') });
      expect(() => validatePayload(kind, payload), kind.name).not.toThrow();
    }
  });

  it('refuses a kind no practice declares, naming it', () => {
    expect(() => generatorsFor([...RECORD_KINDS, skippedStoneKind])).toThrow(/skipped_stone/);
    expect(() => payloadArbitrary(skippedStoneKind)).toThrow(/skipped_stone/);
  });
});
