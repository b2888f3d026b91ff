import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { pathTo, pillarsWithPractices, PRACTICES, type Catalogue } from '../../core/practices/catalogue.js';
import { PracticeLinks } from '../app/practices.js';
import { useSignedInUser } from '../app/session.js';
import { ButtonLink } from '../components/Button.js';
import { PageHeader } from '../components/PageHeader.js';

/** A letter that has arrived, and some days one appreciation: loaded after the home, never holding it up. */
const DelightOnHome = lazy(() => import('./delight/OnHome.js'));
/** Today's rituals, each marked done in one action; loaded after the home, and absent when there are none. */
const TodayRituals = lazy(() => import('./rituals/TodayRituals.js'));

/** The signed-in home: a greeting and the six HEARTS areas. */
export function HomeScreen() {
  const user = useSignedInUser();
  return (
    <div className="stack-xl">
      <PageHeader
        title={`${greeting(new Date())}, ${user.name}`}
        actions={
          <ButtonLink to={pathTo('checkin')} variant="primary">
            Check in now
          </ButtonLink>
        }
      >
        <p>
          Whatever today holds, there is room for it here. Go at your own pace; everything is an invitation.
        </p>
      </PageHeader>
      <Suspense fallback={null}>
        <DelightOnHome />
      </Suspense>
      <Suspense fallback={null}>
        <TodayRituals />
      </Suspense>
      <section aria-labelledby="start-heading" className="card stack home-start">
        <h2 id="start-heading" className="section-title">
          Finding your way in
        </h2>
        <p>A few places you might begin, in any order, or not at all.</p>
        <ul className="link-list">
          <li>
            <Link to={pathTo('checkin')}>A one-minute check-in</Link>: what you feel and what you need, right
            now.
          </li>
          <li>
            <Link to={pathTo('paths')}>A growth path</Link>: if you identify with an attachment pattern,
            practices that fit it. Never a diagnosis; &ldquo;not sure&rdquo; is always an answer.
          </li>
          <li>
            <Link to={pathTo('safety-plan')}>Your safety plan</Link>: made on a calm day, ready for a hard
            one.
          </li>
        </ul>
      </section>
      <PillarCards />
    </div>
  );
}

/** The six HEARTS areas, each with what it grows and links to its practices, from the catalogue. */
export function PillarCards({ catalogue = PRACTICES }: { catalogue?: Catalogue }) {
  return (
    <section aria-labelledby="hearts-heading" className="stack">
      <h2 id="hearts-heading" className="section-title">
        The six HEARTS areas
      </h2>
      <ul className="pillar-grid" role="list">
        {pillarsWithPractices(catalogue).map(({ pillar, practices }) => (
          <li key={pillar.id} className={`card pillar-card pillar-card--${pillar.id}`}>
            <span className="pillar-card__letter" aria-hidden="true">
              {pillar.letter}
            </span>
            <h3 className="pillar-card__name">
              <span className="visually-hidden">{pillar.letter}: </span>
              {pillar.name}
            </h3>
            <p className="pillar-card__summary">{pillar.summary}</p>
            {practices.length > 0 && (
              <div className="pillar-card__practices">
                <p className="pillar-card__practices-label">Practices</p>
                <PracticeLinks practices={practices} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A greeting by the hour of the person's own clock. */
export function greeting(now: Date): string {
  const hour = now.getHours();
  if (hour < 5) return 'Hello';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
