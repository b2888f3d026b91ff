import { Link } from 'react-router';
import { recoverBody } from '../../../core/api/auth.js';
import { useSession } from '../../app/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SchemaForm } from '../../components/SchemaForm.js';
import { TextField } from '../../components/TextField.js';
import { useSchemaForm } from '../../components/useSchemaForm.js';
import { rememberedAccountName } from '../../lib/storage.js';
import { AccountNameField, AccountPassphraseField } from './fields.js';
import { unauthorizedAs } from './problems.js';
import { showNewRecoveryCode } from './session-start.js';
import { PLACES } from '../../../core/practices/catalogue.js';

const FIELDS = {
  name: { id: 'recover-name', label: 'Account name' },
  recoveryCode: { id: 'recover-code', label: 'Recovery code' },
  newPassphrase: { id: 'recover-passphrase', label: 'New passphrase' },
};

export function RecoverScreen() {
  const session = useSession();
  const form = useSchemaForm({
    schema: recoverBody,
    fields: FIELDS,
    initial: () => ({ name: rememberedAccountName(), recoveryCode: '', newPassphrase: '' }),
    invalidTitle: 'A little more is needed.',
    forget: ['recoveryCode', 'newPassphrase'],
    submit: async (body) => {
      const recovered = await session.api
        .recover(body)
        .catch(unauthorizedAs("That name and recovery code don't match."));
      await showNewRecoveryCode(session, recovered, 'recovered');
    },
  });

  return (
    <div className="narrow stack-l">
      <PageHeader title="Set a new passphrase" eyebrow="Forgot your passphrase?">
        <p>
          With the recovery code you saved when you made your account, you can choose a new passphrase. Your
          old recovery code then stops working, and you get a new one to keep.
        </p>
      </PageHeader>
      <SchemaForm form={form} submitLabel="Set new passphrase">
        <AccountNameField {...form.field('name')} />
        <TextField
          {...form.field('recoveryCode')}
          className="field--code"
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          safetyAware={false}
          required
        />
        <AccountPassphraseField
          {...form.field('newPassphrase')}
          purpose="new"
          hint="At least 12 characters."
        />
      </SchemaForm>
      <p>
        Remembered it after all? <Link to={PLACES.signIn}>Sign in</Link>
      </p>
      <p className="muted">
        Without your passphrase and without your recovery code, nobody, Haven included, can open what you
        wrote. That is what keeps it private.
      </p>
    </div>
  );
}
