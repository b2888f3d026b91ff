import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toProblem, type AccountSession } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { InlineError } from '../../components/InlineError.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useToast } from '../../components/Toast.js';
import { accountKeys } from '../../data/keys.js';
import { fullDateTime, relativeTime } from '../../lib/time.js';

/** Where this account is signed in, with a way to end each session. */
export function SessionsSection() {
  const session = useSession();
  const { api } = session;
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: accountKeys.sessions, queryFn: ({ signal }) => api.sessions(signal) });
  const [ending, setEnding] = useState<string | null>(null);
  const [endError, setEndError] = useState<{ id: string; message: string } | null>(null);

  const end = async (target: AccountSession) => {
    setEnding(target.id);
    setEndError(null);
    try {
      await api.endSession(target.id);
      if (target.current) {
        session.ended('locked');
        return;
      }
      toast.show(`Signed out on ${target.device}.`, 'success');
      await queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
    } catch (error) {
      setEndError({ id: target.id, message: toProblem(error).title });
    } finally {
      setEnding(null);
    }
  };

  return (
    <QueryBoundary query={query} loading="Loading your sessions…">
      {(data) => <SessionList sessions={data.sessions} ending={ending} endError={endError} onEnd={end} />}
    </QueryBoundary>
  );
}

function SessionList({
  sessions: unsorted,
  ending,
  endError,
  onEnd,
}: {
  sessions: readonly AccountSession[];
  ending: string | null;
  endError: { id: string; message: string } | null;
  onEnd: (session: AccountSession) => Promise<void>;
}) {
  const sessions = [...unsorted].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  if (sessions.length === 0) {
    return <EmptyState title="No sessions to show">Signing in on a device starts a session.</EmptyState>;
  }
  const now = new Date();
  return (
    <div className="stack">
      <p>Each place you are signed in. Ending a session signs that device out at once.</p>
      <ul className="session-list" role="list">
        {sessions.map((item) => (
          <li key={item.id} className="session-list__item">
            <div className="session-list__text">
              <p className="session-list__device">
                {item.device}
                {item.current && <span className="badge">This device</span>}
              </p>
              <p className="session-list__meta">
                Started <Started iso={item.createdAt} /> · last seen <Time iso={item.lastSeenAt} now={now} />
              </p>
              <p className="session-list__meta">Session {sessionTag(item.id)}</p>
              {endError?.id === item.id && <InlineError>{endError.message}</InlineError>}
            </div>
            <Button
              small
              variant={item.current ? 'secondary' : 'quiet'}
              busy={ending === item.id}
              onClick={() => void onEnd(item)}
            >
              <span>
                End<span className="visually-hidden"> session on {item.device}</span>
                {item.current && ' (signs you out)'}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A short, stable name for a session: the end of its id. Two sessions on the
 * same kind of browser, started the same minute, still read differently.
 */
function sessionTag(id: string): string {
  return id.slice(-4).toUpperCase();
}

/** When a session started, to the minute: "3 Nov 2026, 09:12". */
function Started({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <>at an unknown time</>;
  return <time dateTime={iso}>{fullDateTime(date)}</time>;
}

function Time({ iso, now }: { iso: string; now: Date }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <>at an unknown time</>;
  const full = fullDateTime(date);
  return (
    <time dateTime={iso} title={full}>
      {relativeTime(date, now)}
    </time>
  );
}
