import type { CrisisContact, RegionResources } from '../../core/safety/resources.js';
import { GlobeIcon, MessageIcon, PhoneIcon } from './icons.js';

/** The helplines to show as links: everything but the emergency number, which has its own line. */
export function crisisLines(resources: RegionResources): CrisisContact[] {
  return resources.contacts.filter((c) => c.kind !== 'emergency');
}

/** Emergency numbers that can be dialled; the "anywhere else" region has none. */
export function emergencyLines(resources: RegionResources): CrisisContact[] {
  return resources.contacts.filter((c) => c.kind === 'emergency' && c.href.startsWith('tel:'));
}

/**
 * Ways to reach someone, as big, plain links: "Call 116 123" with who answers
 * underneath. `tel:` and `sms:` open the phone's own dialler or messages.
 */
export function ContactList({
  contacts,
  compact = false,
}: {
  contacts: readonly CrisisContact[];
  compact?: boolean;
}) {
  return (
    <ul className={compact ? 'contact-list contact-list--compact' : 'contact-list'} role="list">
      {contacts.map((contact) => (
        <li key={`${contact.href}-${contact.display}`}>
          <ContactLink contact={contact} />
        </li>
      ))}
    </ul>
  );
}

export function ContactLink({ contact }: { contact: CrisisContact }) {
  const web = contact.href.startsWith('https:');
  const Icon = web ? GlobeIcon : contact.href.startsWith('sms:') ? MessageIcon : PhoneIcon;
  return (
    <a
      className={`contact contact--${contact.kind}`}
      href={contact.href}
      {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      <Icon className="contact__icon" />
      <span className="contact__text">
        <span className="contact__action">{contact.display}</span>
        <span className="contact__who">{contact.label}</span>
      </span>
    </a>
  );
}

/** "call your local emergency number, 999" (or "112 or 999"), the numbers as links where there are any. */
export function EmergencyNumbers({ resources }: { resources: RegionResources }) {
  const lines = emergencyLines(resources);
  if (lines.length === 0) return <>call your local emergency number</>;
  return (
    <>
      call your local emergency number,{' '}
      {lines.map((line, index) => (
        <span key={line.href}>
          {index > 0 && ' or '}
          <a className="emergency-number" href={line.href}>
            {line.href.slice('tel:'.length)}
          </a>
        </span>
      ))}
    </>
  );
}
