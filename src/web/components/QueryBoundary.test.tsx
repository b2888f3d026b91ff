// @vitest-environment jsdom
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/client.js';
import { createQueryClient } from '../data/QueryProvider.js';
import { QueryBoundary } from './QueryBoundary.js';

afterEach(cleanup);

/** A load whose answers the test gives one at a time. */
function scriptedLoad() {
  const waiting: { resolve: (words: string) => void; reject: (error: unknown) => void }[] = [];
  return {
    load: () =>
      new Promise<string>((resolve, reject) => {
        waiting.push({ resolve, reject });
      }),
    answer: (words: string) => waiting.shift()?.resolve(words),
    fail: (error: unknown) => waiting.shift()?.reject(error),
    get pending() {
      return waiting.length;
    },
  };
}

function Words({ load }: { load: () => Promise<string> }) {
  const words = useQuery({ queryKey: ['words'], queryFn: load });
  return (
    <QueryBoundary query={words} loading="Finding your words…">
      {(text) => <p>{text}</p>}
    </QueryBoundary>
  );
}

const renderWords = (load: () => Promise<string>) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Words load={load} />
    </QueryClientProvider>,
  );

describe('the query boundary', () => {
  it('says it is loading, then shows what came', async () => {
    const server = scriptedLoad();
    renderWords(server.load);
    expect(screen.getByRole('status').textContent).toBe('Finding your words…');
    await asked(server);
    server.answer('Slow mornings');
    expect(await screen.findByText('Slow mornings')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what went wrong, and Try again loads it afresh', async () => {
    const server = scriptedLoad();
    const user = userEvent.setup();
    renderWords(server.load);
    await asked(server);
    server.fail(ProblemError.network());

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText(ProblemError.network().title)).toBeTruthy();
    await user.click(retry);
    await asked(server);
    server.answer('Found again');
    expect(await screen.findByText('Found again')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers no second try for something that is not there', async () => {
    const server = scriptedLoad();
    renderWords(server.load);
    await asked(server);
    server.fail(new ProblemError({ status: 404, title: 'Nothing was found here.' }));
    expect(await screen.findByText('Nothing was found here.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

/** Waits until the load has been asked for again. */
async function asked(load: { pending: number }) {
  await vi.waitFor(() => expect(load.pending).toBe(1));
}
