import { useState, type SubmitEvent } from 'react';
import { APPRECIATION_PROMPTS } from '../../../core/delight/appreciations.js';
import { letterDay } from '../../../core/delight/letters.js';
import { ProblemError, toProblem } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import { Chip, ChipList } from '../attuning/Chips.js';
import { RemovedNotice, type Removal } from '../attuning/Removed.js';
import { ownZone } from './letterData.js';
import { APPRECIATION_DRAFT } from './drafts.js';
import { useLocalDraft } from '../../data/useLocalDraft.js';
import '../../styles/attuning.css';
import '../../styles/delight.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** A growing list of what I appreciate about myself, each dated, with a moment that shows it if I like. */
export function AppreciationsScreen() {
  const list = useAllRecords('appreciation');
  return (
    <div className="delight stack-xl">
      <PageHeader title="What I appreciate about me" eyebrow="Expressed delight">
        <p>
          Qualities, things you did, ways you handled something. Haven brings them back to you on harder days.
        </p>
      </PageHeader>
      <AddAppreciation />
      <QueryBoundary query={list} loading="Finding your list…">
        {(items) => <AppreciationList items={items} />}
      </QueryBoundary>
    </div>
  );
}

function AddAppreciation() {
  const changes = useRecordChanges();
  const action = useAction();
  // Unkept words stay a draft on this device, through leaving and coming back.
  const draft = useLocalDraft(APPRECIATION_DRAFT);
  const { text, evidence, promptId } = draft.value;
  const setText = (next: string) => draft.change({ text: next });
  const setEvidence = (next: string) => draft.change({ evidence: next });
  const setPromptId = (next: string | null) => draft.change({ promptId: next });
  const prompt = APPRECIATION_PROMPTS.find((p) => p.id === promptId);

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      if (!text.trim()) {
        throw ProblemError.invalid('Write what you appreciate first.', [
          { path: 'payload.text', message: 'A few words are enough' },
        ]);
      }
      return changes.create({
        kind: 'appreciation',
        payload: {
          text: text.trim(),
          ...(evidence.trim() ? { evidence: evidence.trim() } : {}),
          ...(promptId ? { promptId } : {}),
        },
      });
    });
    if (result.ok) draft.done();
  };

  return (
    <Card as="section" aria-labelledby="add-appreciation" className="stack">
      <h2 id="add-appreciation" className="section-title">
        Add to your list
      </h2>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{
            'payload.text': { id: 'appreciation-text', label: 'Something you appreciate about yourself' },
          }}
        />
        {prompt && <p className="delight-prompt">{prompt.text}</p>}
        <TextField
          id="appreciation-text"
          label="Something you appreciate about yourself"
          maxLength={500}
          value={text}
          error={action.fieldError('payload.text')}
          onChange={(event) => setText(event.target.value)}
        />
        <TextArea
          label="When I… (optional)"
          hint="A moment that shows it, if one comes to mind."
          rows={3}
          maxLength={2000}
          value={evidence}
          onChange={(event) => setEvidence(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep it
          </Button>
        </div>
      </form>
      <details className="ideas">
        <summary className="ideas__summary">If it is hard to start</summary>
        <ChipList label="Prompts">
          {APPRECIATION_PROMPTS.map((p) => (
            <li key={p.id}>
              <Chip pressed={promptId === p.id} onToggle={() => setPromptId(promptId === p.id ? null : p.id)}>
                {p.text}
              </Chip>
            </li>
          ))}
        </ChipList>
      </details>
    </Card>
  );
}

function AppreciationList({ items }: { items: Kept<'appreciation'>[] }) {
  const changes = useRecordChanges();
  const zone = ownZone();
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async (item: Kept<'appreciation'>) => {
    setRemoving(item.record.id);
    setProblem(null);
    try {
      await changes.remove('appreciation', item.record.id);
      setRemoval({ id: item.record.id, label: `“${item.payload.text}”` });
    } catch (error) {
      setProblem(toProblem(error).title);
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="appreciation-list" className="stack">
      <h2 id="appreciation-list" className="section-title">
        Your list
        {items.length > 0 && <span className="delight-count"> ({items.length})</span>}
      </h2>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => setRemoval(null)}
        />
      )}
      {problem && <InlineError>{problem}</InlineError>}
      {items.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>The first one can be small. Something you did today counts.</p>
        </EmptyState>
      ) : (
        <ul className="appreciation-list" role="list">
          {items.map((item) => (
            <li key={item.record.id} className={cx('appreciation', arrival(item.record))}>
              <div className="appreciation__words">
                <p className="appreciation__text">{item.payload.text}</p>
                {item.payload.evidence && <p className="appreciation__evidence">{item.payload.evidence}</p>}
                <p className="appreciation__date muted">{letterDay(item.record.occurredAt, zone)}</p>
              </div>
              <Button
                small
                variant="quiet"
                busy={removing === item.record.id}
                onClick={() => void remove(item)}
              >
                Remove<span className="visually-hidden"> “{item.payload.text}”</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
