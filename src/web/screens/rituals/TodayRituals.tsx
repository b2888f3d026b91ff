import { pathTo } from '../../../core/practices/catalogue.js';
import { Link } from 'react-router';
import { TodayList } from './TodayList.js';
import { today, useRecentDone, useRituals } from './data.js';
import { useRitualReminders } from './reminders.js';
import '../../styles/rituals.css';

/** Today's rituals on the home screen, each marked done in one action; nothing shows when there are none. */
export function TodayRituals() {
  const rituals = useRituals();
  const done = useRecentDone();
  useRitualReminders(rituals.data ?? [], done.data ?? []);
  if (!rituals.data || rituals.data.length === 0) return null;
  return (
    <div className="card stack rituals home-rituals">
      <TodayList rituals={rituals.data} done={done.data ?? []} day={today()} />
      <p>
        <Link to={pathTo('rituals')}>All your rituals</Link>
      </p>
    </div>
  );
}

export default TodayRituals;
