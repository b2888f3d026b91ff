// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, scriptedServer } from '../test/scripted-server.js';
import { useAutosaved } from './useAutosaved.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

interface Fields {
  what: string;
  standard: string;
}

function Editor() {
  const { fields, change, status, saver } = useAutosaved({
    kind: 'repair',
    userId: 'someone',
    start: { id: null, fields: { what: '', standard: '' }, restored: false },
    toPayload: (value: Fields) => ({ what: value.what, standard: value.standard }),
    isEmpty: (value: Fields) => !value.what.trim(),
  });
  return (
    <>
      <p>{status}</p>
      <p>{`${fields.what}|${fields.standard}`}</p>
      <button
        type="button"
        onClick={() => {
          // Two changes in one event: the second builds on the first.
          change({ what: 'Missed the call' });
          change({ standard: 'Being there' });
        }}
      >
        Both
      </button>
      <button type="button" onClick={() => void saver.flush()}>
        Save now
      </button>
    </>
  );
}

describe('an autosaved editor', () => {
  it('keeps every change made one after another, and saves them together', async () => {
    const server = scriptedServer();
    const user = userEvent.setup();
    renderInApp(<Editor />);
    expect(screen.getByText('nothing')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Both' }));
    expect(screen.getByText('Missed the call|Being there')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save now' }));

    await waitFor(() => expect(screen.getByText('saved')).toBeTruthy());
    expect(server.bodiesSentTo('POST /records')).toEqual([
      { kind: 'repair', payload: { what: 'Missed the call', standard: 'Being there' } },
    ]);
  });
});
