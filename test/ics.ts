/**
 * An independent reading of an iCalendar (RFC 5545) document, written for the
 * tests without the library that generates Haven's feeds: it unfolds content
 * lines, checks the line rules (CRLF, at most 75 octets), the nesting of
 * components, the properties each component must have, that every TZID used
 * has its VTIMEZONE, and the grammar of each RRULE; then returns the events.
 * It throws on the first rule broken.
 */
export interface IcsEvent {
  uid: string;
  summary: string;
  dtstart: { value: string; tzid?: string; date: boolean };
  dtend?: { value: string; tzid?: string };
  rrule?: Record<string, string>;
  /** Every property name the event carries. */
  names: string[];
}

export interface IcsDocument {
  events: IcsEvent[];
  timezones: string[];
  properties: Map<string, string>;
}

interface Line {
  name: string;
  params: Record<string, string>;
  value: string;
}

const RRULE_PARTS = new Set([
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
const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const DAY = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;
const DATE_TIME = /^\d{8}T\d{6}Z?$/;
const DATE = /^\d{8}$/;
const OFFSET = /^[+-]\d{4}(\d{2})?$/;

export function parseIcs(text: string): IcsDocument {
  if (!text.endsWith('\r\n') && !text.endsWith('END:VCALENDAR')) throw new Error('does not end a line');
  const raw = text.split('\r\n');
  if (raw.at(-1) === '') raw.pop();
  for (const [i, line] of raw.entries()) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`line ${i + 1} is not ended by CRLF`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line ${i + 1} is longer than 75 octets`);
  }
  const unfolded: string[] = [];
  for (const line of raw) {
    const last = unfolded.length - 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last >= 0)
      unfolded[last] = `${unfolded[last] ?? ''}${line.slice(1)}`;
    else unfolded.push(line);
  }
  const lines = unfolded.map(parseLine);
  const stack: string[] = [];
  const events: IcsEvent[] = [];
  const timezones: string[] = [];
  const usedZones = new Set<string>();
  const properties = new Map<string, string>();
  let component: Line[] = [];
  const components: Line[][] = [];
  for (const line of lines) {
    if (line.name === 'BEGIN') {
      stack.push(line.value);
      components.push(component);
      component = [];
      continue;
    }
    if (line.name === 'END') {
      const open = stack.pop();
      if (open !== line.value) throw new Error(`END:${line.value} closes ${open ?? 'nothing'}`);
      checkComponent(line.value, component, events, timezones, usedZones);
      component = components.pop() ?? [];
      continue;
    }
    if (stack.length === 0) throw new Error(`${line.name} outside VCALENDAR`);
    component.push(line);
    if (stack.length === 1) properties.set(line.name, line.value);
  }
  if (stack.length > 0) throw new Error(`${stack.join(', ')} never ends`);
  if (properties.get('VERSION') !== '2.0') throw new Error('VERSION is not 2.0');
  if (!properties.get('PRODID')) throw new Error('no PRODID');
  for (const zone of usedZones)
    if (!timezones.includes(zone)) throw new Error(`TZID ${zone} has no VTIMEZONE`);
  return { events, timezones, properties };
}

function parseLine(line: string): Line {
  const colon = findColon(line);
  if (colon < 0) throw new Error(`not a content line: ${line.slice(0, 20)}`);
  const [nameAndParams, value] = [line.slice(0, colon), line.slice(colon + 1)];
  const [name, ...params] = nameAndParams.split(';');
  if (!name || !/^[A-Z0-9-]+$/i.test(name)) throw new Error(`bad property name ${name ?? ''}`);
  const parsed: Record<string, string> = {};
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 1) throw new Error(`bad parameter on ${name}`);
    parsed[param.slice(0, eq).toUpperCase()] = param.slice(eq + 1);
  }
  return { name: name.toUpperCase(), params: parsed, value };
}

/** The colon that ends the name and parameters, skipping colons inside quoted parameter values. */
function findColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

function one(lines: Line[], name: string, where: string): Line {
  const found = lines.filter((l) => l.name === name);
  if (found.length !== 1) throw new Error(`${where} needs exactly one ${name}, has ${found.length}`);
  return found[0] as Line;
}

function checkComponent(
  type: string,
  lines: Line[],
  events: IcsEvent[],
  timezones: string[],
  usedZones: Set<string>,
): void {
  if (type === 'VTIMEZONE') {
    timezones.push(one(lines, 'TZID', type).value);
    return;
  }
  if (type === 'STANDARD' || type === 'DAYLIGHT') {
    if (!DATE_TIME.test(one(lines, 'DTSTART', type).value))
      throw new Error(`${type} DTSTART is not a date-time`);
    for (const name of ['TZOFFSETFROM', 'TZOFFSETTO'])
      if (!OFFSET.test(one(lines, name, type).value)) throw new Error(`${type} ${name} is not an offset`);
    return;
  }
  if (type !== 'VEVENT') return;
  const uid = one(lines, 'UID', type).value;
  const stamp = one(lines, 'DTSTAMP', type).value;
  if (!/^\d{8}T\d{6}Z$/.test(stamp)) throw new Error('DTSTAMP must be UTC');
  const start = one(lines, 'DTSTART', type);
  const isDate = start.params.VALUE === 'DATE';
  if (isDate ? !DATE.test(start.value) : !DATE_TIME.test(start.value))
    throw new Error('DTSTART is malformed');
  if (start.params.TZID) usedZones.add(start.params.TZID);
  const endLine = lines.find((l) => l.name === 'DTEND');
  if (endLine?.params.TZID) usedZones.add(endLine.params.TZID);
  if (endLine && lines.some((l) => l.name === 'DURATION')) throw new Error('DTEND and DURATION together');
  const ruleLine = lines.find((l) => l.name === 'RRULE');
  let rrule: Record<string, string> | undefined;
  if (ruleLine) {
    rrule = {};
    for (const part of ruleLine.value.split(';')) {
      const [key, value] = part.split('=');
      if (!key || value === undefined || !RRULE_PARTS.has(key)) throw new Error(`bad RRULE part ${part}`);
      rrule[key] = value;
    }
    if (!rrule.FREQ || !FREQS.has(rrule.FREQ)) throw new Error('RRULE needs a FREQ');
    if (rrule.BYDAY && !rrule.BYDAY.split(',').every((d) => DAY.test(d))) throw new Error('bad BYDAY');
    if (rrule.UNTIL && rrule.COUNT) throw new Error('UNTIL and COUNT together');
  }
  const summary = lines.find((l) => l.name === 'SUMMARY')?.value ?? '';
  events.push({
    uid,
    summary: summary.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n'),
    dtstart: { value: start.value, date: isDate, ...(start.params.TZID ? { tzid: start.params.TZID } : {}) },
    ...(endLine
      ? { dtend: { value: endLine.value, ...(endLine.params.TZID ? { tzid: endLine.params.TZID } : {}) } }
      : {}),
    ...(rrule ? { rrule } : {}),
    names: lines.map((l) => l.name),
  });
}
