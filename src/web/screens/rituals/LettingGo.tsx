import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { RecordKindName } from '../../../core/records/registry.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges } from '../../data/records.js';
import '../../styles/rituals.css';

/**
 * The foot of a form for something kept (a ritual, a Secure Self): what
 * letting it go means, any gentler choice beside it, and deleting it after a
 * question. It goes to the trash, and the page goes back to `back`.
 */
export function LettingGo({
  id,
  heading,
  kind,
  recordId,
  deleteLabel,
  question,
  description,
  back,
  actions,
  children,
}: {
  /** The heading's id, for the section's name. */
  id: string;
  heading: string;
  kind: RecordKindName;
  recordId: string;
  deleteLabel: string;
  question: string;
  /** What deleting does, said in the question. */
  description: string;
  back: string;
  /** Choices shown before deleting (letting a ritual rest). */
  actions?: ReactNode;
  /** What letting go means here. */
  children: ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const changes = useRecordChanges();
  const navigate = useNavigate();
  const toast = useToast();
  const remove = () =>
    void action
      .run(() => changes.remove(kind, recordId))
      .then((result) => {
        if (!result.ok) return;
        setConfirming(false);
        toast.show('Moved to the trash. You can bring it back from Settings.', 'success');
        void navigate(back);
      });
  return (
    <section aria-labelledby={id} className="stack-s ritual-more">
      <h2 id={id} className="subsection-title">
        {heading}
      </h2>
      <p className="muted">{children}</p>
      <div className="button-row">
        {actions}
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {deleteLabel}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={question}
        description={description}
        confirmLabel="Delete"
        tone="danger"
        pending={action.pending}
        problem={action.problem}
        onConfirm={remove}
      />
    </section>
  );
}
