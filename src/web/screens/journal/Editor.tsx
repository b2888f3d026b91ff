import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { journalTitle } from '../../../core/attuning/kinds.js';
import { pickPrompt } from '../../../core/attuning/prompts.js';
import { toProblem, type ProblemError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SaveStatusLine } from '../../components/SaveStatusLine.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useRecordChanges } from '../../data/records.js';
import { useDrafts } from '../../app/session.js';
import { useAutosaved } from '../../data/useAutosaved.js';
import { hasWords, tagsFrom, toPayload, type Fields, type Start } from './fields.js';
import { renderMarkdownLite } from './markdown.js';
import { MindReadingPause } from './MindReadingPause.js';
import { CriticEcho } from '../turning/CriticEcho.js';
import { pathTo } from '../../../core/practices/catalogue.js';

/** The writing itself: autosaved as you go, with a draft on this device first. */
export function Editor({ start, userId }: { start: Start; userId: string }) {
  const changes = useRecordChanges();
  const toast = useToast();
  const navigate = useNavigate();
  const drafts = useDrafts();
  const {
    fields,
    change,
    id: entryId,
    status,
    stuck,
    saver,
  } = useAutosaved({
    kind: 'journal',
    userId,
    start,
    toPayload,
    isEmpty: (value: Fields) => !hasWords(value),
    // The address changes without a router navigation: that would move focus away from the writing.
    onCreated: (id) => window.history.replaceState(window.history.state, '', pathTo('journal', id)),
  });
  const [reading, setReading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState<{ pending: boolean; problem: ProblemError | null }>({
    pending: false,
    problem: null,
  });

  const remove = async () => {
    const id = saver.id();
    if (!id) return;
    setDeleting({ pending: true, problem: null });
    try {
      saver.cancel();
      await changes.remove('journal', id);
      drafts.clear(userId, `journal.${id}`);
      void navigate(pathTo('journal'), {
        state: { removed: { id, label: `“${journalTitle(toPayload(fields))}”` } },
      });
    } catch (error) {
      setDeleting({ pending: false, problem: toProblem(error) });
    }
  };

  const openCheckin = async () => {
    await saver.flush();
    const id = saver.id();
    if (!id) toast.show('Your entry is not saved yet, so this check-in opens on its own.', 'info');
    void navigate(id ? `${pathTo('checkin')}?journal=${id}` : pathTo('checkin'));
  };

  const anotherPrompt = () => {
    const next = pickPrompt({
      random: Math.random,
      ...(fields.promptId ? { excludeIds: [fields.promptId] } : {}),
    });
    change({ promptId: next.id, prompt: next.text });
  };

  return (
    <div className="attuning stack-l">
      <p>
        <Link to={pathTo('journal')}>Back to all entries</Link>
      </p>
      <PageHeader title={entryId ? 'Journal entry' : 'New journal entry'} eyebrow="Journal">
        {start.createdAt && <p>Started {new Date(start.createdAt).toLocaleDateString()}</p>}
      </PageHeader>
      {start.restored && (
        <p className="attuning-note">Haven brought back what you were writing on this device.</p>
      )}
      <div className="journal-editor stack">
        {fields.prompt && (
          <div className="stack-s">
            <blockquote className="journal-prompt">{fields.prompt}</blockquote>
            {!entryId && (
              <div className="button-row">
                <Button small variant="quiet" onClick={anotherPrompt}>
                  Another prompt
                </Button>
                <Button
                  small
                  variant="quiet"
                  onClick={() => change({ promptId: undefined, prompt: undefined })}
                >
                  Write freely instead
                </Button>
              </div>
            )}
          </div>
        )}
        <div className="journal-editor__bar">
          <SaveStatusLine status={status} />
          <Button small variant="quiet" aria-pressed={reading} onClick={() => setReading((r) => !r)}>
            {reading ? 'Keep writing' : 'Read it back'}
          </Button>
        </div>
        {stuck && <InlineError>{stuck.title}</InlineError>}
        {reading ? (
          <article className="journal-reading card" aria-label="Your entry, as it reads">
            {fields.title.trim() && <h2 className="subsection-title">{fields.title.trim()}</h2>}
            {fields.body.trim() ? (
              <div className="journal-reading__body">{renderMarkdownLite(fields.body)}</div>
            ) : (
              <p className="muted">Nothing written yet.</p>
            )}
            {fields.tags.trim() && <p className="muted">Tags: {tagsFrom(fields.tags).join(', ')}</p>}
          </article>
        ) : (
          <>
            <TextField
              label="Title (optional)"
              value={fields.title}
              maxLength={200}
              onChange={(event) => change({ title: event.target.value })}
            />
            <TextArea
              label="Your writing"
              hint="You can use **bold**, *italic*, and lines starting with “- ” for a list."
              rows={12}
              className="journal-editor__body"
              value={fields.body}
              onChange={(event) => change({ body: event.target.value })}
            />
            <MindReadingPause
              body={fields.body}
              entryKey={entryId ?? 'new'}
              onCheckin={() => void openCheckin()}
            />
            <CriticEcho text={fields.body} />
            <TextField
              label="Tags (optional)"
              hint="Separate them with commas."
              value={fields.tags}
              onChange={(event) => change({ tags: event.target.value })}
            />
          </>
        )}
        {entryId && (
          <div className="button-row journal-editor__end">
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              Delete entry
            </Button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this entry?"
        description={<p>It leaves your journal. You can undo this straight afterwards.</p>}
        confirmLabel="Delete entry"
        pending={deleting.pending}
        problem={deleting.problem}
        onConfirm={() => void remove()}
      />
    </div>
  );
}
