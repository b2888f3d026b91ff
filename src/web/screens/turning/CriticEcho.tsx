import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { matchCritic, type KnownCritic } from '../../../core/turning/matching.js';
import { Button } from '../../components/Button.js';
import { useAllRecords } from '../../data/records.js';
import '../../styles/turning.css';

/** How long the writing rests before Haven listens for the critic in it. */
const QUIET_MS = 700;

/**
 * Beside something a person is writing: when a line sounds like a critic they
 * have met, the kind translation they wrote for it, offered quietly. The
 * matching runs here, on the device, over their own decrypted dialogues.
 * Drop it under any writing: `<CriticEcho text={value} />`.
 */
export function CriticEcho({ text }: { text: string }) {
  const settled = useSettled(text, QUIET_MS);
  const dialogues = useAllRecords('critic_dialogue');
  const known = useMemo<KnownCritic[]>(
    () =>
      (dialogues.data ?? []).map(({ record, payload }) => ({
        id: record.id,
        critic: payload.critic,
        says: payload.says,
        translation: payload.translation,
      })),
    [dialogues.data],
  );
  const match = useMemo(() => (settled.trim() ? matchCritic(settled, known) : null), [settled, known]);
  const [setAside, setSetAside] = useState<string | null>(null);
  if (!dialogues.data || !match || match.sentence === setAside) return null;

  const { critic } = match;
  return (
    <aside className="critic-echo" aria-label="Said more kindly">
      {critic?.translation ? (
        <>
          <p className="critic-echo__lead">
            This sounds a little like {critic.critic?.trim() || 'your inner critic'}. You once said it this
            way:
          </p>
          <blockquote className="critic-echo__translation">{critic.translation}</blockquote>
          <div className="button-row">
            <Link to={pathTo('inner-critic', critic.id)}>Open that dialogue</Link>
            <Button small variant="quiet" onClick={() => setSetAside(match.sentence)}>
              Not now
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="critic-echo__lead">
            That sounds like a harsh voice. If you would like to, you could listen to what it wants for you.
          </p>
          <div className="button-row">
            <Link to={pathTo('inner-critic', 'new')}>Talk with your inner critic</Link>
            <Button small variant="quiet" onClick={() => setSetAside(match.sentence)}>
              Not now
            </Button>
          </div>
        </>
      )}
    </aside>
  );
}

/** The value once it has stopped changing for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
