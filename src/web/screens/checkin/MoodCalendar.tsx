import { addMonths, addYears, format, isSameDay, isSameYear, startOfYear } from 'date-fns';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { REGIONS, regionLabel, type Region } from '../../../core/attuning/feelings.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { Button } from '../../components/Button.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { cx } from '../../lib/cx.js';
import { dayKey, dayLabel, monthWeeks, monthsOf, moodDays, weekdays, type MoodDay } from './calendar.js';
import { useCheckinsBetween } from './history.js';
import { useRovingGroup } from './roving.js';

type View = 'month' | 'year';

/**
 * A calm picture of moods: a month or a year at a glance, each day coloured by
 * where it sat on the pad, days without a check-in left plain. Every day with
 * a check-in opens it; the arrow keys move between days, so the calendar is a
 * single Tab stop. Loaded only with the history, never with the first screen.
 */
export function MoodCalendar({ today = new Date() }: { today?: Date }) {
  const [view, setView] = useState<View>('month');
  const [month, setMonth] = useState(() => today);
  const year = startOfYear(month);
  const checkins = useCheckinsBetween(year, addYears(year, 1));
  const days = useMemo(
    () =>
      moodDays(
        (checkins.data ?? []).map(({ record, payload }) => ({
          id: record.id,
          occurredAt: record.occurredAt,
          pleasantness: payload.pleasantness,
          energy: payload.energy,
        })),
      ),
    [checkins.data],
  );
  const step = (by: number) => setMonth((m) => (view === 'month' ? addMonths(m, by) : addYears(m, by)));
  const title = view === 'month' ? format(month, 'MMMM yyyy') : format(month, 'yyyy');
  const unit = view === 'month' ? 'month' : 'year';

  return (
    <section className="mood-calendar stack" aria-labelledby="mood-calendar-title">
      <div className="mood-calendar__bar">
        <h2 id="mood-calendar-title" className="section-title">
          <span className="visually-hidden">Your moods, </span>
          {title}
        </h2>
        <div className="mood-calendar__controls">
          <div className="mood-calendar__views" role="group" aria-label="Show">
            {(['month', 'year'] as const).map((v) => (
              <Button key={v} small variant="quiet" aria-pressed={view === v} onClick={() => setView(v)}>
                {v === 'month' ? 'Month' : 'Year'}
              </Button>
            ))}
          </div>
          <Button small variant="quiet" onClick={() => step(-1)} aria-label={`Previous ${unit}`}>
            <span aria-hidden="true">←</span>
          </Button>
          <Button small variant="quiet" onClick={() => step(1)} aria-label={`Next ${unit}`}>
            <span aria-hidden="true">→</span>
          </Button>
        </div>
      </div>
      <QueryBoundary query={{ ...checkins, data: checkins.data && days }} loading="Gathering your moods…">
        {(found) =>
          view === 'month' ? (
            <MonthGrid month={month} days={found} today={today} />
          ) : (
            <YearGrid
              year={month}
              days={found}
              today={today}
              onOpenMonth={(m) => {
                setMonth(m);
                setView('month');
              }}
            />
          )
        }
      </QueryBoundary>
      <Legend />
      <p className="muted mood-calendar__hint">
        Plain days are days without a check-in. Each coloured day opens what you noted.
      </p>
    </section>
  );
}

function MonthGrid({ month, days, today }: { month: Date; days: Map<string, MoodDay>; today: Date }) {
  const { ref, onKeyDown, onFocus } = useRovingGroup<HTMLDivElement>();
  const names = weekdays();
  return (
    <div ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      <table className="mood-month">
        <caption className="visually-hidden">
          {`Moods in ${format(month, 'MMMM yyyy')}. Use the arrow keys to move between days with a check-in.`}
        </caption>
        <thead>
          <tr>
            {names.map((name) => (
              <th key={name.long} scope="col">
                <abbr title={name.long}>{name.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, row) => (
            <tr key={row}>
              {week.map((date, col) => (
                <td key={col}>
                  {date && <DayCell date={date} day={days.get(dayKey(date))} today={today} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function YearGrid({
  year,
  days,
  today,
  onOpenMonth,
}: {
  year: Date;
  days: Map<string, MoodDay>;
  today: Date;
  onOpenMonth: (month: Date) => void;
}) {
  const { ref, onKeyDown, onFocus } = useRovingGroup<HTMLDivElement>();
  const names = weekdays();
  return (
    <div ref={ref} className="mood-year" onKeyDown={onKeyDown} onFocus={onFocus}>
      {monthsOf(year).map((month) => (
        <table key={month.getMonth()} className="mood-month mood-month--small">
          <caption>
            <button type="button" className="mood-year__month" onClick={() => onOpenMonth(month)}>
              {format(month, 'MMMM')}
              <span className="visually-hidden"> {format(month, 'yyyy')}, show the month</span>
            </button>
          </caption>
          <thead className="visually-hidden">
            <tr>
              {names.map((name) => (
                <th key={name.long} scope="col">
                  {name.long}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, row) => (
              <tr key={row}>
                {week.map((date, col) => (
                  <td key={col}>
                    {date && <DayCell date={date} day={days.get(dayKey(date))} today={today} small />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {!isSameYear(year, today) && days.size === 0 && <p className="muted">No check-ins that year.</p>}
    </div>
  );
}

function DayCell({
  date,
  day,
  today,
  small = false,
}: {
  date: Date;
  day: MoodDay | undefined;
  today: Date;
  small?: boolean;
}) {
  const label = dayLabel(date, day);
  const current = isSameDay(date, today) ? 'date' : undefined;
  const number = <span aria-hidden="true">{small ? '' : format(date, 'd')}</span>;
  if (!day) {
    // Days still to come are not gaps: they are drawn without an edge.
    const ahead = date > today && !isSameDay(date, today);
    return (
      <span
        className={cx('mood-day', 'mood-day--gap', ahead && 'mood-day--ahead', small && 'mood-day--small')}
        aria-current={current}
        title={label}
      >
        {number}
        {!small && <span className="visually-hidden">{label}</span>}
      </span>
    );
  }
  return (
    <Link
      to={pathTo('checkin', day.newestId)}
      className={cx('mood-day', `mood--${day.region}`, small && 'mood-day--small')}
      aria-label={label}
      aria-current={current}
      title={label}
    >
      {number}
    </Link>
  );
}

function Legend() {
  return (
    <ul className="mood-legend" role="list" aria-label="What the colours mean">
      {REGIONS.map((region: Region) => (
        <li key={region}>
          <span className={cx('mood-legend__swatch', `mood--${region}`)} aria-hidden="true" />
          {regionLabel(region).label}
        </li>
      ))}
      <li>
        <span className="mood-legend__swatch mood-day--gap" aria-hidden="true" />
        No check-in
      </li>
    </ul>
  );
}
