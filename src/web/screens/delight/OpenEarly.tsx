import { useState } from 'react';
import { useNavigate } from 'react-router';
import { letterDay } from '../../../core/delight/letters.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useAction } from '../../components/useAction.js';
import { ownZone, useOpenEarly } from './letterData.js';

/** "Open it now": a sealed letter is the person's own, so it opens early after one gentle question. */
export function OpenEarly({
  id,
  opensAt,
  prominent = false,
}: {
  id: string;
  opensAt: string;
  prominent?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const openEarly = useOpenEarly();
  const navigate = useNavigate();
  const confirm = async () => {
    const result = await action.run(() => openEarly(id));
    if (result.ok) {
      setAsking(false);
      await navigate(pathTo('letters', id));
    }
  };
  return (
    <>
      <Button small={!prominent} variant={prominent ? 'secondary' : 'quiet'} onClick={() => setAsking(true)}>
        Open it now
      </Button>
      <ConfirmDialog
        open={asking}
        onOpenChange={(open) => {
          setAsking(open);
          if (!open) action.reset();
        }}
        title="Open it before its day?"
        description={
          <p>
            You chose {letterDay(opensAt, ownZone())} for this letter. It is yours, so you can open it now if
            you want to. It stays open after that.
          </p>
        }
        confirmLabel="Open it now"
        cancelLabel="Keep it sealed"
        tone="primary"
        pending={action.pending}
        problem={action.problem}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
