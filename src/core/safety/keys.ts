/**
 * Key words, derived from a rule's pattern rather than typed by hand.
 *
 * The detector runs a rule only on clauses that hold one of its key words, so
 * a long ordinary entry costs little more than splitting it into words. A key
 * set is sound when every text the pattern can match holds one of its words
 * whole. `keyWordsOf` reads the pattern's regular expression and finds such a
 * set: where part of the pattern can only be one of a few spellings
 * ("kill(?:ing|ed)? myself"), it lists them and takes one whole word from each
 * ("myself"); across alternatives it takes the union. It returns `null` if it
 * cannot prove any set (the rule would then run on every clause).
 *
 * The text the patterns read is normalised words joined by single spaces, so
 * a word is whole when spaces, punctuation, a `\b` or the pattern's edges
 * stand either side of it.
 *
 * It understands the part of regular-expression syntax the rules use:
 * alternation, groups and lookarounds, quantifiers, classes, `\b \s \w \d`.
 */

type CharSet = { kind: 'chars'; chars: string; negated: boolean } | { kind: 'class'; alnum: boolean };

type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'char'; set: CharSet }
  | { t: 'group'; child: Node }
  | { t: 'look'; child: Node; ahead: boolean; negative: boolean }
  | { t: 'rep'; child: Node; min: number; max: number }
  | { t: 'assert'; kind: 'b' | 'B' | '^' | '$' };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.s.length) throw new Error(`unexpected ${this.s[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return this.quantified({ t: 'rep', child: atom, min, max });
  }

  private atom(): Node {
    const c = this.s[this.i++] ?? '';
    if (c === '(') {
      let look: { ahead: boolean; negative: boolean } | undefined;
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      else if (this.s.startsWith('?=', this.i))
        [look, this.i] = [{ ahead: true, negative: false }, this.i + 2];
      else if (this.s.startsWith('?!', this.i))
        [look, this.i] = [{ ahead: true, negative: true }, this.i + 2];
      else if (this.s.startsWith('?<=', this.i))
        [look, this.i] = [{ ahead: false, negative: false }, this.i + 3];
      else if (this.s.startsWith('?<!', this.i))
        [look, this.i] = [{ ahead: false, negative: true }, this.i + 3];
      else if (this.s.startsWith('?<', this.i)) this.i = this.s.indexOf('>', this.i) + 1;
      const child = this.alternation();
      if (this.s[this.i++] !== ')') throw new Error('unclosed group');
      return look ? { t: 'look', child, ...look } : { t: 'group', child };
    }
    if (c === '[') return { t: 'char', set: this.charClass() };
    if (c === '.') return { t: 'char', set: { kind: 'class', alnum: true } };
    if (c === '^' || c === '$') return { t: 'assert', kind: c };
    if (c === '\\') return this.escape();
    return { t: 'char', set: { kind: 'chars', chars: c, negated: false } };
  }

  private escape(): Node {
    const e = this.s[this.i++] ?? '';
    if (e === 'b' || e === 'B') return { t: 'assert', kind: e };
    if (e === 's' || e === 'W') return { t: 'char', set: { kind: 'class', alnum: e === 'W' } };
    if (e === 'w' || e === 'S' || e === 'd' || e === 'D')
      return { t: 'char', set: { kind: 'class', alnum: true } };
    if (e === 'p' || e === 'P') {
      this.i = this.s.indexOf('}', this.i) + 1;
      return { t: 'char', set: { kind: 'class', alnum: true } };
    }
    if (/[1-9]/.test(e)) throw new Error('back-references are not understood');
    return {
      t: 'char',
      set: { kind: 'chars', chars: e === 'n' ? '\n' : e === 't' ? '\t' : e, negated: false },
    };
  }

  private charClass(): CharSet {
    const negated = this.s[this.i] === '^';
    if (negated) this.i++;
    let chars = '';
    let wide = false;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      let c = this.s[this.i++] ?? '';
      if (c === '\\') {
        const e = this.s[this.i++] ?? '';
        if ('wWdDsSpP'.includes(e)) {
          wide = true;
          if (e === 'p' || e === 'P') this.i = this.s.indexOf('}', this.i) + 1;
          continue;
        }
        c = e;
      }
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']') {
        const to = this.s[this.i + 1] ?? c;
        this.i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else chars += c;
    }
    this.i++;
    if (wide) return { kind: 'class', alnum: true };
    return { kind: 'chars', chars, negated };
  }
}

const ALNUM = /[a-z0-9]/;
/** Finite languages larger than this are treated as open. */
const CAP = 4000;
/** Character classes with more members than this are treated as open. */
const SMALL_CLASS = 4;

function mayBeAlnum(set: CharSet): boolean {
  if (set.kind === 'class') return set.alnum;
  if (set.negated) return true;
  return ALNUM.test(set.chars.toLowerCase());
}

interface Shape {
  nullable: boolean;
  /** Every non-empty match starts with a character that is not a letter or digit. */
  startsApart: boolean;
  /** Every non-empty match ends with a character that is not a letter or digit. */
  endsApart: boolean;
}

function shape(node: Node): Shape {
  switch (node.t) {
    case 'char': {
      const apart = !mayBeAlnum(node.set);
      return { nullable: false, startsApart: apart, endsApart: apart };
    }
    case 'assert':
    case 'look':
      return { nullable: true, startsApart: true, endsApart: true };
    case 'group':
      return shape(node.child);
    case 'rep': {
      const s = shape(node.child);
      return { ...s, nullable: node.min === 0 || s.nullable };
    }
    case 'alt': {
      const all = node.alts.map(shape);
      return {
        nullable: all.some((s) => s.nullable),
        startsApart: all.every((s) => s.startsApart),
        endsApart: all.every((s) => s.endsApart),
      };
    }
    case 'seq': {
      const all = node.items.map(shape);
      const edge = (list: Shape[], side: 'startsApart' | 'endsApart'): boolean => {
        for (const s of list) {
          if (!s[side]) return false;
          if (!s.nullable) return true;
        }
        return true;
      };
      return {
        nullable: all.every((s) => s.nullable),
        startsApart: edge(all, 'startsApart'),
        endsApart: edge([...all].reverse(), 'endsApart'),
      };
    }
  }
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > CAP) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The exact strings a node can match, if they are few. */
function language(node: Node): Set<string> | null {
  switch (node.t) {
    case 'char': {
      if (node.set.kind !== 'chars' || node.set.negated || node.set.chars.length > SMALL_CLASS) return null;
      return new Set(node.set.chars);
    }
    case 'assert':
    case 'look':
      return new Set(['']);
    case 'group':
      return language(node.child);
    case 'alt': {
      const out = new Set<string>();
      for (const alt of node.alts) {
        const l = language(alt);
        if (!l) return null;
        for (const s of l) out.add(s);
        if (out.size > CAP) return null;
      }
      return out;
    }
    case 'seq': {
      let out: Set<string> | null = new Set(['']);
      for (const item of node.items) {
        const l = language(item);
        if (!l) return null;
        out = product(out, l);
        if (!out) return null;
      }
      return out;
    }
    case 'rep': {
      if (node.max > 3) return null;
      const l = language(node.child);
      if (!l) return null;
      const out = new Set<string>();
      let power: Set<string> | null = new Set(['']);
      for (let k = 0; k <= node.max; k++) {
        if (k >= node.min) for (const s of power) out.add(s);
        if (k < node.max) power = product(power, l);
        if (!power || out.size > CAP) return null;
      }
      return out;
    }
  }
}

/** Short words that hold on almost every clause: poor keys, chosen only when nothing else will do. */
const COMMON = new Set(
  [
    'i im ive id me my myself to a an the and or but of it its in on at for from by as so is was be been being am are were',
    'not no dont do did does just that this these those with up out you your he she they him her them his their our we us',
    'would could should will might can have has had get got go going all some most very really too more much own under',
    'about after before like little when while what who how then than there here see know think feel feels thing',
  ]
    .join(' ')
    .split(' '),
);

const cost = (keys: ReadonlySet<string>): number => {
  let c = 0;
  for (const k of keys) c += COMMON.has(k) ? 1000 : 1;
  return c;
};

function best(candidates: readonly (Set<string> | null)[]): Set<string> | null {
  let chosen: Set<string> | null = null;
  for (const c of candidates) if (c && (!chosen || cost(c) < cost(chosen))) chosen = c;
  return chosen;
}

/** The whole words of `s` given whether its edges are word edges; the best one, or null if none is whole. */
function wholeWordOf(s: string, leftApart: boolean, rightApart: boolean): string | null {
  let chosen: string | null = null;
  const re = /[a-z0-9]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 && !leftApart) continue;
    if (end === s.length && !rightApart) continue;
    const w = m[0];
    if (
      !chosen ||
      (COMMON.has(chosen) && !COMMON.has(w)) ||
      (COMMON.has(chosen) === COMMON.has(w) && w.length > chosen.length)
    )
      chosen = w;
  }
  return chosen;
}

function keysOfStrings(
  strings: ReadonlySet<string>,
  leftApart: boolean,
  rightApart: boolean,
): Set<string> | null {
  const out = new Set<string>();
  for (const s of strings) {
    const w = wholeWordOf(s, leftApart, rightApart);
    if (w === null) return null;
    out.add(w);
  }
  return out;
}

/** Whether the character just before item `i` of a sequence is sure not to be a letter or digit. */
function apartBefore(items: readonly Node[], shapes: readonly Shape[], i: number, outer: boolean): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const item = items[j] as Node;
    const s = shapes[j] as Shape;
    if (item.t === 'assert' && (item.kind === 'b' || item.kind === '^')) return true;
    if (item.t === 'look' && !item.ahead && item.negative && lookRefusesAlnum(item.child)) return true;
    if (!s.endsApart) return false;
    if (!s.nullable) return true;
  }
  return outer;
}

/** Whether the character just after item `i` of a sequence is sure not to be a letter or digit. */
function apartAfter(items: readonly Node[], shapes: readonly Shape[], i: number, outer: boolean): boolean {
  for (let j = i + 1; j < items.length; j++) {
    const item = items[j] as Node;
    const s = shapes[j] as Shape;
    if (item.t === 'assert' && (item.kind === 'b' || item.kind === '$')) return true;
    if (item.t === 'look' && item.ahead && item.negative && lookRefusesAlnum(item.child)) return true;
    if (!s.startsApart) return false;
    if (!s.nullable) return true;
  }
  return outer;
}

/** A negative lookaround that refuses every letter and digit: `(?![a-z0-9])`, `(?!\w)`. */
function lookRefusesAlnum(child: Node): boolean {
  const one = child.t === 'seq' && child.items.length === 1 ? child.items[0] : child;
  if (!one || one.t !== 'char') return false;
  if (one.set.kind === 'class') return one.set.alnum;
  if (one.set.negated) return false;
  const { chars } = one.set;
  return Array.from('abcdefghijklmnopqrstuvwxyz0123456789', (c) => chars.includes(c)).every(Boolean);
}

function keysOf(node: Node, leftApart: boolean, rightApart: boolean): Set<string> | null {
  switch (node.t) {
    case 'char':
    case 'assert':
    case 'look':
      return null;
    case 'group':
      return keysOf(node.child, leftApart, rightApart);
    case 'rep': {
      if (node.min === 0) return null;
      const whole = language(node);
      if (whole) return keysOfStrings(whole, leftApart, rightApart);
      const s = shape(node.child);
      const once = node.max === 1;
      return keysOf(node.child, leftApart && (once || s.endsApart), rightApart && (once || s.startsApart));
    }
    case 'alt': {
      const out = new Set<string>();
      for (const alt of node.alts) {
        const k = keysOf(alt, leftApart, rightApart);
        if (!k) return null;
        for (const w of k) out.add(w);
      }
      return out;
    }
    case 'seq': {
      const { items } = node;
      const shapes = items.map(shape);
      // Assertions and lookarounds match no text: they end a run, and tell its edges.
      const langs = items.map((item) => (item.t === 'assert' || item.t === 'look' ? null : language(item)));
      const candidates: (Set<string> | null)[] = [];
      // Runs of items that are each a few exact strings, read together.
      let i = 0;
      while (i < items.length) {
        if (!langs[i]) {
          candidates.push(
            keysOf(
              items[i] as Node,
              apartBefore(items, shapes, i, leftApart),
              apartAfter(items, shapes, i, rightApart),
            ),
          );
          i++;
          continue;
        }
        let strings: Set<string> | null = new Set(['']);
        const start = i;
        while (i < items.length && langs[i]) {
          const next: Set<string> | null = product(strings, langs[i] as Set<string>);
          if (!next) break;
          strings = next;
          i++;
        }
        if (i === start) {
          // A single item too large to join with the run: read it alone.
          candidates.push(
            keysOf(
              items[i] as Node,
              apartBefore(items, shapes, i, leftApart),
              apartAfter(items, shapes, i, rightApart),
            ),
          );
          i++;
          continue;
        }
        candidates.push(
          keysOfStrings(
            strings,
            apartBefore(items, shapes, start, leftApart),
            apartAfter(items, shapes, i - 1, rightApart),
          ),
        );
      }
      return best(candidates);
    }
  }
}

/**
 * Words of which every match of `source` holds at least one, whole; `null` if
 * none can be proven. `bounded`: the pattern is only ever matched starting and
 * ending at word edges (the rule table wraps every risk pattern so).
 */
export function keyWordsOf(source: string, bounded = false): string[] | null {
  const keys = keysOf(new Parser(source).parse(), bounded, bounded);
  return keys ? [...keys].sort() : null;
}
