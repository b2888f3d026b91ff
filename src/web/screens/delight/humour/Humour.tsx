import { useState, type SubmitEvent } from 'react';
import { z } from 'zod';
import {
  followableLink,
  HUMOUR_FORMS,
  HUMOUR_LINK_MAX,
  HUMOUR_TEXT_MAX,
  somethingToSmileAt,
  type HumourForm,
  type HumourPayload,
} from '../../../../core/delight/humour.js';
import { letterDay } from '../../../../core/delight/letters.js';
import { ProblemError } from '../../../api/client.js';
import { Button } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextField } from '../../../components/TextField.js';
import { useAction } from '../../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../../data/records.js';
import { ownZone } from '../letterData.js';
import { useRemoval } from '../self-talk/removal.js';
import { useLocalDraft } from '../../../data/useLocalDraft.js';
import '../../../styles/delight.css';
import '../../../styles/self-talk.css';

const humourDraft = z.object({ form: z.enum(HUMOUR_FORMS), text: z.string(), link: z.string() });
const HUMOUR_DRAFT = {
  place: 'humour.new',
  parse: (value: unknown) => humourDraft.safeParse(value).data,
  empty: { form: 'line', text: '', link: '' } as z.output<typeof humourDraft>,
  isEmpty: (d: z.output<typeof humourDraft>) => !d.text.trim() && !d.link.trim(),
};

const FORM_LABELS: Record<HumourForm, string> = { line: 'Line', memory: 'Memory', link: 'Link' };
const FIELD_LABELS: Record<HumourForm, string> = {
  line: 'The line that made you laugh',
  memory: 'What happened',
  link: 'The link',
};

/** Humour: what made me laugh, kept, and one of them at random when I need something to smile at. */
export function HumourScreen() {
  const list = useAllRecords('humour');
  return (
    <div className="delight humour stack-xl">
      <PageHeader title="What made you laugh" eyebrow="Expressed delight">
        <p>A line, a memory, a link. Keep what made you laugh, and come back to it on a flat day.</p>
      </PageHeader>
      <QueryBoundary query={list} loading="Finding what made you laugh…">
        {(items) => (
          <>
            <SmileAt items={items} />
            <AddLaugh />
            <Collection items={items} />
          </>
        )}
      </QueryBoundary>
    </div>
  );
}

function SmileAt({ items }: { items: Kept<'humour'>[] }) {
  const [shownId, setShownId] = useState<string | undefined>(undefined);
  const shown = items.find((item) => item.record.id === shownId);
  const pick = () =>
    setShownId(
      somethingToSmileAt(
        items.map((i) => ({ id: i.record.id })),
        shownId,
        Math.random,
      )?.id,
    );
  return (
    <Card as="section" aria-labelledby="smile-at" className="stack smile-at">
      <h2 id="smile-at" className="section-title">
        Something to smile at
      </h2>
      {items.length === 0 ? (
        <p className="muted">Once you keep something that made you laugh, it can find you here.</p>
      ) : (
        <div className="button-row">
          <Button variant="primary" onClick={pick}>
            {shown ? 'Another one' : 'Something to smile at'}
          </Button>
        </div>
      )}
      <div aria-live="polite" className="smile-at__shown">
        {shown && (
          <figure className="smile-at__figure">
            <Laugh payload={shown.payload} />
          </figure>
        )}
      </div>
    </Card>
  );
}

/** One thing that made me laugh: its words, and its link, followable only when it is a plain web address. */
function Laugh({ payload }: { payload: HumourPayload }) {
  const url = payload.link ? followableLink(payload.link) : undefined;
  return (
    <div className="laugh__words">
      {payload.text && <p className={`laugh__text laugh__text--${payload.form}`}>{payload.text}</p>}
      {payload.link &&
        (url ? (
          <p className="laugh__link">
            <a href={url.href} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
              {payload.link}
              <span className="visually-hidden"> (opens outside Haven, in a new tab)</span>
            </a>
            <span className="laugh__host muted">Leaves Haven for {url.hostname}</span>
          </p>
        ) : (
          <p className="laugh__link">{payload.link}</p>
        ))}
    </div>
  );
}

function AddLaugh() {
  const changes = useRecordChanges();
  const action = useAction();
  // Unkept words stay a draft on this device, through leaving and coming back.
  const draft = useLocalDraft(HUMOUR_DRAFT);
  const { form, text, link } = draft.value;
  const setForm = (next: HumourForm) => draft.change({ form: next });
  const setText = (next: string) => draft.change({ text: next });
  const setLink = (next: string) => draft.change({ link: next });

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      if (form === 'link') {
        if (!followableLink(link)) {
          throw ProblemError.invalid('Paste the whole web address.', [
            {
              path: 'payload.link',
              message: link.trim()
                ? 'A web address starting with https:// or http://'
                : 'Paste the link here',
            },
          ]);
        }
      } else if (!text.trim()) {
        throw ProblemError.invalid('Write a few words first.', [
          { path: 'payload.text', message: 'A few words are enough' },
        ]);
      }
      return changes.create({
        kind: 'humour',
        payload: { form, text: text.trim(), ...(form === 'link' ? { link: link.trim() } : {}) },
      });
    });
    if (result.ok) draft.change({ text: '', link: '' });
  };

  return (
    <Card as="section" aria-labelledby="add-laugh" className="stack">
      <h2 id="add-laugh" className="section-title">
        Keep something that made you laugh
      </h2>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{
            'payload.text': { id: 'laugh-text', label: FIELD_LABELS[form] },
            'payload.link': { id: 'laugh-link', label: FIELD_LABELS.link },
          }}
        />
        <fieldset className="segmented laugh-form">
          <legend className="segmented__legend">What is it?</legend>
          <div className="segmented__options">
            {HUMOUR_FORMS.map((choice) => (
              <label key={choice} className="segmented__option">
                <input
                  type="radio"
                  name="laugh-form"
                  value={choice}
                  checked={form === choice}
                  onChange={() => setForm(choice)}
                />
                <span>{FORM_LABELS[choice]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {form === 'link' && (
          <TextField
            id="laugh-link"
            type="url"
            inputMode="url"
            autoComplete="off"
            label={FIELD_LABELS.link}
            hint="Kept as text. Haven never opens it for you; it leaves Haven only if you follow it."
            maxLength={HUMOUR_LINK_MAX}
            value={link}
            error={action.fieldError('payload.link')}
            onChange={(event) => setLink(event.target.value)}
          />
        )}
        {form === 'memory' ? (
          <TextArea
            id="laugh-text"
            label={FIELD_LABELS.memory}
            rows={4}
            maxLength={HUMOUR_TEXT_MAX}
            value={text}
            error={action.fieldError('payload.text')}
            onChange={(event) => setText(event.target.value)}
          />
        ) : (
          <TextField
            id="laugh-text"
            label={form === 'link' ? 'What it is (optional)' : FIELD_LABELS.line}
            maxLength={form === 'link' ? 200 : HUMOUR_TEXT_MAX}
            value={text}
            error={action.fieldError('payload.text')}
            onChange={(event) => setText(event.target.value)}
          />
        )}
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep it
          </Button>
        </div>
      </form>
    </Card>
  );
}

function Collection({ items }: { items: Kept<'humour'>[] }) {
  const zone = ownZone();
  const removal = useRemoval('humour');
  return (
    <section aria-labelledby="laugh-collection" className="stack">
      <h2 id="laugh-collection" className="section-title">
        Your collection
        {items.length > 0 && <span className="delight-count"> ({items.length})</span>}
      </h2>
      {removal.notice}
      {items.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>
            A joke someone told, a moment you still grin about, a video you sent three friends. Any of it
            counts.
          </p>
        </EmptyState>
      ) : (
        <ul className="kinder-list" role="list">
          {items.map((item) => {
            const label = item.payload.text || item.payload.link || FORM_LABELS[item.payload.form];
            return (
              <li key={item.record.id} className="kinder laugh">
                <div className="kinder__words">
                  <p className="laugh__form muted">{FORM_LABELS[item.payload.form]}</p>
                  <Laugh payload={item.payload} />
                  <p className="kinder__date muted">{letterDay(item.record.occurredAt, zone)}</p>
                </div>
                <Button
                  small
                  variant="quiet"
                  busy={removal.removing === item.record.id}
                  onClick={() => void removal.remove(item.record.id, `“${label}”`)}
                >
                  Remove<span className="visually-hidden"> “{label}”</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
