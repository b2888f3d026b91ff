import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemError } from '../../api/client.js';
import { useSession, useSignedInUser } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { forgetAccountName } from '../../lib/storage.js';
import { wrongPassphrase } from './wrong-passphrase.js';
import { PLACES } from '../../../core/practices/catalogue.js';

const FIELDS = {
  confirmName: { id: 'delete-confirm-name', label: 'Account name' },
  passphrase: { id: 'delete-passphrase', label: 'Passphrase' },
};

export function DeleteAccountSection() {
  const session = useSession();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [confirmName, setConfirmName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setConfirmName('');
      setPassphrase('');
      action.reset();
    }
  };

  const confirm = () => {
    void action
      .run(async () => {
        const errors = [
          ...(confirmName === user.name
            ? []
            : [{ path: 'confirmName', message: `Type your account name exactly as it is: ${user.name}` }]),
          ...(passphrase ? [] : [{ path: 'passphrase', message: 'Please enter your passphrase.' }]),
        ];
        if (errors.length > 0)
          throw ProblemError.invalid('Please confirm with your name and passphrase.', errors);
        await session.api.deleteAccount({ passphrase, confirmName }).catch(wrongPassphrase('passphrase'));
      })
      .then((result) => {
        if (!result.ok) return;
        forgetAccountName();
        void navigate(PLACES.goodbye, { replace: true });
        session.ended('deleted');
      });
  };

  return (
    <div className="stack">
      <p>
        Deleting your account removes it and everything you have written from Haven for good. It cannot be
        undone. If you might want your writing later, export it first.
      </p>
      <div className="button-row">
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title="Delete your account?"
        description={
          <p>
            Everything in <strong>{user.name}</strong> will be gone for good, and nobody can bring it back. To
            confirm, type your account name, then your passphrase.
          </p>
        }
        confirmLabel="Delete everything"
        pending={action.pending}
        problem={action.problem}
        fields={FIELDS}
        onConfirm={confirm}
      >
        <TextField
          id={FIELDS.confirmName.id}
          label={FIELDS.confirmName.label}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          safetyAware={false}
          value={confirmName}
          onChange={(event) => setConfirmName(event.target.value)}
          error={action.fieldError('confirmName')}
          required
        />
        <PassphraseField
          id={FIELDS.passphrase.id}
          label={FIELDS.passphrase.label}
          purpose="current"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={action.fieldError('passphrase')}
          required
        />
      </ConfirmDialog>
    </div>
  );
}
