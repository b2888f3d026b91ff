import { useState } from 'react';
import { Link } from 'react-router';
import { idealCaregiver } from '../../../../core/here/scripts.js';
import { pathTo } from '../../../../core/practices/catalogue.js';
import { describeSchedule } from '../../../../core/rituals/schedule.js';
import { lastReflected } from '../../../../core/rituals/secureSelf.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { ShowMore } from '../../../components/ShowMore.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import {
  useAllRecords,
  useLatestRecord,
  usePagedRecords,
  useRecordChanges,
  type Kept,
} from '../../../data/records.js';
import { Reflection, SecureSelfParts } from './parts.js';
import '../../../styles/secure-self.css';

/** The idea among the ritual ideas that is this practice's reflection. */
const REFLECTION_IDEA = 'secure-self';

/** My Secure Self: the words I chose for it, my reflections beside them, and ways to keep it close. */
export function SecureSelfScreen() {
  const secureSelf = useLatestRecord('secure_self');
  return (
    <div className="secure-self stack-xl">
      <PageHeader
        title="My Secure Self"
        eyebrow="Rituals and routines"
        about={
          <>
            <p>
              Your Secure Self is you at your steadiest: the part of you that can stay kind, clear and
              grounded, even when things are hard. Everyone has it, though some days it is quieter.
            </p>
            <p>
              Describing it in your own words gives you something to come back to. A short reflection now and
              then helps you notice where you already live from it, and what it might do next.
            </p>
          </>
        }
      >
        <p>The steadiest you, in your own words, with your reflections beside it.</p>
      </PageHeader>
      <div className="secure-self__layout">
        <QueryBoundary query={secureSelf} loading="Loading your Secure Self…">
          {(current) =>
            current ? (
              <Definition secureSelf={current} />
            ) : (
              <EmptyState
                title="Not described yet"
                action={
                  <ButtonLink to={pathTo('secure-self', 'define')} variant="primary">
                    Describe your Secure Self
                  </ButtonLink>
                }
              >
                <p>
                  You might start with a single part: how it speaks to you, or what it does when a day goes
                  wrong. Haven asks a few questions along the way; the words are all yours.
                </p>
              </EmptyState>
            )
          }
        </QueryBoundary>
        <Reflections described={Boolean(secureSelf.data)} />
      </div>
      <KeepingItClose />
    </div>
  );
}

function Definition({ secureSelf }: { secureSelf: Kept<'secure_self'> }) {
  return (
    <Card as="section" aria-labelledby="secure-self-definition" className="secure-self__definition stack">
      <h2 id="secure-self-definition" className="section-title">
        In your words
      </h2>
      <SecureSelfParts secureSelf={secureSelf} />
      <div className="button-row">
        <ButtonLink to={pathTo('secure-self', 'define')} small>
          Change your words
        </ButtonLink>
      </div>
    </Card>
  );
}

/** Reflections beside the description; before there is one, the way to reflect stays quieter. */
function Reflections({ described }: { described: boolean }) {
  const reflections = usePagedRecords('secure_self_alignment', 10);
  const last = reflections.items?.[0];
  const when = lastReflected(last ? new Date(last.record.occurredAt) : undefined, new Date());
  return (
    <section aria-labelledby="secure-self-reflections" className="secure-self__reflections stack">
      <h2 id="secure-self-reflections" className="section-title">
        Your reflections
      </h2>
      <p>
        Where did you live from your Secure Self lately, and what would it do now? A few minutes is plenty.
      </p>
      <div className="button-row">
        <ButtonLink to={pathTo('secure-self', 'reflect')} variant={described ? 'primary' : 'secondary'}>
          Reflect now
        </ButtonLink>
      </div>
      <QueryBoundary query={{ ...reflections, data: reflections.items }} loading="Loading your reflections…">
        {(items) =>
          items.length === 0 ? (
            <p className="muted">Your reflections will gather here, newest first.</p>
          ) : (
            <>
              {when && <p className="muted">Your last reflection was {when}.</p>}
              <ol className="secure-self-reflections" role="list">
                {items.map((item) => (
                  <ReflectionItem key={item.record.id} reflection={item} />
                ))}
              </ol>
              <ShowMore pages={reflections} />
            </>
          )
        }
      </QueryBoundary>
    </section>
  );
}

function ReflectionItem({ reflection }: { reflection: Kept<'secure_self_alignment'> }) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [confirm, setConfirm] = useState(false);
  const remove = () =>
    void action
      .run(() => changes.remove('secure_self_alignment', reflection.record.id))
      .then((result) => {
        if (!result.ok) return;
        setConfirm(false);
        toast.show('Moved to the trash. You can bring it back from Settings.', 'success');
      });
  return (
    <li className="card secure-self-reflection stack-s">
      <Reflection reflection={reflection} />
      <div>
        <Button small variant="quiet" onClick={() => setConfirm(true)}>
          Delete this reflection
        </Button>
      </div>
      <ConfirmDialog
        open={confirm}
        onOpenChange={setConfirm}
        title="Delete this reflection?"
        description="It moves to the trash, where you can bring it back from Settings."
        confirmLabel="Delete"
        tone="danger"
        pending={action.pending}
        problem={action.problem}
        onConfirm={remove}
      />
    </li>
  );
}

/** The reflection as a ritual, and the ideal-caregiver visualisation. */
function KeepingItClose() {
  const rituals = useAllRecords('ritual');
  const ritual = rituals.data?.find((r) => r.payload.ideaId === REFLECTION_IDEA && !r.payload.paused);
  return (
    <section aria-labelledby="secure-self-close" className="stack">
      <h2 id="secure-self-close" className="section-title">
        Keeping it close
      </h2>
      <div className="secure-self__ways">
        <Card as="article" aria-labelledby="secure-self-ritual" className="stack-s">
          <h3 id="secure-self-ritual" className="subsection-title">
            A regular moment
          </h3>
          {ritual ? (
            <>
              <p>
                Your ritual <Link to={pathTo('rituals', ritual.record.id)}>{ritual.payload.title}</Link> comes
                round {describeSchedule(ritual.payload).toLowerCase()}.
              </p>
              <p className="muted">When it does, come here and reflect.</p>
            </>
          ) : (
            <>
              <p>
                If you would like a reminder, make the reflection a small ritual, on the days that suit you.
              </p>
              <div>
                <ButtonLink to={`${pathTo('rituals', 'new')}?idea=${REFLECTION_IDEA}`} small>
                  Make it a ritual
                </ButtonLink>
              </div>
            </>
          )}
        </Card>
        <Card as="article" aria-labelledby="secure-self-caregiver" className="stack-s">
          <h3 id="secure-self-caregiver" className="subsection-title">
            {idealCaregiver.title}
          </h3>
          <p>
            A guided practice for imagining someone wholly on your side. It can help your Secure Self feel
            more like a place you have been.
          </p>
          <div>
            <ButtonLink to={pathTo('guided', idealCaregiver.id)} small>
              Open the practice
            </ButtonLink>
          </div>
        </Card>
      </div>
    </section>
  );
}
