import { useQueries } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { historyStart, sessionsByWeek, type SessionEntry, type Week } from '../../../core/here/history.js';
import { movementName } from '../../../core/here/kinds.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import type { RecordKindName } from '../../../core/records/registry.js';
import type { SavedRecord } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { recordKeys } from '../../data/keys.js';
import '../../styles/here.css';

const KINDS = ['timer_session', 'sitting_session', 'guided_session', 'movement_session'] as const;
type SessionKindName = (typeof KINDS)[number];
const SHOWN_WEEKS = 12;

const PRACTICE_WORDS: Record<SessionEntry['practice'], string> = {
  timer: 'Meditation',
  sitting: 'Sitting with myself',
  guided: 'Guided',
  movement: 'Movement',
};

/** A saved session of any H kind, as an entry of the history. */
function toEntry(record: SavedRecord<SessionKindName>): SessionEntry {
  const at = new Date(record.occurredAt);
  const base = { id: record.id, at };
  switch (record.kind) {
    case 'timer_session': {
      const p = record.payload;
      return {
        ...base,
        practice: 'timer',
        minutes: p.seconds / 60,
        title: 'Meditation timer',
        felt: p.felt,
        note: p.note,
        endedEarly: p.endedEarly,
      };
    }
    case 'sitting_session': {
      const p = record.payload;
      return {
        ...base,
        practice: 'sitting',
        minutes: p.seconds / 60,
        title: 'Sitting with myself',
        felt: p.felt,
        note: p.note,
        endedEarly: p.endedEarly,
      };
    }
    case 'guided_session': {
      const p = record.payload;
      return {
        ...base,
        practice: 'guided',
        minutes: p.seconds / 60,
        title: p.title,
        felt: p.felt,
        note: p.note,
        endedEarly: p.endedEarly,
      };
    }
    case 'movement_session': {
      const p = record.payload;
      return {
        ...base,
        practice: 'movement',
        minutes: p.minutes,
        title: movementName(p),
        felt: `ease ${p.before.ease} before, ${p.after.ease} after${p.after.words ? `: ${p.after.words}` : ''}`,
        note: p.note,
      };
    }
  }
}

/** Every session of the H pillar's kinds since `from`, read page by page. */
function useSessionsSince(from: Date) {
  const api = useApi();
  const iso = from.toISOString();
  const results = useQueries({
    combine: (all) => ({
      data: all.every((r) => r.data !== undefined)
        ? all.flatMap((r) => (r.data ?? []) as SavedRecord<SessionKindName>[]).map(toEntry)
        : undefined,
      error: all.find((r) => r.error)?.error ?? null,
      isFetching: all.some((r) => r.isFetching),
      refetch: () => Promise.all(all.map((r) => r.refetch())),
    }),
    queries: KINDS.map((kind: RecordKindName) => ({
      queryKey: [...recordKeys.kind(kind), 'since', iso],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const all: SavedRecord[] = [];
        let cursor: string | null = null;
        do {
          const page: { items: SavedRecord[]; nextCursor: string | null } = await api.records.list(
            { kind, from: iso, limit: 200, ...(cursor ? { cursor } : {}) },
            signal,
          );
          all.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return all;
      },
    })),
  });
  return results;
}

/** Minutes in plain words, for the week list and the chart's text. */
function minutesWords(minutes: number): string {
  const m = Math.round(minutes);
  if (minutes > 0 && m === 0) return 'under a minute';
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** The H pillar's history: every session, week by week, and minutes per week. No streaks. */
export function HereHistoryScreen() {
  const [weeks, setWeeks] = useState(SHOWN_WEEKS);
  const now = useMemo(() => new Date(), []);
  const sessions = useSessionsSince(historyStart(now, weeks));
  return (
    <div className="here stack-xl">
      <PageHeader title="Time spent here" eyebrow="Here">
        <p>Every session, week by week. Weeks without any are simply weeks; nothing here is a score.</p>
      </PageHeader>
      <QueryBoundary query={sessions} loading="Loading your sessions…">
        {(entries) => {
          const byWeek = sessionsByWeek(entries, now, weeks);
          if (entries.length === 0) {
            return (
              <EmptyState
                title="No sessions yet"
                action={
                  <ButtonLink to={pathTo('guided')} variant="primary">
                    Open the practice library
                  </ButtonLink>
                }
              >
                <p>Timer, sitting, guided and movement sessions gather here as you keep them.</p>
              </EmptyState>
            );
          }
          return (
            <>
              <MinutesChart weeks={byWeek.slice(-SHOWN_WEEKS)} />
              <WeekList weeks={byWeek} />
              <div>
                <Button onClick={() => setWeeks((w) => w + SHOWN_WEEKS)}>Show earlier weeks</Button>
              </div>
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}

function weekLabel(week: Week): string {
  return `Week of ${format(week.start, 'd MMM')}`;
}

function MinutesChart({ weeks }: { weeks: Week[] }) {
  const data = weeks.map((w) => ({ week: format(w.start, 'd MMM'), minutes: Math.round(w.minutes) }));
  const summary = weeks.map((w) => `${weekLabel(w)}: ${minutesWords(w.minutes)}`).join('; ');
  return (
    <section className="stack-s here-chart" aria-labelledby="here-chart-title">
      <h2 id="here-chart-title" className="section-title">
        Minutes per week
      </h2>
      <div
        className="here-chart__frame"
        role="img"
        aria-label={`Minutes per week, last ${weeks.length} weeks. ${summary}.`}
      >
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <XAxis
              dataKey="week"
              tickLine={false}
              axisLine={false}
              interval="preserveStartEnd"
              fontSize={12}
              stroke="currentColor"
            />
            <YAxis
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              width={40}
              fontSize={12}
              stroke="currentColor"
            />
            <Tooltip
              cursor={{ fill: 'var(--color-surface-sunken)' }}
              contentStyle={{
                background: 'var(--color-surface)',
                border: '1px solid var(--color-border)',
                color: 'var(--color-text)',
              }}
            />
            <Bar
              dataKey="minutes"
              name="Minutes"
              fill="var(--ink-here)"
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

/** Weeks newest first, with each run of empty weeks told as one quiet line: a gap shown as a gap. */
function WeekList({ weeks }: { weeks: Week[] }) {
  const rows: ({ kind: 'week'; week: Week } | { kind: 'gap'; from: Week; to: Week })[] = [];
  for (const week of [...weeks].reverse()) {
    const last = rows.at(-1);
    if (week.sessions.length > 0) rows.push({ kind: 'week', week });
    else if (last?.kind === 'gap') last.from = week;
    else rows.push({ kind: 'gap', from: week, to: week });
  }
  return (
    <div className="stack-l">
      {rows.map((row) =>
        row.kind === 'gap' ? (
          <p key={row.to.start.toISOString()} className="here-gap">
            {row.from === row.to
              ? `${weekLabel(row.to)}: nothing kept`
              : `Weeks of ${format(row.from.start, 'd MMM')} to ${format(row.to.start, 'd MMM')}: nothing kept`}
          </p>
        ) : (
          <WeekSessions key={row.week.start.toISOString()} week={row.week} />
        ),
      )}
    </div>
  );
}

function WeekSessions({ week }: { week: Week }) {
  return (
    <section className="stack-s here-week" aria-label={weekLabel(week)}>
      <h2 className="subsection-title here-week__title">
        {weekLabel(week)}
        <span className="here-week__minutes muted">{minutesWords(week.minutes)}</span>
      </h2>
      <ul className="session-rows" role="list">
        {week.sessions.map((s) => (
          <li key={s.id} className="session-row">
            <span className="session-row__what">
              {s.practice === 'guided' || s.practice === 'movement' ? `${PRACTICE_WORDS[s.practice]}: ` : ''}
              {s.title}, {minutesWords(s.minutes)}
            </span>
            {(s.felt ?? s.note) && (
              <span className="session-row__felt">{[s.felt, s.note].filter(Boolean).join(' · ')}</span>
            )}
            <time className="session-row__when muted" dateTime={s.at.toISOString()}>
              {format(s.at, 'EEE d MMM, HH:mm')}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
