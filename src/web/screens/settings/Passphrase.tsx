import { useState, type SubmitEvent } from 'react';
import { ProblemError } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { passphraseRuleError } from '../../lib/passphrase.js';
import { wrongPassphrase } from './wrong-passphrase.js';

const FIELDS = {
  currentPassphrase: { id: 'change-current-passphrase', label: 'Current passphrase' },
  newPassphrase: { id: 'change-new-passphrase', label: 'New passphrase' },
};

export function PassphraseSection() {
  const { api } = useSession();
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [endOthers, setEndOthers] = useState(true);
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        const nextError = passphraseRuleError(next);
        const errors = [
          ...(current
            ? []
            : [{ path: 'currentPassphrase', message: 'Please enter your current passphrase.' }]),
          ...(nextError ? [{ path: 'newPassphrase', message: nextError }] : []),
        ];
        if (errors.length > 0) throw ProblemError.invalid('A little more is needed.', errors);
        await api
          .changePassphrase({ currentPassphrase: current, newPassphrase: next, endOtherSessions: endOthers })
          .catch(wrongPassphrase('currentPassphrase'));
      })
      .then((result) => {
        if (!result.ok) return;
        setCurrent('');
        setNext('');
        toast.show(
          endOthers
            ? 'Your passphrase is changed, and your other sessions are signed out.'
            : 'Your passphrase is changed.',
          'success',
        );
      });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>
        Your writing stays as it is; only the key that opens it changes. Your recovery code keeps working.
      </p>
      <ErrorSummary problem={action.problem} fields={FIELDS} />
      <PassphraseField
        id={FIELDS.currentPassphrase.id}
        label={FIELDS.currentPassphrase.label}
        purpose="current"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={action.fieldError('currentPassphrase')}
        required
      />
      <PassphraseField
        id={FIELDS.newPassphrase.id}
        label={FIELDS.newPassphrase.label}
        hint="At least 12 characters."
        purpose="new"
        value={next}
        onChange={(event) => setNext(event.target.value)}
        error={action.fieldError('newPassphrase')}
        required
      />
      <Checkbox
        label="Also sign out everywhere else"
        hint="Any other device signed in to this account will need the new passphrase."
        checked={endOthers}
        onChange={(event) => setEndOthers(event.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          Change passphrase
        </Button>
      </div>
    </form>
  );
}
