// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/client.js';
import { PassphraseField } from './PassphraseField.js';
import { SchemaForm } from './SchemaForm.js';
import { description } from './test-queries.js';
import { TextField } from './TextField.js';
import { useSchemaForm } from './useSchemaForm.js';

/** A form like the signed-out ones: a schema with its own messages, and a secret to forget. */
const gardenBody = z
  .object({
    plant: z.string().trim().min(1, 'Please name a plant.'),
    secret: z.string().min(4, 'Please use at least 4 characters.'),
  })
  .strict();
type GardenBody = z.output<typeof gardenBody>;

function GardenForm({ submit }: { submit: (body: GardenBody) => Promise<void> }) {
  const form = useSchemaForm({
    schema: gardenBody,
    fields: {
      plant: { id: 'garden-plant', label: 'Plant' },
      secret: { id: 'garden-secret', label: 'Secret' },
    },
    initial: { plant: '', secret: '' },
    invalidTitle: 'A little more is needed.',
    forget: ['secret'],
    submit,
  });
  return (
    <SchemaForm form={form} submitLabel="Plant it">
      <TextField {...form.field('plant')} safetyAware={false} />
      <PassphraseField {...form.field('secret')} purpose="current" />
    </SchemaForm>
  );
}

afterEach(cleanup);

describe('a schema form', () => {
  it('checks an empty submit with the schema, shows its messages by each field and in the focused summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => {});
    render(<GardenForm submit={submit} />);

    await user.click(screen.getByRole('button', { name: 'Plant it' }));

    const summary = await screen.findByText('A little more is needed.');
    expect(document.activeElement).toBe(summary.parentElement);
    expect(screen.getByRole('link', { name: 'Plant: Please name a plant.' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Secret: Please use at least 4 characters.' })).toBeDefined();
    expect(description(screen.getByLabelText('Plant'))).toBe('Please name a plant.');
    expect(screen.getByLabelText('Plant').getAttribute('aria-invalid')).toBe('true');
    expect(description(screen.getByLabelText('Secret'))).toBe('Please use at least 4 characters.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('takes a person from the summary to the field that needs another look', async () => {
    const user = userEvent.setup();
    render(<GardenForm submit={async () => {}} />);
    await user.click(screen.getByRole('button', { name: 'Plant it' }));
    await user.click(await screen.findByRole('link', { name: /^Secret:/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Secret'));
  });

  it('sends the parsed body, then forgets the secret and keeps the rest', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async (_body: GardenBody) => {});
    render(<GardenForm submit={submit} />);

    await user.type(screen.getByLabelText('Plant'), '  fern  ');
    await user.type(screen.getByLabelText('Secret'), 'moss and stone');
    await user.click(screen.getByRole('button', { name: 'Plant it' }));

    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Secret').value).toBe(''));
    expect(submit).toHaveBeenCalledExactlyOnceWith({ plant: 'fern', secret: 'moss and stone' });
    expect(screen.getByLabelText<HTMLInputElement>('Plant').value).toBe('  fern  ');
    expect(screen.queryByText('A little more is needed.')).toBeNull();
  });

  it("puts a server's field problem on its field and in the summary, keeping what was typed", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => {
      throw ProblemError.invalid('Something here needs another look.', [
        { path: 'body.plant', message: 'That plant is already in your garden.' },
      ]);
    });
    render(<GardenForm submit={submit} />);

    await user.type(screen.getByLabelText('Plant'), 'fern');
    await user.type(screen.getByLabelText('Secret'), 'moss and stone');
    await user.click(screen.getByRole('button', { name: 'Plant it' }));

    await screen.findByText('Something here needs another look.');
    expect(description(screen.getByLabelText('Plant'))).toBe('That plant is already in your garden.');
    expect(screen.getByRole('link', { name: 'Plant: That plant is already in your garden.' })).toBeDefined();
    expect(screen.getByLabelText('Secret').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Secret').value).toBe('moss and stone');
  });

  it('shows the work under way and does not send twice while it is', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const submit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<GardenForm submit={submit} />);

    await user.type(screen.getByLabelText('Plant'), 'fern');
    await user.type(screen.getByLabelText('Secret'), 'moss and stone');
    const button = screen.getByRole('button', { name: 'Plant it' });
    await user.click(button);
    await vi.waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    await user.click(button);
    expect(submit).toHaveBeenCalledTimes(1);

    finish();
    await vi.waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
  });
});
