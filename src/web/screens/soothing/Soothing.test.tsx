// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, scriptedServer } from '../../test/scripted-server.js';
import { SoothingScreen } from './Soothing.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the soothing kit’s data', () => {
  it('shows every item of a long kit, page after page, not just the first hundred', async () => {
    const server = scriptedServer();
    for (let n = 1; n <= 250; n++) server.seed('soothing_item', { sense: 'sound', text: `Sound ${n}` });
    renderInApp(<SoothingScreen />);
    const sound = within(await screen.findByRole('region', { name: 'Sound' }));

    expect(sound.getAllByRole('listitem').filter((li) => li.closest('.item-list'))).toHaveLength(250);
    expect(sound.getByText('Sound 1')).toBeTruthy();
    expect(server.requests.filter((r) => r.startsWith('GET /records?'))).toHaveLength(2);
  });

  it('shows a new item after adding it, refreshing the list in place rather than remounting it', async () => {
    const server = scriptedServer();
    server.seed('soothing_item', { sense: 'smell', text: 'Fresh bread' });
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);
    const smell = within(await screen.findByRole('region', { name: 'Smell' }));
    await smell.findByText('Fresh bread');
    const field = smell.getByLabelText('Add your own smell');
    const before = server.requests.length;

    await user.type(field, 'Cut grass');
    await user.click(smell.getByRole('button', { name: 'Add' }));

    expect(await smell.findByText('Cut grass')).toBeTruthy();
    expect(smell.getByText('Fresh bread')).toBeTruthy();
    // The same field is still on screen: the page was refreshed, not rebuilt.
    expect(smell.getByLabelText('Add your own smell')).toBe(field);
    expect(server.requests.slice(before)).toEqual([
      'POST /records',
      'GET /records?kind=soothing_item&limit=200',
    ]);
  });

  it('says so when the kit cannot load, and loads it on Try again', async () => {
    const server = scriptedServer();
    server.seed('soothing_item', { sense: 'taste', text: 'Peppermint tea' });
    server.failNext('GET /records', 503);
    const user = userEvent.setup();
    renderInApp(<SoothingScreen />);

    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Peppermint tea')).toBeTruthy();
  });
});
