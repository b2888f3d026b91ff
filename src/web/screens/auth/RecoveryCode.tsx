import { useEffect, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSession, type PendingRecoveryCode } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { CopyIcon, DownloadIcon } from '../../components/icons.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useToast } from '../../components/Toast.js';
import { downloadBlob } from '../../lib/download.js';
import { groupRecoveryCode, recoveryCodeFile } from '../../lib/recovery-code.js';
import { PLACES } from '../../../core/practices/catalogue.js';

const INTROS: Record<PendingRecoveryCode['occasion'], { title: string; intro: string }> = {
  'signed-up': {
    title: 'Save your recovery code',
    intro:
      'If you ever forget your passphrase, this code lets you set a new one. It is shown only this once, so please keep it somewhere safe and private, such as a password manager or a printed page.',
  },
  recovered: {
    title: 'Your new recovery code',
    intro:
      'Your passphrase is changed and your old recovery code no longer works. Here is a new one. It is shown only this once.',
  },
  replaced: {
    title: 'Your new recovery code',
    intro: 'Your old recovery code no longer works. Here is the new one. It is shown only this once.',
  },
};

/**
 * Shows a recovery code once, with ways to keep it, and asks the person to
 * confirm they saved it before going on. It stands in for whatever screen
 * is routed until then.
 */
export function RecoveryCodeScreen({ pending }: { pending: PendingRecoveryCode }) {
  const { state, acknowledgeRecoveryCode } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const groups = groupRecoveryCode(pending.code);
  const copy = INTROS[pending.occasion];

  // Leaving the page now would lose the code for good; the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const copyCode = () => {
    navigator.clipboard.writeText(pending.code).then(
      () => toast.show('Recovery code copied.', 'success'),
      () => toast.show('Copying did not work here. You could select the code and copy it by hand.', 'error'),
    );
  };

  const download = () => {
    const text = recoveryCodeFile(pending.code, pending.accountName, new Date());
    downloadBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), 'haven-recovery-code.txt');
  };

  const proceed = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!saved) {
      setError(
        'Please confirm you have saved your recovery code. Without it, a forgotten passphrase cannot be undone.',
      );
      return;
    }
    acknowledgeRecoveryCode();
    if (pending.occasion === 'replaced') toast.show('Your new recovery code is in place.', 'success');
    else void navigate(state.status === 'signed-in' ? PLACES.home : PLACES.signIn, { replace: true });
  };

  return (
    <div className="narrow stack-l">
      <PageHeader title={copy.title}>
        <p>{copy.intro}</p>
      </PageHeader>
      <div className="recovery-code-box stack">
        <p className="recovery-code-box__label">
          Recovery code for <strong>{pending.accountName}</strong>
        </p>
        <p className="recovery-code" data-testid="recovery-code">
          <code>
            {groups.map((group, index) => (
              <span key={index} className="recovery-code__group">
                {group}
                {index < groups.length - 1 ? ' ' : ''}
              </span>
            ))}
          </code>
        </p>
        <div className="button-row">
          <Button onClick={copyCode}>
            <CopyIcon />
            Copy
          </Button>
          <Button onClick={download}>
            <DownloadIcon />
            Download as .txt
          </Button>
        </div>
      </div>
      <p className="plain-truth">
        Without your passphrase and without this code, nobody — Haven included — can read what you write here.
      </p>
      <form className="stack" onSubmit={proceed} noValidate>
        <Checkbox
          label="I have saved my recovery code somewhere safe"
          checked={saved}
          onChange={(event) => {
            setSaved(event.target.checked);
            if (event.target.checked) setError(undefined);
          }}
          error={error}
          required
        />
        <div className="button-row">
          <Button type="submit" variant="primary">
            Continue
          </Button>
        </div>
      </form>
    </div>
  );
}
