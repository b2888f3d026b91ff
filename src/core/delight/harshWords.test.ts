import { describe, expect, it } from 'vitest';
import { BESIDE, FIRST_HOLDOUT, HOLDOUT, LABELLED, unmark, type MarkedSpan } from './fixtures/harsh-words.js';
import { HARSH_HINTS, HARSH_KINDS, harshKindsIn, harshSpans, normalise } from './harshWords.js';

const overlaps = (a: MarkedSpan, b: MarkedSpan) => a.kind === b.kind && a.start < b.end && b.start < a.end;

/**
 * Precision and recall over spans (a found span is right when it overlaps a
 * marked span of the same kind; a marked span is found when a found span of
 * its kind overlaps it) and over sentences (harsh when anything is marked).
 */
function score(set: readonly string[]) {
  let found = 0;
  let foundRight = 0;
  let marked = 0;
  let markedFound = 0;
  let sentencesFlagged = 0;
  let sentencesHarsh = 0;
  let sentencesRight = 0;
  const misses: string[] = [];
  for (const line of set) {
    const { text, spans: gold } = unmark(line);
    const spans = harshSpans(text);
    found += spans.length;
    marked += gold.length;
    const right = spans.filter((s) => gold.some((g) => overlaps(s, g)));
    foundRight += right.length;
    markedFound += gold.filter((g) => spans.some((s) => overlaps(s, g))).length;
    if (spans.length > 0) sentencesFlagged++;
    if (gold.length > 0) sentencesHarsh++;
    if (spans.length > 0 && gold.length > 0) sentencesRight++;
    if (right.length !== spans.length || right.length < gold.length) {
      misses.push(`${line}  <-  ${spans.map((s) => `{${s.text}:${s.kind}}`).join(' ') || 'nothing'}`);
    }
  }
  return {
    spans: { precision: foundRight / found, recall: markedFound / marked, found, marked },
    sentences: {
      precision: sentencesRight / sentencesFlagged,
      recall: sentencesRight / sentencesHarsh,
      flagged: sentencesFlagged,
      harsh: sentencesHarsh,
    },
    misses,
  };
}

describe('pointing at the harsh parts of a sentence', () => {
  it('marks the very words, as written, with their kind', () => {
    expect(harshSpans('Honestly? I’m so stupid. I always mess things up.')).toEqual([
      { start: 14, end: 23, kind: 'name-calling', text: 'so stupid' },
      { start: 27, end: 33, kind: 'absolute', text: 'always' },
    ]);
    expect(harshSpans('They’ll leave once they know me')).toEqual([
      { start: 0, end: 13, kind: 'fortune-telling', text: 'They’ll leave' },
    ]);
    expect(harshSpans('I shouldn’t have said that.')[0]).toMatchObject({
      text: 'shouldn’t have',
      kind: 'should',
    });
  });

  it('lets the same words pass when they are kind or ordinary', () => {
    for (const text of [
      'I always enjoy Sundays',
      'you should see the sunset',
      'never mind',
      'Everyone loved the cake',
      'Nothing beats a warm bath',
      'They’ll leave at six',
      'You should have seen her face',
      '',
    ]) {
      expect(harshSpans(text), text).toEqual([]);
    }
  });

  it('keeps to what was written: spans never overlap and always point inside the text', () => {
    const text = 'I’ll never be good enough.   Nobody cares about me; everyone will find out I’m a fraud';
    const spans = harshSpans(text);
    expect(harshKindsIn(spans)).toEqual(['absolute', 'not-enough', 'fortune-telling', 'name-calling']);
    for (const [i, s] of spans.entries()) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    }
  });

  it('has a short name and one gentle line for every kind, without exclamation', () => {
    for (const kind of HARSH_KINDS) {
      expect(HARSH_HINTS[kind].name.length).toBeGreaterThan(0);
      expect(HARSH_HINTS[kind].hint).not.toMatch(/!/);
    }
  });

  it('normalises the way the critic echo always has', () => {
    expect(normalise('I’m sure you’re fine; what’s wrong? I can’t, I won’t, I shouldn’t’ve')).toBe(
      'i am sure you are fine; what is wrong? i can not, i will not, i should not have',
    );
    expect(normalise('  Café\u00a0 déjà   vu ')).toBe('cafe deja vu');
  });

  it.each([
    [
      'labelled set',
      [...LABELLED, ...BESIDE, ...FIRST_HOLDOUT],
      { spanPrecision: 0.95, spanRecall: 0.95, sentencePrecision: 0.95, sentenceRecall: 0.95 },
    ],
    [
      'holdout',
      HOLDOUT,
      { spanPrecision: 0.85, spanRecall: 0.8, sentencePrecision: 0.9, sentenceRecall: 0.85 },
    ],
  ] as const)('reaches its precision and recall on the %s', (name, set, floors) => {
    const result = score(set);
    console.info(
      `harsh words, ${name} (${set.length} sentences): spans precision ${result.spans.precision.toFixed(3)}, recall ${result.spans.recall.toFixed(3)} (${result.spans.found} found, ${result.spans.marked} marked); sentences precision ${result.sentences.precision.toFixed(3)}, recall ${result.sentences.recall.toFixed(3)} (${result.sentences.flagged} flagged, ${result.sentences.harsh} harsh)`,
    );
    if (result.misses.length > 0) console.info(result.misses.join('\n'));
    expect(result.spans.precision).toBeGreaterThanOrEqual(floors.spanPrecision);
    expect(result.spans.recall).toBeGreaterThanOrEqual(floors.spanRecall);
    expect(result.sentences.precision).toBeGreaterThanOrEqual(floors.sentencePrecision);
    expect(result.sentences.recall).toBeGreaterThanOrEqual(floors.sentenceRecall);
  });
});
