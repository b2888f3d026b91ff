import { Link } from 'react-router';
import { signUpBody } from '../../../core/api/auth.js';
import { useSession } from '../../app/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SchemaForm } from '../../components/SchemaForm.js';
import { useSchemaForm } from '../../components/useSchemaForm.js';
import { AccountNameField, AccountPassphraseField } from './fields.js';
import { showNewRecoveryCode } from './session-start.js';
import { PLACES } from '../../../core/practices/catalogue.js';

const FIELDS = {
  name: { id: 'sign-up-name', label: 'Account name' },
  passphrase: { id: 'sign-up-passphrase', label: 'Passphrase' },
};

export function SignUpScreen() {
  const session = useSession();
  const form = useSchemaForm({
    schema: signUpBody,
    fields: FIELDS,
    initial: { name: '', passphrase: '' },
    invalidTitle: 'A little more is needed to create your account.',
    forget: ['passphrase'],
    submit: async (body) => showNewRecoveryCode(session, await session.api.signUp(body), 'signed-up'),
  });

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
      <SchemaForm form={form} submitLabel="Create account">
        <AccountNameField
          {...form.field('name')}
          hint="Only you use this, to sign in. It doesn't need to be your real name."
        />
        <AccountPassphraseField
          {...form.field('passphrase')}
          purpose="new"
          hint="At least 12 characters. A few unrelated words work well, and a password manager is welcome."
        />
      </SchemaForm>
      {session.health?.hasAccounts !== false && (
        <p>
          Already have an account? <Link to={PLACES.signIn}>Sign in</Link>
        </p>
      )}
    </div>
  );
}
