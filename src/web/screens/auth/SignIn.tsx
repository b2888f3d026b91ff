import { Link } from 'react-router';
import { signInBody } from '../../../core/api/auth.js';
import { useSession, type SignedOutReason } from '../../app/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SchemaForm } from '../../components/SchemaForm.js';
import { useSchemaForm } from '../../components/useSchemaForm.js';
import { rememberAccountName, rememberedAccountName } from '../../lib/storage.js';
import { AccountNameField, AccountPassphraseField } from './fields.js';
import { sessionNotKept, unauthorizedAs } from './problems.js';
import { PLACES } from '../../../core/practices/catalogue.js';

/** The /sign-in route. */
export function SignInScreen() {
  const { state } = useSession();
  return <SignInForm reason={state.status === 'signed-out' ? state.reason : 'none'} />;
}

const FIELDS = {
  name: { id: 'sign-in-name', label: 'Account name' },
  passphrase: { id: 'sign-in-passphrase', label: 'Passphrase' },
};

/** Sign in; also shown in place of a screen whose session ended, which stays underneath. */
export function SignInForm({ reason }: { reason: SignedOutReason }) {
  const session = useSession();
  const { state } = session;
  const form = useSchemaForm({
    schema: signInBody,
    fields: FIELDS,
    initial: () => ({
      name: state.status === 'signed-out' && state.lastUser ? state.lastUser.name : rememberedAccountName(),
      passphrase: '',
    }),
    invalidTitle: 'A little more is needed to sign in.',
    forget: ['passphrase'],
    submit: async (body) => {
      await session.api.signIn(body).catch(unauthorizedAs("That name and passphrase don't match."));
      rememberAccountName(body.name);
      if (!(await session.refresh())) throw sessionNotKept();
    },
  });

  const heading = HEADINGS[reason];
  return (
    <div className="narrow stack-l">
      <PageHeader title={heading.title}>
        <p>{heading.intro}</p>
      </PageHeader>
      <SchemaForm form={form} submitLabel="Sign in">
        <AccountNameField {...form.field('name')} />
        <AccountPassphraseField {...form.field('passphrase')} purpose="current" />
      </SchemaForm>
      <ul className="link-list">
        <li>
          <Link to={PLACES.recover}>Forgot your passphrase?</Link>
        </li>
        <li>
          New here? <Link to={PLACES.signUp}>Create an account</Link>
        </li>
      </ul>
    </div>
  );
}

const HEADINGS: Record<SignedOutReason, { title: string; intro: string }> = {
  none: { title: 'Welcome back', intro: 'Sign in with your account name and passphrase.' },
  locked: { title: 'Haven is locked', intro: 'Sign in again whenever you are ready.' },
  expired: {
    title: 'Your session ended',
    intro: 'Your session ended, please sign in again. The page you were on will be right where you left it.',
  },
  deleted: { title: 'Welcome', intro: 'Sign in with your account name and passphrase.' },
};
