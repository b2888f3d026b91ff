// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Link, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACES } from '../../../core/practices/catalogue.js';
import { emptySafetyPlan } from '../../../core/safety/kinds.js';
import { HelpProvider } from '../../app/help.js';
import { useSession } from '../../app/session.js';
import { renderInApp, scriptedServer } from '../../test/scripted-server.js';
import { SafetyPlanScreen } from './SafetyPlan.js';

const SAVED = 'Saved. You can come back and change it any time.';
/** Long enough for the pause before an autosave and one answer. */
const SAVING = { timeout: 4000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('the safety plan saves as it is written', () => {
  it('saves a new line after a pause, creating the plan once and updating it after, in the same editor', async () => {
    const server = scriptedServer();
    const user = userEvent.setup();
    openPlan();
    const signs = await section('My warning signs');
    await screen.findByText('Nothing written yet. Your plan saves as you write.');

    await user.click(signs.getByRole('button', { name: /^Add one/ }));
    await user.keyboard('I go quiet and skip meals');
    await screen.findByText(SAVED, {}, SAVING);
    const line = signs.getByRole('textbox', { name: 'My warning signs, 1' });
    await user.keyboard(', and stop answering messages');
    await waitFor(() => expect(saves(server.requests)).toEqual(['POST /records', 'PUT /records/']), SAVING);
    await screen.findByText(SAVED, {}, SAVING);

    // The first save made the plan without rebuilding the editor: the same line, still where the typing is.
    expect(signs.getByRole('textbox', { name: 'My warning signs, 1' })).toBe(line);
    expect(document.activeElement).toBe(line);

    // Opened again, as after leaving and coming back: the server has the whole line.
    cleanup();
    openPlan();
    expect(await lineValues('My warning signs')).toEqual([
      'I go quiet and skip meals, and stop answering messages',
    ]);
  });

  it('sends a line not yet saved when the person leaves the screen, so it is there when they come back', async () => {
    const server = scriptedServer();
    const user = userEvent.setup();
    openPlan();
    const reasons = await section('My reasons for living');

    await user.click(reasons.getByRole('button', { name: /^Add one/ }));
    await user.keyboard('My niece’s drawings on the fridge');
    expect(saves(server.requests)).toEqual([]);
    cleanup();
    // Sent on leaving, well before the pause after which it would have been saved anyway.
    await waitFor(() => expect(saves(server.requests)).toEqual(['POST /records']), { timeout: 400 });
    // Not read back from this device: from the server.
    window.localStorage.clear();

    openPlan();
    expect(await lineValues('My reasons for living')).toEqual(['My niece’s drawings on the fridge']);
  });

  it('keeps the words and says so when a save fails, and saves them when it tries again', async () => {
    const server = scriptedServer();
    const { id } = server.seed('safety_plan', { ...EMPTY, copingAlone: ['A hot shower'] });
    server.failNext(`PUT /records/${id}`, 503);
    const user = userEvent.setup();
    openPlan();
    const coping = await section('Things I can do on my own');
    await screen.findByText(SAVED);

    await user.click(coping.getByRole('button', { name: /^Add another/ }));
    await user.keyboard('A slow walk round the block');
    await screen.findByText(
      'Not saved yet, Haven will try again. Your words are kept on this device.',
      {},
      SAVING,
    );
    expect(coping.getByRole('textbox', { name: 'Things I can do on my own, 2' })).toHaveProperty(
      'value',
      'A slow walk round the block',
    );

    // The next try, a moment later, goes through.
    await screen.findByText(SAVED, {}, SAVING);
    expect(saves(server.requests)).toEqual([`PUT /records/`, `PUT /records/`]);
  });

  it('says why when the server refuses a save, and "Save my plan" tries again at once', async () => {
    const server = scriptedServer();
    const { id } = server.seed('safety_plan', { ...EMPTY, peopleToAsk: [{ name: 'Sam' }] });
    server.failNext(`PUT /records/${id}`, 422);
    const user = userEvent.setup();
    openPlan();
    const people = await section('People I can ask for help');
    await screen.findByText(SAVED);

    await user.type(people.getByRole('textbox', { name: /How to reach them/ }), '07700 900123');
    await screen.findByText(
      'Not saved. Haven could not do that just now. Your words are kept on this device.',
      {},
      SAVING,
    );
    expect(people.getByRole('textbox', { name: /How to reach them/ })).toHaveProperty(
      'value',
      '07700 900123',
    );

    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    await screen.findByText(SAVED);
    await screen.findByText('Your safety plan is saved.');
    expect(saves(server.requests)).toEqual([`PUT /records/`, `PUT /records/`]);
  });

  it('brings back a line whose save was still under way when the person left, and saves it once they return', async () => {
    const server = scriptedServer();
    const { id } = server.seed('safety_plan', { ...EMPTY, distractions: ['The library'] });
    const answer = server.hold(`PUT /records/${id}`);
    const user = userEvent.setup();
    openPlan({ withAnotherScreen: true });
    const distractions = await section('People and places that take my mind off things');
    await screen.findByText(SAVED);

    await user.click(distractions.getByRole('button', { name: /^Add another/ }));
    await user.keyboard('The swimming pool');
    await screen.findByText('Saving…');
    await waitFor(() => expect(saves(server.requests)).toEqual(['PUT /records/']), SAVING);
    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    await user.click(await screen.findByRole('link', { name: 'Back to the plan' }));

    expect(await lineValues('People and places that take my mind off things')).toEqual([
      'The library',
      'The swimming pool',
    ]);
    await screen.findByText('Haven brought back what you were writing on this device.');
    answer.release();
    await screen.findByText(SAVED, {}, SAVING);
    // The save from before leaving, then this editor's own, one after the other.
    expect(saves(server.requests)).toEqual(['PUT /records/', 'PUT /records/']);
  });
});

const EMPTY = emptySafetyPlan();

/** Opens the plan as the app shows it; `withAnotherScreen` adds a screen to go to and come back from. */
function openPlan({ withAnotherScreen = false } = {}) {
  renderInApp(
    <HelpProvider>
      <SignedIn>
        {withAnotherScreen ? (
          <Routes>
            <Route
              path={PLACES.home}
              element={
                <>
                  <Link to={PLACES.about}>Somewhere else</Link>
                  <SafetyPlanScreen />
                </>
              }
            />
            <Route path={PLACES.about} element={<Link to={PLACES.home}>Back to the plan</Link>} />
          </Routes>
        ) : (
          <SafetyPlanScreen />
        )}
      </SignedIn>
    </HelpProvider>,
  );
}

/** The app shows the plan only to someone signed in; so does this. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSession().state.status === 'signed-in' ? children : null;
}

async function section(heading: string) {
  return within(await screen.findByRole('region', { name: heading }));
}

async function lineValues(heading: string): Promise<string[]> {
  const lines = await (await section(heading)).findAllByRole('textbox');
  return lines.map((line) => (line instanceof HTMLTextAreaElement ? line.value : ''));
}

/** The saves sent, ids left off: "POST /records", "PUT /records/". */
function saves(requests: string[]): string[] {
  return requests
    .filter((r) => r.startsWith('POST /records') || r.startsWith('PUT /records'))
    .map((r) => r.replace(/\/records\/[^/?]+/, '/records/'));
}
