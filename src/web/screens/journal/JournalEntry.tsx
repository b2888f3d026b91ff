import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { promptById } from '../../../core/attuning/prompts.js';
import { useDrafts, useSignedInUser } from '../../app/session.js';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useRecord, type Kept } from '../../data/records.js';
import { newerDraft } from '../../lib/drafts.js';
import { Editor } from './Editor.js';
import { fieldsShape, fromPayload, sameFields, type Start } from './fields.js';
import '../../styles/attuning.css';
import { pathTo } from '../../../core/practices/catalogue.js';

/** `/journal/new` and `/journal/:id`: one route, so saving a new entry never remounts the editor. */
export function JournalEntryScreen() {
  const { entryId = 'new' } = useParams();
  const user = useSignedInUser();
  // Another entry is another editor; the first autosave of a new one changes the address without this.
  return entryId === 'new' ? (
    <NewEntry key="new" userId={user.id} />
  ) : (
    <SavedEntry key={entryId} entryId={entryId} userId={user.id} />
  );
}

function NewEntry({ userId }: { userId: string }) {
  const [params] = useSearchParams();
  const drafts = useDrafts();
  const [start] = useState((): Start => {
    const draft = drafts.read(userId, 'journal.new', parseDraft);
    if (draft) return { id: null, fields: draft.value, restored: true, createdAt: null };
    const promptId = params.get('prompt');
    const prompt = promptId ? promptById(promptId) : undefined;
    return {
      id: null,
      fields: {
        title: '',
        body: '',
        tags: '',
        ...(prompt ? { promptId: prompt.id, prompt: prompt.text } : {}),
      },
      restored: false,
      createdAt: null,
    };
  });
  return <Editor start={start} userId={userId} />;
}

function SavedEntry({ entryId, userId }: { entryId: string; userId: string }) {
  const entry = useRecord(entryId, 'journal');
  // The editor opens on what the server holds now, not on an older copy in the cache.
  const fresh = entry.isFetchedAfterMount && !entry.isError ? entry.data : undefined;
  return (
    <QueryBoundary
      query={{ ...entry, data: fresh }}
      loading="Opening your entry…"
      failed={(problem) => (problem.status === 404 ? 'This entry is not here any more.' : problem.title)}
      actions={
        <ButtonLink small to={pathTo('journal')} variant="quiet">
          Back to the journal
        </ButtonLink>
      }
      around={(fallback) => (
        <div className="attuning stack-xl">
          <PageHeader title="Journal entry" eyebrow="Journal" />
          {fallback}
        </div>
      )}
    >
      {(kept) => <OpenedEntry kept={kept} userId={userId} />}
    </QueryBoundary>
  );
}

/** A saved entry, or this device's newer draft of it. */
function OpenedEntry({ kept, userId }: { kept: Kept<'journal'>; userId: string }) {
  const drafts = useDrafts();
  const [start] = useState((): Start => {
    const server = fromPayload(kept.payload);
    const draft = drafts.read(userId, `journal.${kept.record.id}`, parseDraft);
    const newer = newerDraft({ updatedAt: kept.record.updatedAt, value: server }, draft, sameFields);
    return {
      id: kept.record.id,
      fields: newer ?? server,
      restored: newer !== undefined,
      createdAt: kept.record.occurredAt,
    };
  });
  return <Editor start={start} userId={userId} />;
}

const parseDraft = (value: unknown) => fieldsShape.safeParse(value).data;
