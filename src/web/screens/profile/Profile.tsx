import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { PROFILE_SECTIONS } from '../../../core/attuning/profile.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useAllRecords } from '../../data/records.js';
import { ProfileSectionCard } from './ProfileSection.js';
import { SelfAbandonmentLog } from './SelfAbandonmentLog.js';
import '../../styles/attuning.css';

/** The self-knowledge profile: values, needs, desires, interests, likes, dislikes and boundaries, and the noticing log. */
export function ProfileScreen() {
  const profile = useAllRecords('profile_item');
  useScrollToHash(profile.data !== undefined);

  return (
    <div className="attuning stack-xl">
      <PageHeader
        title="Knowing myself"
        eyebrow="Attuning"
        about={<p>Change anything, any time; the dates show you how you have grown.</p>}
      >
        <p>What matters to you, what you need and love, and where your limits are.</p>
      </PageHeader>
      <nav aria-label="Profile sections" className="on-this-page">
        <ul>
          {PROFILE_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href="#self-abandonment">Noticing</a>
          </li>
        </ul>
      </nav>
      <QueryBoundary query={profile} loading="Loading your profile…">
        {(items) =>
          PROFILE_SECTIONS.map((section) => (
            <ProfileSectionCard
              key={section.id}
              section={section}
              items={items.filter((item) => item.payload.section === section.id)}
            />
          ))
        }
      </QueryBoundary>
      <SelfAbandonmentLog />
    </div>
  );
}

/** Brings the section named in the address into view once the page has its content. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    done.current = hash;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
}
