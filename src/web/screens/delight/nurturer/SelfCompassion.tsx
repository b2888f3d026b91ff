import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import {
  SELF_COMPASSION_STEPS,
  selfCompassionKind,
  selfCompassionReached,
  type SelfCompassionPayload,
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
import { dayOf, DeleteKept, GroundingOffer, Step, useHasNewDraft, useNewStart } from './shared.js';
import '../../../styles/nurturer.css';

const fieldsShape = z.object({ hurts: z.string(), shared: z.string(), kindness: z.string() });
type Fields = z.infer<typeof fieldsShape>;
const parse = (value: unknown) => fieldsShape.safeParse(value).data;
const EMPTY: Fields = { hurts: '', shared: '', kindness: '' };

const fromPayload = (p: SelfCompassionPayload): Fields => ({
  hurts: p.hurts ?? '',
  shared: p.shared ?? '',
  kindness: p.kindness ?? '',
});

function toPayload(f: Fields): PayloadInput<'self_compassion'> {
  const opt = (key: keyof Fields) => (f[key].trim() ? { [key]: f[key] } : {});
  return { ...opt('hurts'), ...opt('shared'), ...opt('kindness') };
}

const isEmpty = (f: Fields) => !f.hurts.trim() && !f.shared.trim() && !f.kindness.trim();

/** The practice's own page: a way in, and the ones kept, to read again. */
export function SelfCompassionScreen() {
  const user = useSignedInUser();
  const unfinished = useHasNewDraft('self_compassion', user.id);
  return (
    <div className="nurturer stack-xl">
      <PageHeader
        title="Self-compassion for a hard moment"
        eyebrow="Expressed delight"
        actions={
          <ButtonLink to={pathTo('self-compassion', 'new')} variant="primary">
            {unfinished ? 'Carry on where you left off' : 'Begin'}
          </ButtonLink>
        }
        about={
          <p>
            Three short steps: noticing that something hurts, remembering that other people feel this too, and
            offering yourself the kindness you would give a friend. It is not a fix, and it does not need to
            be done well. You can stop at any step.
          </p>
        }
      >
        <p>When something hurts, you can meet it the way a good friend would. A few minutes is enough.</p>
      </PageHeader>
      <RecordSection
        kind="self_compassion"
        pageSize={10}
        id="self-compassion-kept"
        heading="Kept for you"
        loading="Finding what you kept…"
        empty={{
          title: 'Nothing kept yet',
          body: <p>Each time you take these steps, what you wrote waits here to read again.</p>,
        }}
        more
      >
        {(items) => (
          <ul className="nurturer-list" role="list">
            {items.map((item) => (
              <MomentCard key={item.record.id} item={item} />
            ))}
          </ul>
        )}
      </RecordSection>
    </div>
  );
}

function MomentCard({ item }: { item: Kept<'self_compassion'> }) {
  const { payload, record } = item;
  const title = selfCompassionKind.written?.title(payload) ?? 'A hard moment';
  return (
    <Card as="li" className="nurturer-card stack-s">
      <p className="nurturer-card__meta muted">{dayOf(record.occurredAt)}</p>
      <h3 className="nurturer-card__title">
        <Link to={pathTo('self-compassion', record.id)}>{title}</Link>
      </h3>
      {payload.kindness?.trim() && <p className="nurturer-card__kind">{payload.kindness}</p>}
    </Card>
  );
}

/** `/self-compassion/new` and `/self-compassion/:id`: one route, so the first save never remounts the steps. */
export function SelfCompassionMomentScreen() {
  return (
    <NewOrSaved
      param="momentId"
      kind="self_compassion"
      title="A hard moment, met kindly"
      eyebrow="Self-compassion"
      back={{ to: pathTo('self-compassion'), label: 'Back to self-compassion' }}
      fresh={(userId) => <NewMoment userId={userId} />}
      saved={(kept, userId) => <SavedMoment kept={kept} userId={userId} />}
    />
  );
}

function NewMoment({ userId }: { userId: string }) {
  const start = useNewStart('self_compassion', userId, parse, EMPTY);
  return <Moment start={start} userId={userId} />;
}

function SavedMoment({ kept, userId }: { kept: Kept<'self_compassion'>; userId: string }) {
  const start = useStartFrom(kept, userId, fromPayload, parse);
  return <Moment start={start} userId={userId} />;
}

function Moment({
  start,
  userId,
}: {
  start: { id: string | null; fields: Fields; restored: boolean };
  userId: string;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const { fields, change, id, status, stuck, saver } = useAutosaved({
    kind: 'self_compassion',
    userId,
    start,
    toPayload,
    isEmpty,
    onCreated: (created) =>
      window.history.replaceState(window.history.state, '', pathTo('self-compassion', created)),
  });
  const [reached, setReached] = useState(() => selfCompassionReached(start.fields));
  const [missing, setMissing] = useState(false);
  const last = SELF_COMPASSION_STEPS.length;

  const next = () => {
    if (isEmpty(fields)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setReached((r) => Math.min(last, r + 1));
  };

  const finish = async () => {
    if (isEmpty(fields)) {
      setMissing(true);
      return;
    }
    await saver.flush();
    toast.show('Kept. Thank you for being gentle with yourself.', 'success');
    void navigate(pathTo('self-compassion'));
  };

  return (
    <div className="nurturer stack-l">
      <p>
        <Link to={pathTo('self-compassion')}>Back to self-compassion</Link>
      </p>
      <PageHeader title="A hard moment, met kindly" eyebrow="Self-compassion">
        <p>Take each step at your own pace. It saves as you write, and you can stop whenever you like.</p>
      </PageHeader>
      {start.restored && (
        <p className="nurturer-note">Haven brought back what you were writing on this device.</p>
      )}
      <SaveStatusLine status={status} />
      {stuck && <InlineError>{stuck.title}</InlineError>}

      {SELF_COMPASSION_STEPS.map((step, index) =>
        index + 1 > reached ? null : (
          <Step key={step.id} id={`step-${step.id}`} number={index + 1} title={step.title}>
            <p className="nurturer-invitation">{step.invitation}</p>
            <TextArea
              label={step.label}
              hint={step.hint}
              rows={3}
              maxLength={2000}
              value={fields[step.id]}
              onChange={(event) => {
                setMissing(false);
                change({ [step.id]: event.target.value });
              }}
            />
          </Step>
        ),
      )}
      <GroundingOffer />

      <div className="button-row">
        {reached < last ? (
          <Button variant="primary" onClick={next}>
            Next step
          </Button>
        ) : (
          <Button variant="primary" onClick={() => void finish()}>
            Keep this
          </Button>
        )}
        {missing && <InlineError>A few words at this step first; that is all it takes.</InlineError>}
      </div>
      <DeleteKept
        kind="self_compassion"
        id={id}
        saver={saver}
        practice="self-compassion"
        what="this practice"
      />
    </div>
  );
}
