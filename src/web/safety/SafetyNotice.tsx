import { useId, useRef, type ReactNode } from 'react';
import { Link, useInRouterContext } from 'react-router';
import { resourcesFor } from '../../core/safety/resources.js';
import { useOptionalHelp } from '../app/help.js';
import { ContactList, crisisLines, EmergencyNumbers } from './ContactList.js';
import { useRegion } from './region.js';
import type { SafetyWatch } from './useSafetyWatch.js';

/**
 * What a safety-aware field shows beside the writing: on `urgent`, a notice
 * with the region's contacts; on `concern`, a gentle offer. Neither takes
 * focus or touches the text. Each is announced once, through live regions that
 * are always in the page so screen readers pick the change up.
 */
export function SafetyNotice({ watch, fieldId }: { watch: SafetyWatch; fieldId: string }) {
  const { level, mode } = watch;
  const assertive = level === 'urgent' && mode === 'standard';
  return (
    <>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {assertive ? URGENT_ANNOUNCEMENT : ''}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {level === 'urgent' && !assertive
          ? GENTLE_ANNOUNCEMENT
          : level === 'concern'
            ? CONCERN_ANNOUNCEMENT
            : ''}
      </div>
      {level !== 'none' && <NoticeBody watch={watch} fieldId={fieldId} />}
    </>
  );
}

const URGENT_ANNOUNCEMENT =
  'Support is just below where you are writing, whenever you want it. Your words stay exactly as they are.';
const GENTLE_ANNOUNCEMENT = 'Ways to reach someone are just below where you are writing.';
const CONCERN_ANNOUNCEMENT = 'A gentle offer of support is just below where you are writing.';

function NoticeBody({ watch, fieldId }: { watch: SafetyWatch; fieldId: string }) {
  const [region] = useRegion();
  const help = useOptionalHelp();
  const titleId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const resources = resourcesFor(region);
  const urgent = watch.level === 'urgent';
  const gentle = watch.mode === 'gentle';

  const hide = () => {
    // The button that was pressed is about to go; focus goes back to the writing, not to the page.
    const hadFocus = noticeRef.current?.contains(document.activeElement) ?? false;
    watch.dismiss();
    if (hadFocus) document.getElementById(fieldId)?.focus();
  };

  if (!urgent) {
    return (
      <div
        ref={noticeRef}
        className="safety-notice safety-notice--offer"
        role="region"
        aria-labelledby={titleId}
      >
        <p id={titleId} className="safety-notice__title">
          Would some support help?
        </p>
        <p>
          It sounds like a lot right now. If you would like, there are people to talk to and a few steadying
          ideas, one step away.
        </p>
        <div className="safety-notice__actions">
          {help && (
            <button type="button" className="button button--secondary button--small" onClick={help.openHelp}>
              See support
            </button>
          )}
          <button type="button" className="button button--quiet button--small" onClick={hide}>
            Not now
          </button>
        </div>
      </div>
    );
  }

  const onlyHarmFromOthers =
    watch.categories.length > 0 &&
    watch.categories.every((c) => c === 'harm_from_others' || c === 'distress');
  return (
    <>
      <button
        type="button"
        className="safety-notice__skip"
        onClick={() => noticeRef.current?.focus()}
        aria-describedby={titleId}
      >
        Skip to help
      </button>
      <div
        ref={noticeRef}
        className={gentle ? 'safety-notice safety-notice--gentle' : 'safety-notice safety-notice--urgent'}
        role="region"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <p id={titleId} className="safety-notice__title">
          {gentle ? 'Support is here while you write' : 'You don’t have to carry this alone'}
        </p>
        {gentle ? (
          <p>
            Writing a plan can bring hard feelings close. If you are in danger now, you can reach someone
            straight away.
          </p>
        ) : (
          <p>
            {onlyHarmFromOthers
              ? 'What you are writing sounds frightening. If someone is hurting you or you are not safe where you are, you can talk to someone right now.'
              : 'What you are writing sounds really hard. If you are thinking about ending your life or hurting yourself, or you are not safe where you are, you can talk to someone right now.'}
          </p>
        )}
        <ContactList contacts={crisisLines(resources)} compact />
        <p className="safety-notice__emergency">
          If you are in danger right now, <EmergencyNumbers resources={resources} />.
        </p>
        {!gentle && <p className="muted">Your writing stays just as it is. Carry on whenever you like.</p>}
        <div className="safety-notice__actions">
          {help && (
            <button type="button" className="button button--secondary button--small" onClick={help.openHelp}>
              Open “Get help now”
            </button>
          )}
          {!gentle && <PlanLink>My safety plan</PlanLink>}
          <button type="button" className="button button--quiet button--small" onClick={hide}>
            Hide this
          </button>
        </div>
      </div>
    </>
  );
}

/** A router link where there is a router (there always is in the app; a bare field in a test has none). */
function PlanLink({ children }: { children: ReactNode }) {
  const inRouter = useInRouterContext();
  const className = 'button button--quiet button--small';
  return inRouter ? (
    <Link to="/safety-plan" className={className}>
      {children}
    </Link>
  ) : (
    <a href="/safety-plan" className={className}>
      {children}
    </a>
  );
}
