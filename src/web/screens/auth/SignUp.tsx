import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { ProblemError } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { passphraseRuleError } from '../../lib/passphrase.js';
import { rememberAccountName } from '../../lib/storage.js';
import { accountNameError } from './account-name.js';

const FIELDS = {
  name: { id: 'sign-up-name', label: 'Account name' },
  passphrase: { id: 'sign-up-passphrase', label: 'Passphrase' },
};

export function SignUpScreen() {
  const session = useSession();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.run(async () => {
      const accountName = name.trim();
      const nameError = accountNameError(accountName);
      const passphraseError = passphraseRuleError(passphrase);
      const errors = [
        ...(nameError ? [{ path: 'name', message: nameError }] : []),
        ...(passphraseError ? [{ path: 'passphrase', message: passphraseError }] : []),
      ];
      if (errors.length > 0)
        throw ProblemError.invalid('A little more is needed to create your account.', errors);
      const created = await session.api.signUp({ name: accountName, passphrase });
      rememberAccountName(created.user.name);
      setPassphrase('');
      session.showRecoveryCode({
        code: created.recoveryCode,
        accountName: created.user.name,
        occasion: 'signed-up',
      });
      await session.refresh();
    });
  };

  return (
    <div className="narrow stack-l">
      <PageHeader title="Create your Haven" eyebrow="Welcome">
        <p>
          Haven is a private space for caring for yourself, built around the HEARTS framework. It is a
          self-help companion: not therapy, and not a crisis service.
        </p>
        <p>
          Everything you write here is encrypted and stays yours, to export or delete whole whenever you like.
        </p>
      </PageHeader>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorSummary problem={action.problem} fields={FIELDS} />
        <TextField
          id={FIELDS.name.id}
          label={FIELDS.name.label}
          hint="Only you use this, to sign in. It doesn't need to be your real name."
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          safetyAware={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={action.fieldError('name')}
          required
        />
        <PassphraseField
          id={FIELDS.passphrase.id}
          label={FIELDS.passphrase.label}
          hint="At least 12 characters. A few unrelated words work well, and a password manager is welcome."
          purpose="new"
          name="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={action.fieldError('passphrase')}
          required
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Create account
          </Button>
        </div>
      </form>
      {session.health?.hasAccounts !== false && (
        <p>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      )}
    </div>
  );
}
