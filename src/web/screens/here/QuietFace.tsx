import { useEffect, useRef } from 'react';
import { clockFace, type TimerView } from '../../../core/here/timer.js';
import { Button } from '../../components/Button.js';

/**
 * The screen while sitting: the time, a word on where you are, and two quiet
 * buttons. Nothing else. Focus moves here when the sitting starts, so the
 * keyboard can pause and end it at once.
 */
export function QuietFace({
  view,
  label,
  showTime = true,
  onPause,
  onResume,
  onEnd,
}: {
  view: TimerView | null;
  /** What the face is for, e.g. "Meditation timer". */
  label: string;
  showTime?: boolean;
  onPause: () => void;
  onResume: () => void;
  onEnd: () => void;
}) {
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), []);
  const paused = view?.paused ?? false;
  const phase = view?.phase === 'settling' ? 'Settling in' : paused ? 'Paused' : 'Sitting';
  const time = view
    ? view.remainingMs === null
      ? clockFace(view.sittingMs)
      : clockFace(view.remainingMs)
    : '';
  const timeLabel =
    view?.remainingMs === null
      ? 'Time so far'
      : view?.phase === 'settling'
        ? 'Until the first bell'
        : 'Time left';
  return (
    <section
      ref={region}
      className="quiet-face"
      aria-label={label}
      tabIndex={-1}
      data-paused={paused || undefined}
    >
      <h1 className="visually-hidden">{label}</h1>
      <p className="quiet-face__phase">{phase}</p>
      <div className="quiet-face__circle" aria-hidden="true" />
      {showTime && (
        <p className="quiet-face__time">
          <span className="visually-hidden">{timeLabel}: </span>
          <span data-testid="quiet-time" role="timer" aria-live="off">
            {time}
          </span>
        </p>
      )}
      <div className="button-row quiet-face__actions">
        {paused ? (
          <Button variant="primary" onClick={onResume}>
            Resume
          </Button>
        ) : (
          <Button onClick={onPause}>Pause</Button>
        )}
        <Button variant="quiet" onClick={onEnd}>
          End here
        </Button>
      </div>
      <p className="quiet-face__note muted">
        Ending early is fine. It is kept as the time you gave yourself.
      </p>
    </section>
  );
}
