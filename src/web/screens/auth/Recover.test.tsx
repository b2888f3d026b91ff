// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rememberAccountName } from '../../lib/storage.js';
import { description, json, renderSignedOut, signedIn, signedOutServerForEachTest } from './auth-test-kit.js';
import { RecoverScreen } from './Recover.js';

const server = signedOutServerForEachTest();

describe('recovery', () => {
  it('asks for the name, the code and a long enough new passphrase before sending anything', async () => {
    const user = renderSignedOut(<RecoverScreen />);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));

    const title = await screen.findByText('A little more is needed.');
    expect(document.activeElement).toBe(title.parentElement);
    expect(description(screen.getByLabelText('Account name'))).toBe('Please enter your account name.');
    expect(description(screen.getByLabelText('Recovery code'))).toBe('Please enter your recovery code.');
    expect(description(screen.getByLabelText('New passphrase'))).toContain(
      'Please use at least 12 characters.',
    );
    expect(server().routes()).not.toContain('POST /auth/recover');
  });

  it('sends the parsed body, then forgets the code and the passphrase', async () => {
    rememberAccountName('sky');
    server().answer('POST /auth/recover', () =>
      json(200, { user: { id: 'u1', name: 'sky' }, recoveryCode: 'QRST-UVWX-YZ23-4567' }),
    );
    const user = renderSignedOut(<RecoverScreen />);
    expect(screen.getByLabelText<HTMLInputElement>('Account name').value).toBe('sky');
    await user.type(screen.getByLabelText('Recovery code'), ' abcd-efgh-ijkl-mnop ');
    await user.type(screen.getByLabelText('New passphrase'), 'a brand new passphrase');
    server().answer('GET /session', signedIn);
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));

    await vi.waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Recovery code').value).toBe(''));
    expect(screen.getByLabelText<HTMLInputElement>('New passphrase').value).toBe('');
    expect(server().bodiesSentTo('POST /auth/recover')).toEqual([
      { name: 'sky', recoveryCode: 'abcd-efgh-ijkl-mnop', newPassphrase: 'a brand new passphrase' },
    ]);
  });

  it("says only that the name and code don't match, never which", async () => {
    server().answer('POST /auth/recover', () => json(401, { title: 'Please sign in.', status: 401 }));
    const user = renderSignedOut(<RecoverScreen />);
    await user.type(screen.getByLabelText('Account name'), 'sky');
    await user.type(screen.getByLabelText('Recovery code'), 'abcd-efgh-ijkl-mnop');
    await user.type(screen.getByLabelText('New passphrase'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));

    expect(await screen.findByText("That name and recovery code don't match.")).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Recovery code').value).toBe('abcd-efgh-ijkl-mnop');
  });

  it("shows the server's word on a field next to that field", async () => {
    server().answer('POST /auth/recover', () =>
      json(400, {
        title: 'Some of what was sent does not fit.',
        status: 400,
        errors: [{ path: '/recoveryCode', message: 'A recovery code has sixteen letters and numbers.' }],
      }),
    );
    const user = renderSignedOut(<RecoverScreen />);
    await user.type(screen.getByLabelText('Account name'), 'sky');
    await user.type(screen.getByLabelText('Recovery code'), 'abcd');
    await user.type(screen.getByLabelText('New passphrase'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Set new passphrase' }));

    await screen.findByText('Some of what was sent does not fit.');
    expect(description(screen.getByLabelText('Recovery code'))).toBe(
      'A recovery code has sixteen letters and numbers.',
    );
  });
});
