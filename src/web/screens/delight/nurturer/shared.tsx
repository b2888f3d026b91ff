import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { pathTo, type PracticeId } from '../../../../core/practices/catalogue.js';
import type { RecordKindName } from '../../../../core/records/registry.js';
import { useDrafts } from '../../../app/session.js';
import { Button } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import type { Autosaver } from '../../../data/autosave.js';
import { useRecordChanges } from '../../../data/records.js';
import { Grounding } from '../../../safety/Grounding.js';
import '../../../styles/safety.css';

/**
 * What the three self-compassion practices share: where a new piece of
 * writing starts (this device's unsaved draft, or nothing yet), a numbered
 * step, grounding one press away, and deleting with a confirmation.
 */

/** A new record's editor starts from this device's draft of it, if there is one. */
export function useNewStart<F>(
  kind: RecordKindName,
  userId: string,
  parse: (value: unknown) => F | undefined,
  empty: F,
): { id: null; fields: F; restored: boolean } {
  const drafts = useDrafts();
  const [start] = useState(() => {
    const draft = drafts.read(userId, `${kind}.new`, parse);
    return { id: null, fields: draft?.value ?? empty, restored: Boolean(draft) };
  });
  return start;
}

/** Whether there are unsaved words for a new record of `kind` on this device: "carry on" instead of "begin". */
export function useHasNewDraft(kind: RecordKindName, userId: string): boolean {
  const drafts = useDrafts();
  return drafts.read(userId, `${kind}.new`, (value) => value) !== undefined;
}

/** One step of a guided piece of writing: its number, its title, and what it asks. */
export function Step({
  id,
  number,
  title,
  children,
}: {
  id: string;
  number: number;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} className="stack nurturer-step">
      <h2 id={id} className="subsection-title">
        <span className="nurturer-step__number" aria-hidden="true">
          {number}
        </span>{' '}
        {title}
      </h2>
      {children}
    </Card>
  );
}

/**
 * For when the writing turns heavy: a few steps back to the room, right here,
 * and ways to slow the body down. "Get help now" stays in the header.
 */
export function GroundingOffer() {
  const [open, setOpen] = useState(false);
  const focus = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) focus.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <p className="nurturer-grounding-offer">
        <Button variant="quiet" small onClick={() => setOpen(true)}>
          This is getting to be a lot
        </Button>
        <span className="muted">
          Your words are kept. You can stop here, or take a moment to come back to the room.
        </span>
      </p>
    );
  }
  return (
    <Card as="div" className="nurturer-grounding stack">
      <div ref={focus} tabIndex={-1} className="nurturer-grounding__focus">
        <Grounding headingLevel={2} />
      </div>
      <p>
        If your body is running fast, you might{' '}
        <Link to={`${pathTo('breathing')}?minutes=1`}>breathe slowly with a guide</Link> for a minute, or turn
        to <Link to={pathTo('soothing')}>your soothing kit</Link>. What you wrote here stays, ready for when
        you come back.
      </p>
      <div className="button-row">
        <Button small onClick={() => setOpen(false)}>
          Put grounding away
        </Button>
      </div>
    </Card>
  );
}

/** Deleting a kept record, after a question: it goes to the trash, and the page goes back to its list. */
export function DeleteKept({
  kind,
  id,
  saver,
  practice,
  what,
}: {
  kind: RecordKindName;
  id: string | null;
  saver: Pick<Autosaver<unknown>, 'cancel'>;
  practice: PracticeId;
  /** What is deleted, in a few words: "this practice", "this part". */
  what: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const changes = useRecordChanges();
  const navigate = useNavigate();
  const toast = useToast();
  if (!id) return null;
  return (
    <>
      <div className="button-row">
        <Button small variant="quiet" onClick={() => setConfirming(true)}>
          Delete {what}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${what}?`}
        description={<p>It moves to the trash in your settings, where you can bring it back.</p>}
        confirmLabel="Delete"
        pending={action.pending}
        problem={action.problem}
        onConfirm={() =>
          void action
            .run(async () => {
              saver.cancel();
              await changes.remove(kind, id);
            })
            .then((result) => {
              if (!result.ok) return;
              toast.show('Moved to the trash.', 'success');
              void navigate(pathTo(practice));
            })
        }
      />
    </>
  );
}

/** A record's day, as a person reads it. */
export function dayOf(iso: string): string {
  return new Date(iso).toLocaleDateString([], { dateStyle: 'medium' });
}
