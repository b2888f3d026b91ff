import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eachDayOfInterval, endOfWeek, format, parseISO, startOfWeek, subDays } from 'date-fns';
import { WEEKDAY_LABELS, WEEKDAYS } from '../../../core/rituals/schedule.js';
import { useState } from 'react';
import { pathTo } from '../../../core/practices/catalogue.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useToast } from '../../components/Toast.js';
import { useApi } from '../../app/session.js';
import { toProblem } from '../../api/client.js';
import { downloadBlob } from '../../lib/download.js';
import type { Kept } from '../../data/records.js';
import { DONE_WINDOW_DAYS, today, useRecentDone, useRituals } from './data.js';
import '../../styles/rituals.css';

const FEED_KEY = ['rituals', 'feed'] as const;

/** Reminders that reach you outside Haven, and a calm look back at what you did. */
export function RitualCalendarScreen() {
  return (
    <div className="rituals stack-xl">
      <PageHeader title="Reminders and what you did" eyebrow="Small rituals">
        <p>
          Haven can put your rituals in the calendar you already use, so the reminder finds you there. Below,
          the days you marked a ritual done; the other days are simply days.
        </p>
        <div className="button-row">
          <ButtonLink to={pathTo('rituals')}>Back to your rituals</ButtonLink>
        </div>
      </PageHeader>
      <FeedSettings />
      <DoneCalendar />
    </div>
  );
}

function FeedSettings() {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const feed = useQuery({ queryKey: FEED_KEY, queryFn: ({ signal }) => api.ritualFeed.get(signal) });
  const [confirm, setConfirm] = useState<'rotate' | 'off' | null>(null);
  const change = useMutation({
    mutationFn: (what: 'on' | 'rotate' | 'off') =>
      what === 'on'
        ? api.ritualFeed.turnOn()
        : what === 'rotate'
          ? api.ritualFeed.rotate()
          : api.ritualFeed.turnOff().then(() => ({ feed: null })),
    onSuccess: (data, what) => {
      client.setQueryData(FEED_KEY, data);
      setConfirm(null);
      toast.show(
        what === 'on'
          ? 'Your calendar feed is on.'
          : what === 'rotate'
            ? 'Your feed has a new address. The old one no longer works.'
            : 'Your calendar feed is off.',
        'success',
      );
    },
  });
  const download = useMutation({
    mutationFn: () => api.ritualFeed.download(),
    onSuccess: (file) => downloadBlob(file.blob, file.filename),
  });

  return (
    <section aria-labelledby="feed-title" className="card stack">
      <h2 id="feed-title" className="section-title">
        Your calendar
      </h2>
      <QueryBoundary query={feed} loading="Loading your calendar settings…">
        {({ feed: state }) => {
          const url = state ? `${window.location.origin}${state.path}` : '';
          return state ? (
            <div className="stack">
              <p>
                Your feed is on. Add this address to your calendar app as a subscription (often called
                &ldquo;add calendar from URL&rdquo;). It updates when you change your rituals.
              </p>
              <label className="field" htmlFor="feed-url">
                <span className="field__label">Your private calendar address</span>
                <input
                  id="feed-url"
                  className="input feed-url"
                  readOnly
                  value={url}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
              <p className="field__hint">
                Anyone with this address can see the calendar titles and times of your rituals, and nothing
                else. Keep it to yourself; if it gets out, give it a new address.
              </p>
              <div className="button-row">
                <Button
                  variant="primary"
                  onClick={() =>
                    void navigator.clipboard
                      ?.writeText(url)
                      .then(() => toast.show('Copied the address.', 'success'))
                      .catch(() => toast.show('Copying did not work here; select the address instead.'))
                  }
                >
                  Copy the address
                </Button>
                <Button onClick={() => setConfirm('rotate')}>Give it a new address</Button>
                <Button variant="quiet" onClick={() => setConfirm('off')}>
                  Turn the feed off
                </Button>
              </div>
            </div>
          ) : (
            <div className="stack">
              <p>
                The feed is off. When it is on, your calendar shows each ritual that has a calendar title, on
                its days and at its time, in your time zone. Only the title you chose travels; never what you
                wrote about why.
              </p>
              <div className="button-row">
                <Button variant="primary" busy={change.isPending} onClick={() => change.mutate('on')}>
                  Turn on the calendar feed
                </Button>
              </div>
            </div>
          );
        }}
      </QueryBoundary>
      <div className="stack-s ritual-download">
        <h3 className="subsection-title">Or a file, once</h3>
        <p>Download your rituals as a calendar file to import by hand. It does not update itself.</p>
        <div className="button-row">
          <Button busy={download.isPending} onClick={() => download.mutate()}>
            Download a calendar file
          </Button>
        </div>
      </div>
      {(change.error ?? download.error) && (
        <p className="ritual-problem" role="alert">
          {toProblem(change.error ?? download.error).title}
        </p>
      )}
      <ConfirmDialog
        open={confirm === 'rotate'}
        onOpenChange={(open) => setConfirm(open ? 'rotate' : null)}
        title="Give your feed a new address?"
        description="The old address stops working at once. You will need to add the new one to your calendar app."
        confirmLabel="New address"
        tone="primary"
        pending={change.isPending}
        onConfirm={() => change.mutate('rotate')}
      />
      <ConfirmDialog
        open={confirm === 'off'}
        onOpenChange={(open) => setConfirm(open ? 'off' : null)}
        title="Turn the calendar feed off?"
        description="Your calendar app will stop showing your rituals. You can turn it on again; it will get a new address."
        confirmLabel="Turn it off"
        tone="primary"
        pending={change.isPending}
        onConfirm={() => change.mutate('off')}
      />
    </section>
  );
}

/** The last weeks as a calm grid: a mark on the days something was done, nothing on the others. */
function DoneCalendar() {
  const done = useRecentDone();
  const rituals = useRituals();
  return (
    <section aria-labelledby="done-title" className="card stack">
      <h2 id="done-title" className="section-title">
        What you did, lately
      </h2>
      <QueryBoundary query={done} loading="Loading what you did…">
        {(items) => <DoneGrid done={items} rituals={rituals.data ?? []} />}
      </QueryBoundary>
    </section>
  );
}

function DoneGrid({
  done,
  rituals,
}: {
  done: readonly Kept<'ritual_done'>[];
  rituals: readonly Kept<'ritual'>[];
}) {
  const end = parseISO(today());
  const weeks = doneWeeks(subDays(end, DONE_WINDOW_DAYS - 1), end);
  const titleOf = (id: string) => rituals.find((r) => r.record.id === id)?.payload.title ?? 'A ritual';
  return (
    <>
      <table className="done-grid">
        <caption className="visually-hidden">The last {DONE_WINDOW_DAYS} days, a week to a row</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col" className="done-grid__weekday">
                <abbr title={WEEKDAY_LABELS[weekday].long}>{WEEKDAY_LABELS[weekday].short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map(({ day, inWindow }) => {
                if (!inWindow) return <td key={day} className="done-grid__outside" />;
                const that = done.filter((d) => d.payload.day === day);
                const label = `${format(parseISO(day), 'EEEE d MMMM')}: ${
                  that.length === 0
                    ? 'nothing marked'
                    : that.map((d) => titleOf(d.payload.ritualId)).join(', ')
                }`;
                return (
                  <td key={day} className="done-grid__day" data-done={that.length > 0 ? 'true' : undefined}>
                    <span className="done-grid__date" aria-hidden="true">
                      {format(parseISO(day), 'd')}
                    </span>
                    <span className="visually-hidden">{label}</span>
                    {that.length > 0 && <span className="done-grid__mark" aria-hidden="true" />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {done.some((d) => d.payload.note) && (
        <div className="stack-s">
          <h3 className="subsection-title">What you noted</h3>
          <ul className="link-list">
            {done
              .filter((d) => d.payload.note)
              .map((d) => (
                <li key={d.record.id}>
                  <strong>{format(parseISO(d.payload.day), 'EEE d MMM')}</strong>,{' '}
                  {titleOf(d.payload.ritualId)}: {d.payload.note}
                </li>
              ))}
          </ul>
        </div>
      )}
    </>
  );
}

/**
 * The days from `first` to `last` laid out in weeks, Monday first, so each
 * column is one weekday; days of those weeks outside the window are marked.
 */
function doneWeeks(first: Date, last: Date): { day: string; inWindow: boolean }[][] {
  const from = format(first, 'yyyy-MM-dd');
  const to = format(last, 'yyyy-MM-dd');
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: 1 }),
    end: endOfWeek(last, { weekStartsOn: 1 }),
  }).map((d) => {
    const day = format(d, 'yyyy-MM-dd');
    return { day, inWindow: day >= from && day <= to };
  });
  const weeks: { day: string; inWindow: boolean }[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}
