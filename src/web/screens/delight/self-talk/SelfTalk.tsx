import { useId, useRef, useState, type ReactNode, type RefObject, type SubmitEvent } from 'react';
import { z } from 'zod';
import { HARSH_HINTS, harshSpans, type HarshSpan } from '../../../../core/delight/harshWords.js';
import { HARSH_SENTENCE_MAX, isRewritten, REWRITE_MAX } from '../../../../core/delight/selfTalk.js';
import { letterDay } from '../../../../core/delight/letters.js';
import { ProblemError } from '../../../api/client.js';
import { Button } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { useAction } from '../../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../../data/records.js';
import { ownZone } from '../letterData.js';
import { useRemoval } from './removal.js';
import { useLocalDraft } from '../../../data/useLocalDraft.js';
import '../../../styles/delight.css';
import '../../../styles/self-talk.css';

const selfTalkDraft = z.object({ harsh: z.string(), rewrite: z.string() });
const SELF_TALK_DRAFT = {
  place: 'self_talk.new',
  parse: (value: unknown) => selfTalkDraft.safeParse(value).data,
  empty: { harsh: '', rewrite: '' },
  isEmpty: (d: z.output<typeof selfTalkDraft>) => !d.harsh.trim() && !d.rewrite.trim(),
};

const HARSH_LABEL = 'What you said to yourself';
const REWRITE_LABEL = 'How you would say it to a friend';

/** Kinder self-talk: a harsh sentence, its harsh parts pointed at, and the person's own kinder rewrite, kept to reread. */
export function SelfTalkScreen() {
  const list = useAllRecords('self_talk');
  return (
    <div className="delight self-talk stack-xl">
      <PageHeader
        title="Kinder self-talk"
        eyebrow="Expressed delight"
        about={
          <p>
            Supportive, not just positive: a kinder version can still be honest about what went wrong. Haven
            points at words that tend to sting, by simple rules, and can miss some or point at one that is
            fine for you. You know best. Nothing is kept until you choose to keep it.
          </p>
        }
      >
        <p>Take something harsh you said to yourself, and say it the way you would to a friend.</p>
      </PageHeader>
      <Rewrite />
      <QueryBoundary query={list} loading="Finding your kinder words…">
        {(items) => <KeptRewrites items={items} />}
      </QueryBoundary>
    </div>
  );
}

function Rewrite() {
  const changes = useRecordChanges();
  const action = useAction();
  // Unkept words stay a draft on this device, through leaving and coming back.
  const draft = useLocalDraft(SELF_TALK_DRAFT);
  const { harsh, rewrite } = draft.value;
  const setHarsh = (next: string) => draft.change({ harsh: next });
  const setRewrite = (next: string) => draft.change({ rewrite: next });
  const [looked, setLooked] = useState<string | null>(null);
  const foundRef = useRef<HTMLHeadingElement>(null);
  const lookedNow = looked !== null && looked === harsh.trim();

  const look = () => {
    if (!harsh.trim()) return;
    setLooked(harsh.trim());
    // The marks appear below; a keyboard or screen reader user is taken to them.
    requestAnimationFrame(() => foundRef.current?.focus());
  };

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      const issues = [
        ...(harsh.trim() ? [] : [{ path: 'payload.harsh', message: 'Write the harsh sentence first' }]),
        ...(rewrite.trim()
          ? isRewritten(harsh, rewrite)
            ? []
            : [{ path: 'payload.rewrite', message: 'Say it a new way: this is the same sentence' }]
          : [{ path: 'payload.rewrite', message: 'Write how you would say it to a friend' }]),
      ];
      if (issues.length > 0) throw ProblemError.invalid('Both sentences are needed to keep it.', issues);
      return changes.create({ kind: 'self_talk', payload: { harsh: harsh.trim(), rewrite: rewrite.trim() } });
    });
    if (result.ok) {
      draft.done();
      setLooked(null);
    }
  };

  return (
    <Card as="section" aria-labelledby="self-talk-new" className="stack">
      <h2 id="self-talk-new" className="section-title">
        Say it again, more kindly
      </h2>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{
            'payload.harsh': { id: 'self-talk-harsh', label: HARSH_LABEL },
            'payload.rewrite': { id: 'self-talk-rewrite', label: REWRITE_LABEL },
          }}
        />
        <TextArea
          id="self-talk-harsh"
          // Harsh words about oneself are what this field is for: the safety layer stays on for signs of
          // danger, without offering support at every harsh sentence.
          safetyAware="gentle"
          label={HARSH_LABEL}
          hint="As it sounded in your head. It stays here, only for you."
          rows={3}
          maxLength={HARSH_SENTENCE_MAX}
          value={harsh}
          error={action.fieldError('payload.harsh')}
          onChange={(event) => setHarsh(event.target.value)}
        />
        <div className="button-row">
          <Button variant="secondary" disabled={!harsh.trim()} onClick={look}>
            Point at the harsh parts
          </Button>
        </div>
        {lookedNow && <HarshParts sentence={looked} headingRef={foundRef} />}
        <TextArea
          id="self-talk-rewrite"
          label={REWRITE_LABEL}
          hint="Forgiving, understanding, flexible, realistic. These are your words; Haven will not write them for you."
          rows={4}
          maxLength={REWRITE_MAX}
          value={rewrite}
          error={action.fieldError('payload.rewrite')}
          onChange={(event) => setRewrite(event.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep it
          </Button>
        </div>
        <p className="muted self-talk__choice">
          You can stop here at any point; nothing is kept until you keep it.
        </p>
      </form>
    </Card>
  );
}

/** The sentence with its harsh parts marked (a numbered, underlined mark, not colour alone), then each listed with its hint. */
function HarshParts({
  sentence,
  headingRef,
}: {
  sentence: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const spans = harshSpans(sentence);
  const headingId = useId();
  return (
    <section className="harsh-parts stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="harsh-parts__title">
        {spans.length === 0
          ? 'Haven does not point at anything here'
          : spans.length === 1
            ? 'One part that may sting'
            : `${spans.length} parts that may sting`}
      </h3>
      {spans.length === 0 ? (
        <p className="muted">Its rules may have missed something. You know best what hurt to hear.</p>
      ) : (
        <>
          <p className="harsh-parts__sentence">
            <MarkedSentence sentence={sentence} spans={spans} />
          </p>
          <ol className="harsh-parts__list">
            {spans.map((span, i) => (
              <li key={`${span.start}-${span.kind}`} className="harsh-part">
                <span className="harsh-part__number" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="harsh-part__words">
                  <p>
                    <q className="harsh-part__quote">{span.text}</q>{' '}
                    <span className="harsh-part__kind">{HARSH_HINTS[span.kind].name}</span>
                  </p>
                  <p className="harsh-part__hint">{HARSH_HINTS[span.kind].hint}</p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function MarkedSentence({ sentence, spans }: { sentence: string; spans: readonly HarshSpan[] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start > at) pieces.push(sentence.slice(at, span.start));
    pieces.push(
      <mark key={span.start} className="harsh-mark">
        {span.text}
        <sup className="harsh-mark__number" aria-hidden="true">
          {i + 1}
        </sup>
        <span className="visually-hidden"> ({HARSH_HINTS[span.kind].name.toLowerCase()})</span>
      </mark>,
    );
    at = span.end;
  });
  if (at < sentence.length) pieces.push(sentence.slice(at));
  return <>{pieces}</>;
}

function KeptRewrites({ items }: { items: Kept<'self_talk'>[] }) {
  const zone = ownZone();
  const removal = useRemoval('self_talk');
  return (
    <section aria-labelledby="self-talk-kept" className="stack">
      <h2 id="self-talk-kept" className="section-title">
        Your kinder words
        {items.length > 0 && <span className="delight-count"> ({items.length})</span>}
      </h2>
      {removal.notice}
      {items.length === 0 ? (
        <EmptyState title="Nothing kept yet">
          <p>Each kinder sentence you keep waits here, for the days you need to hear it again.</p>
        </EmptyState>
      ) : (
        <ul className="kinder-list" role="list">
          {items.map((item) => (
            <li key={item.record.id} className="kinder">
              <div className="kinder__words">
                <p className="kinder__rewrite">{item.payload.rewrite}</p>
                <details className="kinder__before">
                  <summary>What you had said</summary>
                  <p>{item.payload.harsh}</p>
                </details>
                <p className="kinder__date muted">{letterDay(item.record.occurredAt, zone)}</p>
              </div>
              <Button
                small
                variant="quiet"
                busy={removal.removing === item.record.id}
                onClick={() => void removal.remove(item.record.id, `“${item.payload.rewrite}”`)}
              >
                Remove<span className="visually-hidden"> “{item.payload.rewrite}”</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
