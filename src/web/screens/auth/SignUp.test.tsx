// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rememberedAccountName } from '../../lib/storage.js';
import { description, json, renderSignedOut, signedIn, signedOutServerForEachTest } from './auth-test-kit.js';
import { SignUpScreen } from './SignUp.js';

const server = signedOutServerForEachTest();

describe('sign-up', () => {
  it('asks for a name and a long enough passphrase before sending anything', async () => {
    const user = renderSignedOut(<SignUpScreen />);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const title = await screen.findByText('A little more is needed to create your account.');
    expect(document.activeElement).toBe(title.parentElement);
    expect(description(screen.getByLabelText('Account name'))).toContain('Please choose an account name.');
    expect(description(screen.getByLabelText('Passphrase'))).toContain('Please use at least 12 characters.');
    expect(
      screen.getByRole('link', { name: 'Passphrase: Please use at least 12 characters.' }),
    ).toBeDefined();
    expect(server().routes()).not.toContain('POST /auth/signup');
  });

  it("shows the server's word on a field next to that field", async () => {
    server().answer('POST /auth/signup', () =>
      json(400, {
        title: 'Some of what was sent does not fit.',
        status: 400,
        errors: [{ path: 'body.name', message: 'Please use letters, numbers and ordinary symbols.' }],
      }),
    );
    const user = renderSignedOut(<SignUpScreen />);
    await user.type(screen.getByLabelText('Account name'), 'river');
    await user.type(screen.getByLabelText('Passphrase'), 'quiet river morning');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await screen.findByText('Some of what was sent does not fit.');
    expect(description(screen.getByLabelText('Account name'))).toContain(
      'Please use letters, numbers and ordinary symbols.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('quiet river morning');
  });

  it('creates the account with the name as the schema reads it, remembers the name and forgets the passphrase', async () => {
    server().answer('POST /auth/signup', () =>
      json(201, { user: { id: 'u1', name: 'river' }, recoveryCode: 'ABCD-EFGH-IJKL-MNOP' }),
    );
    const user = renderSignedOut(<SignUpScreen />);
    await user.type(screen.getByLabelText('Account name'), '  river ');
    await user.type(screen.getByLabelText('Passphrase'), 'quiet river morning');
    server().answer('GET /session', signedIn);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe(''));
    expect(server().bodiesSentTo('POST /auth/signup')).toEqual([
      { name: 'river', passphrase: 'quiet river morning' },
    ]);
    expect(rememberedAccountName()).toBe('river');
    expect(server().routes().at(-1)).toBe('GET /session');
  });
});
