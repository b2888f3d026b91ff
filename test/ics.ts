import ICAL from 'ical.js';

/**
 * Reads an iCalendar (RFC 5545) document in the tests with a second library,
 * independent of the one that writes Haven's calendars: ical.js (Mozilla's,
 * the one Thunderbird reads calendars with). ical.js parses the document,
 * its components, its date-times, its recurrence rules and its VTIMEZONEs;
 * `readCalendar` then checks what RFC 5545 requires of them and ical.js does
 * not insist on, plus the line rules it does not check at all (CRLF, lines of
 * at most 75 octets). It throws on the first rule broken, and returns the
 * events as plain values a test can compare.
 *
 *   const { events, timezones } = readCalendar(body);
 *   events[0].summary            // 'A few minutes for me'
 *   events[0].start              // { local: '2026-03-02T07:30:00', tzid: 'Europe/London', date: false, utc: Date }
 *   events[0].rrule              // { FREQ: 'WEEKLY', BYDAY: 'MO,WE,FR' }
 *   events[0].occurrences(3)     // the first three, as instants, through the feed's own VTIMEZONE
 */
export interface CalendarTime {
  /** As written, in its own zone: `2026-03-02T07:30:00`, or `2026-03-02` for a whole day. */
  local: string;
  /** The TZID it is given in, if any (absent for UTC, floating times and whole days). */
  tzid?: string;
  /** A whole day (VALUE=DATE) rather than a time. */
  date: boolean;
  /** The instant it stands for, through the document's own VTIMEZONE (whole days at midnight UTC). */
  utc: Date;
}

export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  start: CalendarTime;
  /** From DTEND, when the event has one. */
  end?: CalendarTime;
  /** The recurrence rule's parts, upper case, lists joined by commas: `{ FREQ: 'WEEKLY', BYDAY: 'MO,WE,FR' }`. */
  rrule?: Record<string, string>;
  /** Every property name the event carries, upper case. */
  names: string[];
  /** The first `count` start instants, expanding the rule through the document's VTIMEZONE. */
  occurrences(count: number): Date[];
}

export interface Calendar {
  events: CalendarEvent[];
  /** The TZID of each VTIMEZONE, in order. */
  timezones: string[];
  /** The calendar's own properties (VERSION, PRODID, X-WR-CALNAME...), by upper-case name. */
  properties: Map<string, string>;
}

/** Parses and checks an iCalendar document; throws on the first rule it breaks. */
export function readCalendar(text: string): Calendar {
  checkContentLines(text);
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  if (root.name !== 'vcalendar') throw new Error(`the document is a ${root.name}, not a VCALENDAR`);
  const properties = new Map(
    root.getAllProperties().map((p) => [p.name.toUpperCase(), String(p.getFirstValue())]),
  );
  if (properties.get('VERSION') !== '2.0') throw new Error('VERSION is not 2.0');
  if (!properties.get('PRODID')) throw new Error('no PRODID');

  const timezones = root.getAllSubcomponents('vtimezone').map(checkTimezone);
  const events = root.getAllSubcomponents('vevent').map((vevent) => readEvent(vevent, timezones));
  return { events, timezones, properties };
}

/**
 * The line rules of RFC 5545 section 3.1, which ical.js does not check (it
 * reads LF-only and overlong lines happily): every line ends in CRLF, and no
 * line, before unfolding, is longer than 75 octets.
 */
export function checkContentLines(text: string): void {
  if (!text.endsWith('\r\n')) throw new Error('the last line is not ended by CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const [i, line] of lines.entries()) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`line ${i + 1} is not ended by CRLF`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line ${i + 1} is longer than 75 octets`);
  }
}

const RULE_PARTS = new Set([
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);

function one(component: ICAL.Component, name: string): ICAL.Property {
  const found = component.getAllProperties(name);
  if (found.length !== 1) {
    throw new Error(
      `${component.name.toUpperCase()} needs exactly one ${name.toUpperCase()}, has ${found.length}`,
    );
  }
  return found[0] as ICAL.Property;
}

/** A VTIMEZONE: its TZID, and observances each with an onset and both offsets. */
function checkTimezone(vtimezone: ICAL.Component): string {
  const tzid = String(one(vtimezone, 'tzid').getFirstValue());
  const observances = [
    ...vtimezone.getAllSubcomponents('standard'),
    ...vtimezone.getAllSubcomponents('daylight'),
  ];
  if (observances.length === 0) throw new Error(`VTIMEZONE ${tzid} has no STANDARD or DAYLIGHT`);
  for (const observance of observances) {
    one(observance, 'dtstart');
    for (const name of ['tzoffsetfrom', 'tzoffsetto']) {
      if (one(observance, name).type !== 'utc-offset') throw new Error(`${tzid} ${name} is not an offset`);
    }
  }
  return tzid;
}

function readEvent(vevent: ICAL.Component, timezones: readonly string[]): CalendarEvent {
  const uid = String(one(vevent, 'uid').getFirstValue());
  const stamp = one(vevent, 'dtstamp').getFirstValue() as ICAL.Time;
  if (stamp.zone !== ICAL.Timezone.utcTimezone) throw new Error(`DTSTAMP of ${uid} is not in UTC`);
  const start = readTime(one(vevent, 'dtstart'), timezones);
  const endProperty = vevent.getFirstProperty('dtend');
  if (endProperty && vevent.hasProperty('duration')) throw new Error(`${uid} has both DTEND and DURATION`);
  const end = endProperty ? readTime(endProperty, timezones) : undefined;
  if (end && end.utc < start.utc) throw new Error(`${uid} ends before it starts`);
  const rules = vevent.getAllProperties('rrule');
  if (rules.length > 1) throw new Error(`${uid} has more than one RRULE`);
  const rrule = rules[0] ? readRule(rules[0]) : undefined;
  const event = new ICAL.Event(vevent);
  const text = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null ? undefined : String(value);
  };
  const description = text('description');
  const location = text('location');
  return {
    uid,
    summary: text('summary') ?? '',
    ...(description !== undefined ? { description } : {}),
    ...(location !== undefined ? { location } : {}),
    start,
    ...(end ? { end } : {}),
    ...(rrule ? { rrule } : {}),
    names: vevent.getAllProperties().map((p) => p.name.toUpperCase()),
    occurrences(count) {
      const iterator = event.iterator();
      const out: Date[] = [];
      for (let next = iterator.next(); next && out.length < count; next = iterator.next())
        out.push(next.toJSDate());
      return out;
    },
  };
}

/** A DTSTART or DTEND: a date, or a date-time in UTC or in a zone the document defines. */
function readTime(property: ICAL.Property, timezones: readonly string[]): CalendarTime {
  const time = property.getFirstValue() as ICAL.Time;
  const date = property.type === 'date';
  if (!date && property.type !== 'date-time') throw new Error(`${property.name} is a ${property.type}`);
  const tzid = property.getParameter('tzid');
  const zone = typeof tzid === 'string' ? tzid : undefined;
  if (zone !== undefined) {
    if (!timezones.includes(zone)) throw new Error(`TZID ${zone} has no VTIMEZONE`);
    // ical.js found the zone in the document, and reads the time through it.
    if (time.zone?.tzid !== zone) throw new Error(`${property.name} is not read in ${zone}`);
  }
  return {
    local: time.toString().replace(/Z$/, ''),
    ...(zone !== undefined ? { tzid: zone } : {}),
    date,
    utc: time.toJSDate(),
  };
}

/**
 * A recurrence rule as ical.js read it, checked for a FREQ and for parts RFC
 * 5545 knows (read from the property as written: ical.js's Recur drops parts
 * it does not know, and rejects days and frequencies that are not ones).
 */
function readRule(property: ICAL.Property): Record<string, string> {
  const written = (property.toJSON() as unknown[])[3] as Record<string, unknown>;
  const recur = property.getFirstValue() as ICAL.Recur;
  if (!(recur instanceof ICAL.Recur)) throw new Error('RRULE is not a recurrence rule');
  const parts: Record<string, string> = {};
  for (const [key, value] of Object.entries(written)) {
    const name = key.toUpperCase();
    if (!RULE_PARTS.has(name)) throw new Error(`RRULE has an unknown part ${name}`);
    if (value === null || value === undefined) continue;
    parts[name] = (Array.isArray(value) ? value : [value]).map(ruleValue).join(',');
  }
  if (!recur.freq || !parts.FREQ) throw new Error('RRULE has no FREQ');
  if (parts.UNTIL && parts.COUNT) throw new Error('RRULE has both UNTIL and COUNT');
  return parts;
}

/** One value of a rule part as jCal holds it: a string or a number. */
function ruleValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new Error('RRULE has a part that is not a value');
}
