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
import { rememberAccountName, rememberedAccountName } from '../../lib/storage.js';
import { unauthorizedAs } from './problems.js';

const FIELDS = {
  name: { id: 'recover-name', label: 'Account name' },
  recoveryCode: { id: 'recover-code', label: 'Recovery code' },
  newPassphrase: { id: 'recover-passphrase', label: 'New passphrase' },
};

export function RecoverScreen() {
  const session = useSession();
  const [name, setName] = useState(rememberedAccountName);
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.run(async () => {
      const accountName = name.trim();
      const recoveryCode = code.trim();
      const passphraseError = passphraseRuleError(passphrase);
      const errors = [
        ...(accountName ? [] : [{ path: 'name', message: 'Please enter your account name.' }]),
        ...(recoveryCode ? [] : [{ path: 'recoveryCode', message: 'Please enter your recovery code.' }]),
        ...(passphraseError ? [{ path: 'newPassphrase', message: passphraseError }] : []),
      ];
      if (errors.length > 0) throw ProblemError.invalid('A little more is needed.', errors);
      const recovered = await session.api
        .recover({ name: accountName, recoveryCode, newPassphrase: passphrase })
        .catch(unauthorizedAs("That name and recovery code don't match."));
      rememberAccountName(recovered.user.name);
      setPassphrase('');
      setCode('');
      session.showRecoveryCode({
        code: recovered.recoveryCode,
        accountName: recovered.user.name,
        occasion: 'recovered',
      });
      await session.refresh();
    });
  };

  return (
    <div className="narrow stack-l">
      <PageHeader title="Set a new passphrase" eyebrow="Forgot your passphrase?">
        <p>
          With the recovery code you saved when you made your account, you can choose a new passphrase. Your
          old recovery code then stops working, and you get a new one to keep.
        </p>
      </PageHeader>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorSummary problem={action.problem} fields={FIELDS} />
        <TextField
          id={FIELDS.name.id}
          label={FIELDS.name.label}
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
        <TextField
          id={FIELDS.recoveryCode.id}
          label={FIELDS.recoveryCode.label}
          className="field--code"
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          safetyAware={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={action.fieldError('recoveryCode')}
          required
        />
        <PassphraseField
          id={FIELDS.newPassphrase.id}
          label={FIELDS.newPassphrase.label}
          hint="At least 12 characters."
          purpose="new"
          name="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={action.fieldError('newPassphrase')}
          required
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Set new passphrase
          </Button>
        </div>
      </form>
      <p>
        Remembered it after all? <Link to="/sign-in">Sign in</Link>
      </p>
      <p className="muted">
        Without your passphrase and without your recovery code, nobody, Haven included, can open what you
        wrote. That is what keeps it private.
      </p>
    </div>
  );
}
