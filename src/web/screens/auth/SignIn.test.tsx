// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rememberAccountName, rememberedAccountName } from '../../lib/storage.js';
import { description, json, renderSignedOut, signedIn, signedOutServerForEachTest } from './auth-test-kit.js';
import { SignInForm } from './SignIn.js';

const server = signedOutServerForEachTest();

describe('sign-in', () => {
  it('asks for the name and passphrase before sending anything', async () => {
    const user = renderSignedOut(<SignInForm reason="none" />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const title = await screen.findByText('A little more is needed to sign in.');
    expect(document.activeElement).toBe(title.parentElement);
    expect(description(screen.getByLabelText('Account name'))).toBe('Please enter your account name.');
    expect(description(screen.getByLabelText('Passphrase'))).toBe('Please enter your passphrase.');
    expect(server().routes()).not.toContain('POST /auth/signin');
  });

  it('starts with the remembered name and sends it as the schema reads it', async () => {
    rememberAccountName('river');
    server().answer('POST /auth/signin', () => json(200, { user: { id: 'u1', name: 'river' } }));
    const user = renderSignedOut(<SignInForm reason="locked" />);
    expect(screen.getByRole('heading', { name: 'Haven is locked' })).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Account name').value).toBe('river');

    await user.type(screen.getByLabelText('Account name'), ' ');
    await user.type(screen.getByLabelText('Passphrase'), 'quiet morning light');
    server().answer('GET /session', signedIn);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe(''));
    expect(server().bodiesSentTo('POST /auth/signin')).toEqual([
      { name: 'river', passphrase: 'quiet morning light' },
    ]);
    expect(rememberedAccountName()).toBe('river');
  });

  it("says only that the name and passphrase don't match, never which", async () => {
    server().answer('POST /auth/signin', () => json(401, { title: 'Please sign in.', status: 401 }));
    const user = renderSignedOut(<SignInForm reason="none" />);
    await user.type(screen.getByLabelText('Account name'), 'river');
    await user.type(screen.getByLabelText('Passphrase'), 'not quite it');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText("That name and passphrase don't match.")).toBeDefined();
    expect(screen.getByLabelText('Account name').getAttribute('aria-invalid')).toBeNull();
  });

  it("shows the server's word on a field next to that field", async () => {
    server().answer('POST /auth/signin', () =>
      json(400, {
        title: 'Some of what was sent does not fit.',
        status: 400,
        errors: [{ path: ['body', 'passphrase'], message: 'Please keep it under 1024 characters.' }],
      }),
    );
    const user = renderSignedOut(<SignInForm reason="none" />);
    await user.type(screen.getByLabelText('Account name'), 'river');
    await user.type(screen.getByLabelText('Passphrase'), 'quiet morning light');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByText('Some of what was sent does not fit.');
    expect(description(screen.getByLabelText('Passphrase'))).toBe('Please keep it under 1024 characters.');
    expect(
      screen.getByRole('link', { name: 'Passphrase: Please keep it under 1024 characters.' }),
    ).toBeDefined();
  });
});
