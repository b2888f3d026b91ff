// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, scriptedServer } from '../test/scripted-server.js';
import { RecordSection } from './RecordSection.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Repairs({ more = false }: { more?: boolean }) {
  return (
    <RecordSection
      kind="repair"
      pageSize={2}
      id="repairs"
      heading="Earlier repairs"
      loading="Loading your repairs…"
      empty={{ title: 'Nothing here yet', body: <p>What you keep stays here.</p> }}
      more={more}
    >
      {(items) => (
        <ul role="list">
          {items.map((item) => (
            <li key={item.record.id}>{item.payload.what}</li>
          ))}
        </ul>
      )}
    </RecordSection>
  );
}

describe('a section of my own records', () => {
  it('is a region named by its heading, with the empty state while nothing is kept', async () => {
    scriptedServer();
    renderInApp(<Repairs />);
    const region = within(screen.getByRole('region', { name: 'Earlier repairs' }));
    expect(region.getByText('Loading your repairs…')).toBeTruthy();
    expect(await region.findByText('Nothing here yet')).toBeTruthy();
    expect(region.getByText('What you keep stays here.')).toBeTruthy();
    expect(region.queryByRole('list')).toBeNull();
  });

  it('lists what is kept, and the next page on request only when asked for', async () => {
    const server = scriptedServer();
    for (const what of ['One', 'Two', 'Three']) server.seed('repair', { what });
    const user = userEvent.setup();
    renderInApp(<Repairs more />);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await within(list).findAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('offers no "Show more" when the section does not page', async () => {
    const server = scriptedServer();
    for (const what of ['One', 'Two', 'Three']) server.seed('repair', { what });
    renderInApp(<Repairs />);
    expect(within(await screen.findByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
