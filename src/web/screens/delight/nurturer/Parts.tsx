import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import {
  isOpenVisit,
  PART_QUESTIONS,
  PART_VISITS_MAX,
  visitWritten,
  type InnerPartPayload,
} from '../../../../core/delight/nurturer.js';
import { pathTo } from '../../../../core/practices/catalogue.js';
import type { PayloadInput } from '../../../../core/records/registry.js';
import { useSignedInUser } from '../../../app/session.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { InlineError } from '../../../components/InlineError.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { SaveStatusLine } from '../../../components/SaveStatusLine.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextField } from '../../../components/TextField.js';
import { useToast } from '../../../components/Toast.js';
import { useAllRecords, type Kept } from '../../../data/records.js';
import { useAutosaved } from '../../../data/useAutosaved.js';
import { NewOrSaved, useStartFrom } from '../../turning/opened.js';
import { dayOf, DeleteKept, GroundingOffer, useHasNewDraft, useNewStart } from './shared.js';
import '../../../styles/nurturer.css';

const visitShape = z.object({ at: z.string(), feels: z.string(), needs: z.string(), says: z.string() });
const fieldsShape = z.object({ name: z.string(), visits: z.array(visitShape) });
type Fields = z.infer<typeof fieldsShape>;
type Visit = z.infer<typeof visitShape>;
const parse = (value: unknown) => fieldsShape.safeParse(value).data;

const freshVisit = (): Visit => ({ at: new Date().toISOString(), feels: '', needs: '', says: '' });

const fromPayload = (p: InnerPartPayload): Fields => ({
  name: p.name,
  visits: p.visits.map((v) => ({ at: v.at, feels: v.feels ?? '', needs: v.needs ?? '', says: v.says ?? '' })),
});

function toPayload(f: Fields): PayloadInput<'inner_part'> {
  return {
    name: f.name.trim().slice(0, 80),
    visits: f.visits.filter(visitWritten).map((v) => ({
      at: v.at,
      ...(v.feels.trim() ? { feels: v.feels } : {}),
      ...(v.needs.trim() ? { needs: v.needs } : {}),
      ...(v.says.trim() ? { says: v.says } : {}),
    })),
  };
}

/** The parts a person has named, to return to one, and a way to name another. */
export function PartsScreen() {
  const user = useSignedInUser();
  const parts = useAllRecords('inner_part');
  const unfinished = useHasNewDraft('inner_part', user.id);
  return (
    <div className="nurturer stack-xl">
      <PageHeader
        title="Parts of me"
        eyebrow="Expressed delight"
        actions={
          <ButtonLink to={pathTo('parts', 'new')} variant="primary">
            {unfinished ? 'Carry on naming a part' : 'Name a part'}
          </ButtonLink>
        }
        about={
          <p>
            Many people find it helps to think of themselves as having parts: one that worries, one that feels
            small, one that wants to hide. Naming a part gives it room, and lets the caring part of you speak
            to it. This is a gentle practice, not a diagnosis, and you can stop at any time.
          </p>
        }
      >
        <p>
          Give a hurting or frightened part of you a name, listen to it, and come back to it when you like.
        </p>
      </PageHeader>
      <section className="stack" aria-labelledby="parts-named">
        <h2 id="parts-named" className="section-title">
          Parts you have named
        </h2>
        <QueryBoundary query={parts} loading="Finding your parts…">
          {(items) =>
            items.length === 0 ? (
              <EmptyState title="No parts named yet">
                <p>The parts you name stay here, so you can go back to any of them.</p>
              </EmptyState>
            ) : (
              <ul className="nurturer-list" role="list">
                {[...items]
                  .sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt))
                  .map((item) => (
                    <PartCard key={item.record.id} item={item} />
                  ))}
              </ul>
            )
          }
        </QueryBoundary>
      </section>
    </div>
  );
}

function PartCard({ item }: { item: Kept<'inner_part'> }) {
  const { payload, record } = item;
  const visits = payload.visits.length;
  const lastSaid = [...payload.visits].reverse().find((v) => v.says?.trim())?.says;
  return (
    <Card as="li" className="nurturer-card stack-s">
      <h3 className="nurturer-card__title">
        <Link to={pathTo('parts', record.id)}>{payload.name}</Link>
      </h3>
      <p className="nurturer-card__meta muted">
        {visits === 0 ? 'Named' : `${visits} ${visits === 1 ? 'visit' : 'visits'}`}, last on{' '}
        {dayOf(payload.visits.at(-1)?.at ?? record.occurredAt)}
      </p>
      {lastSaid && <p className="nurturer-card__kind">{lastSaid}</p>}
    </Card>
  );
}

/** `/parts/new` and `/parts/:id`: one route, so the first save never remounts the page. */
export function PartScreen() {
  return (
    <NewOrSaved
      param="partId"
      kind="inner_part"
      title="A part of you"
      eyebrow="Parts of me"
      back={{ to: pathTo('parts'), label: 'Back to your parts' }}
      fresh={(userId) => <NewPart userId={userId} />}
      saved={(kept, userId) => <SavedPart kept={kept} userId={userId} />}
    />
  );
}

function NewPart({ userId }: { userId: string }) {
  const start = useNewStart('inner_part', userId, parse, { name: '', visits: [freshVisit()] });
  return <Part start={start} userId={userId} />;
}

function SavedPart({ kept, userId }: { kept: Kept<'inner_part'>; userId: string }) {
  const start = useStartFrom(kept, userId, fromPayload, parse);
  return <Part start={start} userId={userId} />;
}

function Part({
  start,
  userId,
}: {
  start: { id: string | null; fields: Fields; restored: boolean };
  userId: string;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const { fields, change, id, status, stuck, saver } = useAutosaved({
    kind: 'inner_part',
    userId,
    start,
    toPayload,
    isEmpty: (f) => !f.name.trim(),
    onCreated: (created) => window.history.replaceState(window.history.state, '', pathTo('parts', created)),
  });
  const name = fields.name.trim();
  const now = new Date();
  const openIndex = fields.visits.findIndex((_, index) => isOpenVisit(fields.visits, index, now));
  const earlier = fields.visits.filter((v, index) => index !== openIndex && visitWritten(v));
  const open = openIndex >= 0 ? fields.visits[openIndex] : undefined;
  const full = fields.visits.length >= PART_VISITS_MAX;

  const setVisit = (patch: Partial<Visit>) =>
    change({ visits: fields.visits.map((v, index) => (index === openIndex ? { ...v, ...patch } : v)) });

  const done = async () => {
    await saver.flush();
    if (name) toast.show(`Kept. ${capitalise(name)} is here when you want to come back.`, 'success');
    void navigate(pathTo('parts'));
  };

  return (
    <div className="nurturer stack-l">
      <p>
        <Link to={pathTo('parts')}>Back to your parts</Link>
      </p>
      <PageHeader title={name ? capitalise(name) : 'A part of you'} eyebrow="Parts of me">
        <p>Go gently. It saves as you write, and you can stop whenever you like.</p>
      </PageHeader>
      {start.restored && (
        <p className="nurturer-note">Haven brought back what you were writing on this device.</p>
      )}
      <SaveStatusLine status={status} />
      {stuck && <InlineError>{stuck.title}</InlineError>}

      <Card as="section" aria-labelledby="part-name" className="stack">
        <h2 id="part-name" className="subsection-title">
          Its name
        </h2>
        <TextField
          label="Your own name for this part"
          hint="Whatever fits: “the little one”, “the worrier”, “the one who waits by the phone”."
          maxLength={80}
          value={fields.name}
          onChange={(event) => change({ name: event.target.value })}
        />
      </Card>

      {earlier.length > 0 && (
        <section className="stack" aria-labelledby="part-visits">
          <h2 id="part-visits" className="section-title">
            Earlier visits
          </h2>
          <ol className="nurturer-visits" role="list">
            {earlier.map((visit) => (
              <li key={visit.at} className="nurturer-visit">
                <p className="nurturer-visit__day muted">{dayOf(visit.at)}</p>
                <VisitLines visit={visit} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {open ? (
        <Card as="section" aria-labelledby="part-today" className="stack">
          <h2 id="part-today" className="subsection-title">
            {earlier.length > 0 ? 'Today’s visit' : 'Listening to it'}
          </h2>
          {(['feels', 'needs', 'says'] as const).map((key) => (
            <TextArea
              key={key}
              label={PART_QUESTIONS[key].label}
              hint={PART_QUESTIONS[key].hint}
              rows={3}
              maxLength={key === 'says' ? 2000 : 1000}
              value={open[key]}
              onChange={(event) => setVisit({ [key]: event.target.value })}
            />
          ))}
          <GroundingOffer />
        </Card>
      ) : (
        <div className="button-row">
          <Button
            variant="primary"
            disabled={full}
            onClick={() => change({ visits: [...fields.visits.filter(visitWritten), freshVisit()] })}
          >
            {name ? `Visit ${name} again` : 'Visit again'}
          </Button>
          {full && <p className="muted">This part holds as many visits as fit. You might name a new one.</p>}
        </div>
      )}

      <div className="button-row">
        {open && (
          <Button variant="primary" onClick={() => void done()} disabled={!name}>
            Keep this
          </Button>
        )}
        {!name && <p className="muted">A name first, so you can find this part again.</p>}
      </div>
      <DeleteKept kind="inner_part" id={id} saver={saver} practice="parts" what="this part" />
    </div>
  );
}

function VisitLines({ visit }: { visit: Visit }) {
  const lines: [string, string][] = [
    ['It feels', visit.feels],
    ['It needs', visit.needs],
    ['The nurturing part of you says', visit.says],
  ];
  return (
    <dl className="nurturer-lines">
      {lines
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
