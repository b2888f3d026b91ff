/**
 * Crisis and emergency contacts by region, as data. Each contact names the
 * organisation's own page where it was checked and the date it was checked,
 * so anyone can verify it and a test can insist on both.
 */

export type ContactKind = 'call' | 'text' | 'web' | 'emergency';

export interface CrisisContact {
  /** Who or what this is, e.g. "988 Suicide & Crisis Lifeline". */
  label: string;
  kind: ContactKind;
  /** What to show, e.g. "Call or text 988". */
  display: string;
  /** A `tel:`, `sms:` (with a body where a keyword is needed) or `https:` link. */
  href: string;
  /** The organisation's own page where this was checked. */
  source: string;
  /** ISO date (YYYY-MM-DD) the contact was last checked. */
  checkedOn: string;
}

export const REGIONS = [
  { code: 'US', name: 'United States' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'IE', name: 'Ireland' },
  { code: 'CA', name: 'Canada' },
  { code: 'AU', name: 'Australia' },
  { code: 'NZ', name: 'New Zealand' },
  { code: 'other', name: 'Anywhere else' },
] as const;

export type RegionCode = (typeof REGIONS)[number]['code'];

export interface RegionResources {
  code: RegionCode;
  name: string;
  contacts: readonly CrisisContact[];
}

const CHECKED_ON = '2026-11-26';

const RESOURCES: Readonly<Record<RegionCode, readonly CrisisContact[]>> = {
  US: [
    {
      label: '988 Suicide & Crisis Lifeline',
      kind: 'call',
      display: 'Call 988',
      href: 'tel:988',
      source: 'https://988lifeline.org',
      checkedOn: CHECKED_ON,
    },
    {
      label: '988 Suicide & Crisis Lifeline',
      kind: 'text',
      display: 'Text 988',
      href: 'sms:988',
      source: 'https://988lifeline.org',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Crisis Text Line',
      kind: 'text',
      display: 'Text HOME to 741741',
      href: 'sms:741741?&body=HOME',
      source: 'https://www.crisistextline.org',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 911',
      href: 'tel:911',
      source: 'https://www.911.gov',
      checkedOn: CHECKED_ON,
    },
  ],
  GB: [
    {
      label: 'Samaritans',
      kind: 'call',
      display: 'Call 116 123',
      href: 'tel:116123',
      source: 'https://www.samaritans.org',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Shout',
      kind: 'text',
      display: 'Text 85258',
      href: 'sms:85258',
      source: 'https://giveusashout.org',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 999',
      href: 'tel:999',
      source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
      checkedOn: CHECKED_ON,
    },
  ],
  IE: [
    {
      label: 'Samaritans',
      kind: 'call',
      display: 'Call 116 123',
      href: 'tel:116123',
      source: 'https://www.samaritans.org/ireland/',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 112',
      href: 'tel:112',
      source: 'https://www.gov.ie',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 999',
      href: 'tel:999',
      source: 'https://www.gov.ie',
      checkedOn: CHECKED_ON,
    },
  ],
  CA: [
    {
      label: '9-8-8 Suicide Crisis Helpline',
      kind: 'call',
      display: 'Call 9-8-8',
      href: 'tel:988',
      source: 'https://988.ca',
      checkedOn: CHECKED_ON,
    },
    {
      label: '9-8-8 Suicide Crisis Helpline',
      kind: 'text',
      display: 'Text 9-8-8',
      href: 'sms:988',
      source: 'https://988.ca',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 911',
      href: 'tel:911',
      source: 'https://www.canada.ca',
      checkedOn: CHECKED_ON,
    },
  ],
  AU: [
    {
      label: 'Lifeline',
      kind: 'call',
      display: 'Call 13 11 14',
      href: 'tel:131114',
      source: 'https://www.lifeline.org.au',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Lifeline',
      kind: 'text',
      display: 'Text 0477 13 11 14',
      href: 'sms:0477131114',
      source: 'https://www.lifeline.org.au',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 000',
      href: 'tel:000',
      source: 'https://www.triplezero.gov.au',
      checkedOn: CHECKED_ON,
    },
  ],
  NZ: [
    {
      label: '1737, Need to talk?',
      kind: 'call',
      display: 'Call 1737',
      href: 'tel:1737',
      source: 'https://1737.org.nz',
      checkedOn: CHECKED_ON,
    },
    {
      label: '1737, Need to talk?',
      kind: 'text',
      display: 'Text 1737',
      href: 'sms:1737',
      source: 'https://1737.org.nz',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call 111',
      href: 'tel:111',
      source: 'https://www.police.govt.nz',
      checkedOn: CHECKED_ON,
    },
  ],
  other: [
    {
      label: 'Find A Helpline',
      kind: 'web',
      display: 'Find a free, confidential helpline in your country at findahelpline.com',
      href: 'https://findahelpline.com',
      source: 'https://findahelpline.com',
      checkedOn: CHECKED_ON,
    },
    {
      label: 'Emergency services',
      kind: 'emergency',
      display: 'Call your local emergency number',
      href: 'https://findahelpline.com',
      source: 'https://findahelpline.com',
      checkedOn: CHECKED_ON,
    },
  ],
};

function isRegionCode(code: string): code is RegionCode {
  return REGIONS.some((r) => r.code === code);
}

/** The contacts for a region code (case-insensitive); anything unknown gets the "anywhere else" list. */
export function resourcesFor(region: string): RegionResources {
  const upper = region.trim().toUpperCase();
  const code: RegionCode = upper === 'UK' ? 'GB' : isRegionCode(upper) ? upper : 'other';
  const entry = REGIONS.find((r) => r.code === code) ?? { code: 'other' as const, name: 'Anywhere else' };
  return { code, name: entry.name, contacts: RESOURCES[code] };
}

/**
 * A sensible default region from a BCP 47 locale such as a browser's
 * `navigator.language`: "en-GB" -> GB, "en-US" -> US, "fr-FR" or a bare "en"
 * -> other. "UK" is accepted as GB. The person can always change it.
 */
export function regionFromLocale(locale: string | undefined): RegionCode {
  if (!locale) return 'other';
  const parts = locale.trim().replace(/_/g, '-').split('-');
  // The region subtag is the first two-letter (or three-digit) part after the language.
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  if (!region) return 'other';
  const upper = region.toUpperCase();
  if (upper === 'UK') return 'GB';
  return isRegionCode(upper) ? upper : 'other';
}
