import { useState, type SubmitEvent } from 'react';
import { ProblemError } from '../../api/client.js';
import { useSession, useSignedInUser } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { useAction } from '../../components/useAction.js';
import { wrongPassphrase } from './wrong-passphrase.js';

const FIELDS = { passphrase: { id: 'recovery-code-passphrase', label: 'Your passphrase' } };

export function RecoveryCodeSection() {
  const session = useSession();
  const user = useSignedInUser();
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.run(async () => {
      if (!passphrase) {
        throw ProblemError.invalid('Your passphrase is needed.', [
          { path: 'passphrase', message: 'Please enter your passphrase.' },
        ]);
      }
      const { recoveryCode } = await session.api
        .newRecoveryCode({ passphrase })
        .catch(wrongPassphrase('passphrase'));
      setPassphrase('');
      session.showRecoveryCode({ code: recoveryCode, accountName: user.name, occasion: 'replaced' });
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>
        If you have lost your recovery code, or think someone else may have seen it, you can make a new one.
        The old code stops working straight away.
      </p>
      <ErrorSummary problem={action.problem} fields={FIELDS} />
      <PassphraseField
        id={FIELDS.passphrase.id}
        label={FIELDS.passphrase.label}
        purpose="current"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        error={action.fieldError('passphrase')}
        required
      />
      <div className="button-row">
        <Button type="submit" busy={action.pending}>
          Make a new recovery code
        </Button>
      </div>
    </form>
  );
}
