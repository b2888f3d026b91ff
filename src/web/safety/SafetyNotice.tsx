import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useInRouterContext } from 'react-router';
import { resourcesFor } from '../../core/safety/resources.js';
import { useOptionalHelp } from '../app/help.js';
import { ContactList, crisisLines, EmergencyNumbers } from './ContactList.js';
import { useRegion } from './region.js';
import type { SafetyWatch } from './useSafetyWatch.js';
import { pathTo } from '../../core/practices/catalogue.js';

/**
 * What a safety-aware field shows beside the writing: on `urgent`, a notice
 * with the region's contacts; on `concern`, a gentle offer. Neither takes
 * focus or touches the text. Each is announced once, through live regions that
 * are always in the page so screen readers pick the change up.
 *
 * Both stay in sight while the person writes: each sits just below its field
 * and, while the field is on screen but the notice's own place is not, pins
 * itself to the bottom of the screen (above the on-screen keyboard and any
 * save bar), compact, with the contacts one tap away and the rest one tap
 * further. The page keeps the caret above it (see `usePinnedInView`).
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
      {level !== 'none' && <NoticeBody key={level} watch={watch} fieldId={fieldId} />}
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
  const moreId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  usePinnedInView(noticeRef, fieldId);
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
        className="safety-notice safety-notice--offer safety-notice--pinned"
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
  const more = `${moreId}-about ${moreId}-rest`;
  return (
    <>
      <button
        type="button"
        className="safety-notice__skip"
        onClick={() => {
          setExpanded(true);
          noticeRef.current?.focus();
        }}
        aria-describedby={titleId}
      >
        Skip to help
      </button>
      <div
        ref={noticeRef}
        className={`safety-notice safety-notice--pinned ${gentle ? 'safety-notice--gentle' : 'safety-notice--urgent'}`}
        role="region"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-expanded={expanded || undefined}
      >
        <p id={titleId} className="safety-notice__title">
          {gentle ? 'Support is here while you write' : 'You don’t have to carry this alone'}
        </p>
        <div id={`${moreId}-about`} className="safety-notice__about" hidden={!expanded}>
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
        </div>
        <div className="safety-notice__contacts">
          <ContactList contacts={crisisLines(resources)} compact />
        </div>
        <div id={`${moreId}-rest`} className="safety-notice__rest" hidden={!expanded}>
          <p className="safety-notice__emergency">
            If you are in danger right now, <EmergencyNumbers resources={resources} />.
          </p>
          {!gentle && <p className="muted">Your writing stays just as it is. Carry on whenever you like.</p>}
          <div className="safety-notice__actions">
            {help && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={help.openHelp}
              >
                Open “Get help now”
              </button>
            )}
            {!gentle && <PlanLink>My safety plan</PlanLink>}
          </div>
        </div>
        <div className="safety-notice__controls">
          <button
            type="button"
            className="button button--quiet button--small safety-notice__toggle"
            aria-expanded={expanded}
            aria-controls={more}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? 'Show less' : 'More help'}
          </button>
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
    <Link to={pathTo('safety-plan')} className={className}>
      {children}
    </Link>
  ) : (
    <a href={pathTo('safety-plan')} className={className}>
      {children}
    </a>
  );
}

/**
 * Keeps a notice in view beside the writing. The notice is `position: sticky`
 * at the bottom of its field (see safety.css), so it stays on screen exactly
 * while its field is, and keeps its own room in the page. This lifts it above
 * whatever else holds the bottom of the screen (an on-screen keyboard laid
 * over the page, a sticky save bar), tells the page how much room it takes so
 * the browser keeps the caret above it as the person types, and, when it
 * first appears or the screen shrinks with the line being written under it,
 * moves the page just enough to uncover that line. Focus and text are never
 * touched.
 */
function usePinnedInView(noticeRef: RefObject<HTMLDivElement | null>, fieldId: string) {
  useLayoutEffect(() => {
    const notice = noticeRef.current;
    if (!notice) return;
    const root = document.documentElement;
    const viewport = window.visualViewport;
    let frame = 0;
    // What brought the notice over the writing: its arrival glides (unless motion is reduced); a resize jumps,
    // as the browser itself does then, so neither movement cuts the other short.
    let uncover: ScrollBehavior | false = 'smooth';
    const place = () => {
      frame = 0;
      // Not shown (another field's notice is, see safety.css): the room below the writing is that one's.
      if (notice.getClientRects().length === 0) return;
      const keyboard = keyboardOverlap();
      const bottom = keyboard + barHeightBelow(notice, keyboard);
      notice.style.setProperty('--safety-notice-bottom', `${bottom}px`);
      root.style.setProperty('--safety-notice-room', `${bottom + notice.offsetHeight}px`);
      if (uncover) uncoverWriting(notice, fieldId, bottom, uncover);
      uncover = false;
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    // The screen got smaller (an on-screen keyboard opened, say): the line being written may now be underneath.
    const resized = () => {
      uncover = 'instant';
      schedule();
    };
    place();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', resized);
    viewport?.addEventListener('resize', resized);
    viewport?.addEventListener('scroll', schedule);
    const sized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    sized?.observe(notice);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', resized);
      viewport?.removeEventListener('resize', resized);
      viewport?.removeEventListener('scroll', schedule);
      sized?.disconnect();
      root.style.removeProperty('--safety-notice-room');
    };
  }, [noticeRef, fieldId]);
}

/** How far an on-screen keyboard covers the bottom of the page where the browser lays it over the page (iOS). */
function keyboardOverlap(): number {
  const viewport = window.visualViewport;
  // Zoomed in, the visible part is smaller for another reason: leave the notice where it is.
  if (!viewport || viewport.scale > 1.01) return 0;
  const layoutHeight = document.documentElement.clientHeight;
  return Math.max(0, Math.round(layoutHeight - viewport.height - viewport.offsetTop));
}

/** The height of a bar pinned to the bottom of the screen (a sticky save bar), so the notice sits above it. */
function barHeightBelow(notice: HTMLElement, keyboard: number): number {
  if (typeof document.elementsFromPoint !== 'function') return 0;
  const { clientWidth, clientHeight } = document.documentElement;
  const bottom = clientHeight - keyboard;
  for (const element of document.elementsFromPoint(clientWidth / 2, bottom - 1)) {
    // Notices never count, this one or another field's, so two never push each other up.
    if (element === notice || element.closest('.safety-notice')) continue;
    const bar = pinnedAncestor(element);
    return bar ? Math.max(0, Math.round(bottom - bar.getBoundingClientRect().top)) : 0;
  }
  return 0;
}

function pinnedAncestor(element: Element): Element | undefined {
  for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
    const { position } = getComputedStyle(at);
    if (position === 'sticky' || position === 'fixed') return at;
  }
  return undefined;
}

/**
 * When the notice appears over the line being written, the page moves up just
 * enough to show that line above it. Only when the person is writing at the
 * end of the field: someone editing an earlier line is left where they are.
 */
function uncoverWriting(notice: HTMLElement, fieldId: string, bottom: number, behavior: ScrollBehavior) {
  const field = document.getElementById(fieldId);
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
  if (document.activeElement !== field || field.selectionEnd !== field.value.length) return;
  // Where the notice's top is once pinned: measured from the screen's foot, which stays put while the page moves.
  const pinnedTop = document.documentElement.clientHeight - bottom - notice.offsetHeight;
  const covered =
    field.getBoundingClientRect().bottom - Math.min(pinnedTop, notice.getBoundingClientRect().top);
  if (covered <= 0) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: covered + UNCOVER_GAP_PX, behavior: still ? 'instant' : behavior });
}

/** A little air between the writing and the notice below it. */
const UNCOVER_GAP_PX = 12;
