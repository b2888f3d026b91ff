import { ButtonLink } from '../../components/Button.js';
import type { ReactNode } from 'react';
import { ThemeSwitch } from '../../app/theme.js';
import { Card } from '../../components/Card.js';
import { PageHeader } from '../../components/PageHeader.js';
import { HelpSettingsSection } from '../safety/HelpSettings.js';
import { DeleteAccountSection } from './DeleteAccount.js';
import { PassphraseSection } from './Passphrase.js';
import { RecoveryCodeSection } from './RecoveryCodeSection.js';
import { SessionsSection } from './Sessions.js';
import { YourDataSection } from './YourData.js';
import { pathTo } from '../../../core/practices/catalogue.js';

const SECTIONS = [
  { id: 'appearance', label: 'Appearance' },
  { id: 'help', label: 'Help and safety' },
  { id: 'growth-path', label: 'Growth path' },
  { id: 'sessions', label: 'Sessions' },
  { id: 'passphrase', label: 'Passphrase' },
  { id: 'recovery-code', label: 'Recovery code' },
  { id: 'your-data', label: 'Your data' },
  { id: 'delete-account', label: 'Delete account' },
] as const;

export function SettingsScreen() {
  return (
    <div className="settings stack-xl">
      <PageHeader title="Settings">
        <p>How Haven looks, where you are signed in, and everything about your account and your data.</p>
      </PageHeader>
      <nav aria-label="Settings sections" className="on-this-page">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(section.id);
                  target?.scrollIntoView();
                  target?.focus({ preventScroll: true });
                }}
              >
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SettingsSection id="appearance" title="Appearance">
        <p>Haven follows your device&rsquo;s light or dark setting unless you choose one here.</p>
        <ThemeSwitch />
      </SettingsSection>
      <SettingsSection id="help" title="Help and safety">
        <HelpSettingsSection />
      </SettingsSection>
      <SettingsSection id="growth-path" title="Growth path">
        <p>
          If you identify with an attachment pattern, Haven can suggest a gentle path of practices for it.
          This is never a diagnosis, &ldquo;not sure&rdquo; is always an answer, and you can change it any
          time.
        </p>
        <div className="button-row">
          <ButtonLink to={pathTo('paths')}>Choose or change your path</ButtonLink>
        </div>
      </SettingsSection>
      <SettingsSection id="sessions" title="Sessions">
        <SessionsSection />
      </SettingsSection>
      <SettingsSection id="passphrase" title="Passphrase">
        <PassphraseSection />
      </SettingsSection>
      <SettingsSection id="recovery-code" title="Recovery code">
        <RecoveryCodeSection />
      </SettingsSection>
      <SettingsSection id="your-data" title="Your data">
        <YourDataSection />
      </SettingsSection>
      <SettingsSection id="delete-account" title="Delete account" tone="danger">
        <DeleteAccountSection />
      </SettingsSection>
    </div>
  );
}

function SettingsSection({
  id,
  title,
  tone = 'raised',
  children,
}: {
  id: string;
  title: string;
  tone?: 'raised' | 'danger';
  children: ReactNode;
}) {
  return (
    <Card
      as="section"
      id={id}
      tabIndex={-1}
      tone={tone}
      aria-labelledby={`${id}-title`}
      className="stack settings-section"
    >
      <h2 id={`${id}-title`} className="settings-section__title">
        {title}
      </h2>
      {children}
    </Card>
  );
}
