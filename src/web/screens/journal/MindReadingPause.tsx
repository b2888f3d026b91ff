import { useEffect, useState } from 'react';
import { MIND_READING_PAUSE } from '../../../core/attuning/mindReading.js';
import { Button } from '../../components/Button.js';
import { useToast } from '../../components/Toast.js';
import { useDetection } from '../../safety/detection.js';
import {
  deviceStorage,
  dismissNudgeFor,
  mindReadingNudgeOn,
  nudgeDismissedFor,
  setMindReadingNudge,
} from '../attuning/drafts.js';

/** The mind-reading check waits for a longer pause, so it never lands mid-thought. */
const NUDGE_MS = 1500;

/**
 * The mind-reading pause: offered beside the writing after a quiet moment,
 * never as a dialog, never taking focus. "Not now" sets it aside for this
 * entry; it can be turned off entirely.
 */
export function MindReadingPause({
  body,
  entryKey,
  onCheckin,
}: {
  body: string;
  entryKey: string;
  onCheckin: () => void;
}) {
  const toast = useToast();
  const detection = useDetection();
  const [shown, setShown] = useState(false);
  const [hidden, setHidden] = useState(false);
  const [urgent, setUrgent] = useState(false);

  // The page's detection service reads the writing off the main thread; the
  // writing field has usually just asked about the same words, so this shares
  // that one reading rather than making another.
  useEffect(() => {
    if (hidden || body.trim() === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      const storage = deviceStorage();
      if (!shown && (!mindReadingNudgeOn(storage) || nudgeDismissedFor(storage, entryKey))) return;
      detection.read(body).then(
        (reading) => {
          if (!current) return;
          setUrgent(reading.level === 'urgent');
          if (reading.mindReading) setShown(true);
        },
        () => undefined,
      );
    }, NUDGE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [body, entryKey, shown, hidden, detection]);

  // When the writing suggests someone may be in danger, the safety notice speaks alone.
  if (shown && urgent) return null;

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {shown && !hidden ? 'Haven offers a gentle pause, just below your writing.' : ''}
      </p>
      {shown && !hidden && (
        <aside className="mind-pause" aria-labelledby="mind-pause-title">
          <h2 id="mind-pause-title" className="mind-pause__title">
            {MIND_READING_PAUSE.title}
          </h2>
          <p>{MIND_READING_PAUSE.body}</p>
          <ul className="mind-pause__questions">
            {MIND_READING_PAUSE.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <div className="button-row">
            <Button small variant="primary" onClick={onCheckin}>
              {MIND_READING_PAUSE.action}
            </Button>
            <Button
              small
              variant="quiet"
              onClick={() => {
                dismissNudgeFor(deviceStorage(), entryKey);
                setHidden(true);
              }}
            >
              {MIND_READING_PAUSE.dismiss}
            </Button>
            <Button
              small
              variant="quiet"
              onClick={() => {
                setMindReadingNudge(deviceStorage(), false);
                setHidden(true);
                toast.show('Pauses are off. You can turn them on again on the journal page.');
              }}
            >
              Turn these pauses off
            </Button>
          </div>
        </aside>
      )}
    </>
  );
}
