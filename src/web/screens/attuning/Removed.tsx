import { useEffect, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { CloseIcon } from '../../components/icons.js';
import { InlineError } from '../../components/InlineError.js';
import { useRecordChanges } from '../../data/records.js';

export interface Removal {
  id: string;
  /** What was removed, in a few words ("Honesty", "Your entry"). */
  label: string;
}

/**
 * Said in the place where something was just removed, with a way to bring it
 * back. It takes focus, since the control that was pressed has gone with the
 * item, so keyboard users land on Undo. Undoing refreshes every list of that kind.
 */
export function RemovedNotice({
  removal,
  onRestored,
  onClose,
}: {
  removal: Removal;
  onRestored: () => void;
  onClose: () => void;
}) {
  const changes = useRecordChanges();
  const undoRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    undoRef.current?.focus();
  }, [removal.id]);

  const undo = async () => {
    setPending(true);
    setProblem(null);
    try {
      await changes.restore(removal.id);
      onRestored();
    } catch (error) {
      setProblem(toProblem(error).title);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="removed-notice" role="status">
      <p className="removed-notice__text">{removal.label} removed.</p>
      <div className="removed-notice__actions">
        <Button ref={undoRef} small variant="secondary" busy={pending} onClick={() => void undo()}>
          Undo
        </Button>
        <button type="button" className="icon-button removed-notice__close" onClick={onClose}>
          <CloseIcon />
          <span className="visually-hidden">Dismiss</span>
        </button>
      </div>
      {problem && <InlineError>{problem}</InlineError>}
    </div>
  );
}
