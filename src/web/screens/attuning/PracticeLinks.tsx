import { Link } from 'react-router';
import '../../styles/attuning.css';

/** The Attuning practices, for the Home card. Kept small: Home ships in the first bundle. */
const PRACTICES = [
  { to: '/checkin', label: 'Daily check-in' },
  { to: '/journal', label: 'Journal' },
  { to: '/profile', label: 'Self-knowledge profile' },
  { to: '/soothing', label: 'Soothing kit' },
  { to: '/paths', label: 'Growth paths' },
] as const;

export function AttuningPracticeLinks() {
  return (
    <ul className="pillar-card__links" role="list">
      {PRACTICES.map((practice) => (
        <li key={practice.to}>
          <Link to={practice.to}>{practice.label}</Link>
        </li>
      ))}
    </ul>
  );
}
