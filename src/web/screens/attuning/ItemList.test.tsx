// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, scriptedServer } from '../../test/scripted-server.js';
import { ProfileScreen } from '../profile/Profile.js';
import { SoothingScreen } from '../soothing/Soothing.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** One card of the page, found by its heading. */
const card = async (heading: string) => within(await screen.findByRole('region', { name: heading }));

describe('the shared add / suggest / remove / undo list', () => {
  it('adds your own words, and clears the field once they are kept', async () => {
    scriptedServer();
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);
    const sight = await card('Sight');
    expect(sight.getByText('Nothing here yet.')).toBeTruthy();

    await user.type(sight.getByLabelText('Add your own sight'), 'The sea at dusk');
    await user.click(sight.getByRole('button', { name: 'Add' }));

    expect(await sight.findByText('The sea at dusk')).toBeTruthy();
    expect(sight.getByLabelText<HTMLInputElement>('Add your own sight').value).toBe('');
  });

  it('adds a suggested idea with one press, and stops suggesting it', async () => {
    scriptedServer();
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);
    const sight = await card('Sight');

    await user.click(sight.getByText('Ideas to pick from'));
    await user.click(sight.getByRole('button', { name: /Add\s*A favourite photo/ }));

    expect(await sight.findByRole('button', { name: /Remove\s*“A favourite photo”/ })).toBeTruthy();
    expect(sight.queryByRole('button', { name: /Add\s*A favourite photo/ })).toBeNull();
  });

  it('removes an item and brings it back with Undo', async () => {
    const server = scriptedServer();
    server.seed('soothing_item', { sense: 'sound', text: 'Rain on the roof' });
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);
    const sound = await card('Sound');

    await user.click(await sound.findByRole('button', { name: /Remove\s*“Rain on the roof”/ }));
    const notice = await sound.findByRole('status');
    expect(notice.textContent).toContain('“Rain on the roof” removed.');
    await vi.waitFor(() => expect(sound.queryByText('Rain on the roof', { selector: 'p' })).toBeNull());
    // Undo takes focus, since the Remove button went with the item.
    expect(document.activeElement).toBe(within(notice).getByRole('button', { name: 'Undo' }));

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await sound.findByText('Rain on the roof', { selector: 'p' })).toBeTruthy();
    expect(sound.queryByRole('status')).toBeNull();
  });

  it('says so when removing fails, and keeps the item', async () => {
    const server = scriptedServer();
    const kept = server.seed('soothing_item', { sense: 'touch', text: 'A warm blanket' });
    server.failNext(`DELETE /records/${kept.id}`, 503);
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);
    const touch = await card('Touch');

    await user.click(await touch.findByRole('button', { name: /Remove\s*“A warm blanket”/ }));

    expect(await touch.findByText('Haven could not do that just now.')).toBeTruthy();
    expect(touch.getByText('A warm blanket', { selector: 'p' })).toBeTruthy();
  });

  it('serves the profile too: a boundary is added with the stance chosen under the field', async () => {
    const server = scriptedServer();
    const user = userEvent.setup();
    renderInApp(<ProfileScreen />);
    const boundaries = await card('My boundaries');

    await user.click(boundaries.getByRole('radio', { name: 'Okay with me' }));
    await user.type(boundaries.getByLabelText('Add a boundary'), 'Calls after ten');
    await user.click(boundaries.getByRole('button', { name: 'Add' }));

    expect(await boundaries.findByText('Calls after ten')).toBeTruthy();
    expect(boundaries.getByText('Okay with me', { selector: '.stance' })).toBeTruthy();
    const created = server.requests.filter((r) => r === 'POST /records');
    expect(created).toHaveLength(1);
    // Profile ideas show the first eight, with the rest a press away.
    const values = await card('My values');
    expect(values.getByRole('button', { name: /^More ideas/ })).toBeTruthy();
  });
});
