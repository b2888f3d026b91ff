import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { ProblemError } from '../../api/client.js';
import { useSession, type SignedOutReason } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { rememberAccountName, rememberedAccountName } from '../../lib/storage.js';
import { sessionNotKept, unauthorizedAs } from './problems.js';

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
  const [name, setName] = useState(() =>
    state.status === 'signed-out' && state.lastUser ? state.lastUser.name : rememberedAccountName(),
  );
  const [passphrase, setPassphrase] = useState('');
  const action = useAction();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action.run(async () => {
      const accountName = name.trim();
      const missing = [
        ...(accountName ? [] : [{ path: 'name', message: 'Please enter your account name.' }]),
        ...(passphrase ? [] : [{ path: 'passphrase', message: 'Please enter your passphrase.' }]),
      ];
      if (missing.length > 0) throw ProblemError.invalid('A little more is needed to sign in.', missing);
      await session.api
        .signIn({ name: accountName, passphrase })
        .catch(unauthorizedAs("That name and passphrase don't match."));
      rememberAccountName(accountName);
      setPassphrase('');
      if (!(await session.refresh())) throw sessionNotKept();
    });
  };

  const heading = HEADINGS[reason];
  return (
    <div className="narrow stack-l">
      <PageHeader title={heading.title}>
        <p>{heading.intro}</p>
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
        <PassphraseField
          id={FIELDS.passphrase.id}
          label={FIELDS.passphrase.label}
          purpose="current"
          name="password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={action.fieldError('passphrase')}
          required
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Sign in
          </Button>
        </div>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/recover">Forgot your passphrase?</Link>
        </li>
        <li>
          New here? <Link to="/sign-up">Create an account</Link>
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
