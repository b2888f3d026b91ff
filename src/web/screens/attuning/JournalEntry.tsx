import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { journalSchema, journalTitle, type JournalPayload } from '../../../core/attuning/kinds.js';
import { detectMindReading, MIND_READING_PAUSE } from '../../../core/attuning/mindReading.js';
import { detectRisk } from '../../../core/safety/detector.js';
import { pickPrompt, promptById } from '../../../core/attuning/prompts.js';
import { toProblem, type ProblemError } from '../../api/client.js';
import { useApi, useSignedInUser } from '../../app/session.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { InlineError } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useQuery } from '../../components/useQuery.js';
import {
  clearDraft,
  deviceStorage,
  dismissNudgeFor,
  draftKey,
  mindReadingNudgeOn,
  newerDraft,
  nudgeDismissedFor,
  readDraft,
  setMindReadingNudge,
  writeDraft,
} from './drafts.js';
import { createAutosaver, type SaveStatus } from './autosave.js';
import { renderMarkdownLite } from './markdown.js';
import '../../styles/attuning.css';

/** The mind-reading check waits for a longer pause, so it never lands mid-thought. */
const NUDGE_MS = 1500;

const fieldsShape = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.string(),
  promptId: z.string().optional(),
  prompt: z.string().optional(),
});
type Fields = z.infer<typeof fieldsShape>;

interface Start {
  id: string | null;
  fields: Fields;
  restored: boolean;
  createdAt: string | null;
}

/** `/journal/new` and `/journal/:id`: one route, so saving a new entry never remounts the editor. */
export function JournalEntryScreen() {
  const { entryId = 'new' } = useParams();
  return <EntryLoader key={entryId} entryId={entryId} />;
}

function EntryLoader({ entryId }: { entryId: string }) {
  const api = useApi();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const promptParam = params.get('prompt');
  const load = useCallback(
    async (signal: AbortSignal): Promise<Start> => {
      const storage = deviceStorage();
      const parseDraft = (v: unknown) => fieldsShape.safeParse(v).data;
      if (entryId === 'new') {
        const draft = readDraft(storage, draftKey(user.id, 'journal.new'), parseDraft);
        if (draft) return { id: null, fields: draft.value, restored: true, createdAt: null };
        const prompt = promptParam ? promptById(promptParam) : undefined;
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
      }
      const record = await api.records.get(entryId, signal);
      const payload = journalSchema.parse(record.payload);
      const server = fromPayload(payload);
      const draft = readDraft(storage, draftKey(user.id, `journal.${entryId}`), parseDraft);
      const newer = newerDraft({ updatedAt: record.updatedAt, value: server }, draft, sameFields);
      return {
        id: record.id,
        fields: newer ?? server,
        restored: newer !== undefined,
        createdAt: record.occurredAt,
      };
    },
    [api, user.id, entryId, promptParam],
  );
  const { state, reload } = useQuery(load);

  if (state.status === 'loading') {
    return (
      <div className="attuning stack-xl">
        <PageHeader title="Journal entry" eyebrow="Journal" />
        <Loading label="Opening your entry…" />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="attuning stack-xl">
        <PageHeader title="Journal entry" eyebrow="Journal" />
        <div className="stack-s">
          <InlineError>
            {state.problem.status === 404 ? 'This entry is not here any more.' : state.problem.title}
          </InlineError>
          <div className="button-row">
            {state.problem.status !== 404 && (
              <Button small onClick={reload}>
                Try again
              </Button>
            )}
            <ButtonLink small to="/journal" variant="quiet">
              Back to the journal
            </ButtonLink>
          </div>
        </div>
      </div>
    );
  }
  return <Editor start={state.data} userId={user.id} />;
}

function Editor({ start, userId }: { start: Start; userId: string }) {
  const api = useApi();
  const toast = useToast();
  const navigate = useNavigate();
  const [fields, setFields] = useState<Fields>(start.fields);
  const [entryId, setEntryId] = useState<string | null>(start.id);
  const [status, setStatus] = useState<SaveStatus>(
    start.restored ? 'waiting' : start.id ? 'saved' : 'nothing',
  );
  const [stuck, setStuck] = useState<ProblemError | null>(null);
  const [reading, setReading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState<{ pending: boolean; problem: ProblemError | null }>({
    pending: false,
    problem: null,
  });

  const [saver] = useState(() => {
    const keyFor = (id: string | null) => draftKey(userId, `journal.${id ?? 'new'}`);
    return createAutosaver<Fields>(
      { id: start.id, value: start.fields, dirty: start.restored },
      {
        save: async (value, id) => {
          const payload = toPayload(value);
          const record = id
            ? await api.records.update(id, { payload })
            : await api.records.create({ kind: 'journal', payload });
          return record.id;
        },
        isEmpty: (value) => !hasWords(value),
        // Written on every change, before anything else, so no word depends on the network.
        keepDraft: (id, value) => writeDraft(deviceStorage(), keyFor(id), value),
        dropDraft: (id) => clearDraft(deviceStorage(), keyFor(id)),
        onStatus: (next, error) => {
          setStatus(next);
          setStuck(next === 'stuck' ? toProblem(error) : null);
        },
        onCreated: (id) => {
          setEntryId(id);
          // The address changes without a router navigation: that would move focus away from the writing.
          window.history.replaceState(window.history.state, '', `/journal/${id}`);
        },
        isPermanent: (error) => {
          const { status: code } = toProblem(error);
          return code >= 400 && code < 500 && ![401, 408, 429].includes(code);
        },
      },
    );
  });

  const change = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    saver.change(next);
  };

  // A restored draft goes to the server as soon as the editor opens; a return to the network retries at once.
  useEffect(() => {
    if (start.restored) void saver.flush();
    const online = () => void saver.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      saver.dispose();
    };
  }, [saver, start.restored]);

  const remove = async () => {
    const id = saver.id();
    if (!id) return;
    setDeleting({ pending: true, problem: null });
    try {
      saver.cancel();
      await api.records.remove(id);
      clearDraft(deviceStorage(), draftKey(userId, `journal.${id}`));
      void navigate('/journal', {
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
    void navigate(id ? `/checkin?journal=${id}` : '/checkin');
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
        <Link to="/journal">Back to all entries</Link>
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

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const text: Record<SaveStatus, string> = {
    nothing: 'Saves as you write',
    saved: 'Saved',
    waiting: 'Saving…',
    saving: 'Saving…',
    retrying: 'Not saved yet, will retry. Your words are kept on this device.',
    stuck: 'Not saved. Your words are kept on this device.',
  };
  return (
    <p className="save-status" data-status={status}>
      {text[status]}
    </p>
  );
}

/**
 * The mind-reading pause: offered beside the writing after a quiet moment,
 * never as a dialog, never taking focus. "Not now" sets it aside for this
 * entry; it can be turned off entirely.
 */
function MindReadingPause({
  body,
  entryKey,
  onCheckin,
}: {
  body: string;
  entryKey: string;
  onCheckin: () => void;
}) {
  const toast = useToast();
  const [shown, setShown] = useState(false);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    if (shown || hidden) return;
    const timer = window.setTimeout(() => {
      const storage = deviceStorage();
      if (!mindReadingNudgeOn(storage) || nudgeDismissedFor(storage, entryKey)) return;
      if (detectMindReading(body)) setShown(true);
    }, NUDGE_MS);
    return () => window.clearTimeout(timer);
  }, [body, entryKey, shown, hidden]);

  // When the writing suggests someone may be in danger, the safety notice speaks alone.
  const urgent = useMemo(() => shown && detectRisk(body).level === 'urgent', [shown, body]);
  if (urgent) return null;

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {shown && !hidden ? 'Haven offers a gentle pause, just below your writing.' : ''}
      </p>
      {shown && !hidden && (
        <aside className="mind-pause" aria-labelledby="mind-pause-title">
          <h2 id="mind-pause-title" className="mind-pause__title">
            {MIND_READING_PAUSE.title}
          </h2>
          <p>{MIND_READING_PAUSE.body}</p>
          <ul className="mind-pause__questions">
            {MIND_READING_PAUSE.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <div className="button-row">
            <Button small variant="primary" onClick={onCheckin}>
              {MIND_READING_PAUSE.action}
            </Button>
            <Button
              small
              variant="quiet"
              onClick={() => {
                dismissNudgeFor(deviceStorage(), entryKey);
                setHidden(true);
              }}
            >
              {MIND_READING_PAUSE.dismiss}
            </Button>
            <Button
              small
              variant="quiet"
              onClick={() => {
                setMindReadingNudge(deviceStorage(), false);
                setHidden(true);
                toast.show('Pauses are off. You can turn them on again on the journal page.');
              }}
            >
              Turn these pauses off
            </Button>
          </div>
        </aside>
      )}
    </>
  );
}

function hasWords(fields: Fields): boolean {
  return fields.body.trim() !== '' || fields.title.trim() !== '';
}

function tagsFrom(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, 20);
}

function toPayload(fields: Fields): JournalPayload {
  return {
    ...(fields.title.trim() ? { title: fields.title.trim() } : {}),
    body: fields.body,
    tags: tagsFrom(fields.tags),
    ...(fields.promptId ? { promptId: fields.promptId } : {}),
    ...(fields.prompt ? { prompt: fields.prompt } : {}),
  };
}

function fromPayload(payload: JournalPayload): Fields {
  return {
    title: payload.title ?? '',
    body: payload.body,
    tags: payload.tags.join(', '),
    ...(payload.promptId ? { promptId: payload.promptId } : {}),
    ...(payload.prompt ? { prompt: payload.prompt } : {}),
  };
}

function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    tagsFrom(a.tags).join(',') === tagsFrom(b.tags).join(',') &&
    (a.prompt ?? '') === (b.prompt ?? '')
  );
}
