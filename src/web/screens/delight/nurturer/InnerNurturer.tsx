import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import {
  canAddTurn,
  keptTurns,
  nurturerDialogueKind,
  promptAt,
  SPEAKERS,
  speakerAt,
  type NurturerDialoguePayload,
} from '../../../../core/delight/nurturer.js';
import { pathTo } from '../../../../core/practices/catalogue.js';
import type { PayloadInput } from '../../../../core/records/registry.js';
import { useSignedInUser } from '../../../app/session.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { InlineError } from '../../../components/InlineError.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { RecordSection } from '../../../components/RecordSection.js';
import { SaveStatusLine } from '../../../components/SaveStatusLine.js';
import { TextArea } from '../../../components/TextArea.js';
import { useToast } from '../../../components/Toast.js';
import type { Kept } from '../../../data/records.js';
import { useAutosaved } from '../../../data/useAutosaved.js';
import { NewOrSaved, useStartFrom } from '../../turning/opened.js';
import { dayOf, DeleteKept, GroundingOffer, useHasNewDraft, useNewStart } from './shared.js';
import '../../../styles/nurturer.css';

const fieldsShape = z.object({
  turns: z.array(z.object({ who: z.enum(SPEAKERS), text: z.string() })),
});
type Fields = z.infer<typeof fieldsShape>;
const parse = (value: unknown) => fieldsShape.safeParse(value).data;
const EMPTY: Fields = { turns: [{ who: 'me', text: '' }] };

const fromPayload = (p: NurturerDialoguePayload): Fields => ({ turns: p.turns.map((t) => ({ ...t })) });
const toPayload = (f: Fields): PayloadInput<'nurturer_dialogue'> => ({ turns: keptTurns(f.turns) });
const isEmpty = (f: Fields) => keptTurns(f.turns).length === 0;

const WHO: Record<(typeof SPEAKERS)[number], string> = { me: 'You', nurturer: 'Your nurturer' };

/** The practice's own page: a way in, and the dialogues kept, to read again. */
export function InnerNurturerScreen() {
  const user = useSignedInUser();
  const unfinished = useHasNewDraft('nurturer_dialogue', user.id);
  return (
    <div className="nurturer stack-xl">
      <PageHeader
        title="Talking with my inner nurturer"
        eyebrow="Expressed delight"
        actions={
          <ButtonLink to={pathTo('inner-nurturer', 'new')} variant="primary">
            {unfinished ? 'Carry on where you left off' : 'Begin a dialogue'}
          </ButtonLink>
        }
        about={
          <p>
            There is a part of you that knows how to care: steady, warm, on your side. Here you write to it,
            and then answer as it would. It can feel odd at first; that is fine. There is no right way, and
            you can stop at any point.
          </p>
        }
      >
        <p>Write what is on your mind, then let the caring part of you answer, in turns.</p>
      </PageHeader>
      <RecordSection
        kind="nurturer_dialogue"
        pageSize={10}
        id="nurturer-kept"
        heading="Your dialogues"
        loading="Finding your dialogues…"
        empty={{ title: 'No dialogues yet', body: <p>Each one you write stays here to read again.</p> }}
        more
      >
        {(items) => (
          <ul className="nurturer-list" role="list">
            {items.map((item) => (
              <DialogueCard key={item.record.id} item={item} />
            ))}
          </ul>
        )}
      </RecordSection>
    </div>
  );
}

function DialogueCard({ item }: { item: Kept<'nurturer_dialogue'> }) {
  const { payload, record } = item;
  const title = nurturerDialogueKind.written?.title(payload) ?? 'A dialogue';
  const lastKind = [...payload.turns].reverse().find((t) => t.who === 'nurturer')?.text;
  return (
    <Card as="li" className="nurturer-card stack-s">
      <p className="nurturer-card__meta muted">
        {dayOf(record.occurredAt)} · {payload.turns.length} {payload.turns.length === 1 ? 'turn' : 'turns'}
      </p>
      <h3 className="nurturer-card__title">
        <Link to={pathTo('inner-nurturer', record.id)}>{title}</Link>
      </h3>
      {lastKind && <p className="nurturer-card__kind">{lastKind}</p>}
    </Card>
  );
}

/** `/inner-nurturer/new` and `/inner-nurturer/:id`: one route, so the first save never remounts the dialogue. */
export function NurturerDialogueScreen() {
  return (
    <NewOrSaved
      param="dialogueId"
      kind="nurturer_dialogue"
      title="A dialogue with your nurturer"
      eyebrow="Inner nurturer"
      back={{ to: pathTo('inner-nurturer'), label: 'Back to your dialogues' }}
      fresh={(userId) => <NewDialogue userId={userId} />}
      saved={(kept, userId) => <SavedDialogue kept={kept} userId={userId} />}
    />
  );
}

function NewDialogue({ userId }: { userId: string }) {
  const start = useNewStart('nurturer_dialogue', userId, parse, EMPTY);
  return <Dialogue start={start} userId={userId} writingAtStart />;
}

function SavedDialogue({ kept, userId }: { kept: Kept<'nurturer_dialogue'>; userId: string }) {
  const start = useStartFrom(kept, userId, fromPayload, parse);
  // A kept dialogue opens to be read; unsaved words from this device open to be carried on.
  return <Dialogue start={start} userId={userId} writingAtStart={start.restored} />;
}

function Dialogue({
  start,
  userId,
  writingAtStart,
}: {
  start: { id: string | null; fields: Fields; restored: boolean };
  userId: string;
  writingAtStart: boolean;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const { fields, change, id, status, stuck, saver } = useAutosaved({
    kind: 'nurturer_dialogue',
    userId,
    start,
    toPayload,
    isEmpty,
    onCreated: (created) =>
      window.history.replaceState(window.history.state, '', pathTo('inner-nurturer', created)),
  });
  const [writing, setWriting] = useState(writingAtStart);
  const [shift, setShift] = useState(0);
  const [missing, setMissing] = useState(false);
  const turns = fields.turns;
  const current = writing ? turns.length - 1 : -1;
  const said = writing ? turns.slice(0, -1) : turns;
  const now = turns[current];

  const setText = (text: string) => {
    setMissing(false);
    change({ turns: turns.map((t, index) => (index === current ? { ...t, text } : t)) });
  };
  const answer = () => {
    if (!canAddTurn(turns)) {
      setMissing(true);
      return;
    }
    setShift(0);
    change({ turns: [...turns, { who: speakerAt(turns.length), text: '' }] });
  };
  const takeBack = () => change({ turns: turns.slice(0, -1) });
  const carryOn = () => {
    setWriting(true);
    change({ turns: [...keptTurns(turns), { who: speakerAt(keptTurns(turns).length), text: '' }] });
  };
  const done = async () => {
    if (isEmpty(fields)) {
      setMissing(true);
      return;
    }
    await saver.flush();
    toast.show('Kept, to read again whenever you like.', 'success');
    void navigate(pathTo('inner-nurturer'));
  };

  return (
    <div className="nurturer stack-l">
      <p>
        <Link to={pathTo('inner-nurturer')}>Back to your dialogues</Link>
      </p>
      <PageHeader title="A dialogue with your nurturer" eyebrow="Inner nurturer">
        <p>You write, then answer as the caring part of you. It saves as you go; stop whenever you like.</p>
      </PageHeader>
      {start.restored && (
        <p className="nurturer-note">Haven brought back what you were writing on this device.</p>
      )}
      <SaveStatusLine status={status} />
      {stuck && <InlineError>{stuck.title}</InlineError>}

      {said.length > 0 && (
        <ol className="nurturer-turns" role="list" aria-label="The dialogue so far">
          {said.map((turn, index) => (
            <li key={index} className={`nurturer-turn nurturer-turn--${turn.who}`}>
              <p className="nurturer-turn__who">{WHO[turn.who]}</p>
              <p className="nurturer-turn__text">{turn.text}</p>
            </li>
          ))}
        </ol>
      )}

      {now ? (
        <Card
          as="section"
          aria-labelledby="turn-now"
          className={`stack nurturer-now nurturer-now--${now.who}`}
        >
          <h2 id="turn-now" className="subsection-title">
            {now.who === 'me' ? 'Your turn' : 'Your nurturer’s turn'}
          </h2>
          {now.who === 'nurturer' && (
            <p className="muted">Answer as the caring part of you: warm, steady, on your side.</p>
          )}
          <TextArea
            label={promptAt(current, shift)}
            rows={4}
            maxLength={2000}
            value={now.text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="button-row">
            {now.who === 'nurturer' && (
              <Button small variant="quiet" onClick={() => setShift((s) => s + 1)}>
                Another prompt
              </Button>
            )}
            {current > 0 && !now.text.trim() && (
              <Button small variant="quiet" onClick={takeBack}>
                Go back a turn
              </Button>
            )}
          </div>
          <div className="button-row">
            <Button variant="primary" onClick={answer}>
              {now.who === 'me' ? 'Hear from your nurturer' : 'Answer back'}
            </Button>
            <Button onClick={() => void done()}>Keep this dialogue</Button>
          </div>
          {missing && <InlineError>A few words first, then the other side can answer.</InlineError>}
          <GroundingOffer />
        </Card>
      ) : (
        <div className="button-row">
          <Button variant="primary" onClick={carryOn}>
            Carry on this dialogue
          </Button>
        </div>
      )}
      <DeleteKept
        kind="nurturer_dialogue"
        id={id}
        saver={saver}
        practice="inner-nurturer"
        what="this dialogue"
      />
    </div>
  );
}
