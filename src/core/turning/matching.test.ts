import { describe, expect, it } from 'vitest';
import { HOLDOUT, KNOWN_CRITICS, LABELLED, type Label } from './fixtures/critic-matching.js';
import { echoScore, harshPatternsIn, matchCritic, normalise } from './matching.js';

/** Precision and recall of "offer a translation" on the labelled set: an offer is right when it is wanted and, if a critic is named, it is that critic. */
function scoreMatching(set: readonly { text: string; label: Label }[]) {
  let offered = 0;
  let right = 0;
  let wanted = 0;
  const wrong: string[] = [];
  for (const { text, label } of set) {
    const match = matchCritic(text, KNOWN_CRITICS);
    if (label !== null) wanted++;
    if (match) offered++;
    const correct = match !== null && label !== null && (label === 'harsh' || match.critic?.id === label);
    if (correct) right++;
    if ((match !== null) !== (label !== null) || (match && label && !correct)) {
      wrong.push(`${label ?? 'none'} <- ${match ? (match.critic?.id ?? match.because) : 'none'}: ${text}`);
    }
  }
  return { precision: right / offered, recall: right / wanted, offered, wanted, right, wrong };
}

describe('hearing the critic again', () => {
  it('opens contractions and folds curly apostrophes', () => {
    expect(normalise('I’m sure you’re fine; what’s wrong? I can’t, I won’t, I shouldn’t’ve')).toBe(
      'i am sure you are fine; what is wrong? i can not, i will not, i should not have',
    );
  });

  it('hears harsh patterns, and lets plans, other people and idioms pass', () => {
    expect(harshPatternsIn('I should have left earlier')).toEqual(['should']);
    expect(harshPatternsIn('I should have enough money')).toEqual([]);
    expect(harshPatternsIn('You should have seen her face')).toEqual([]);
    expect(harshPatternsIn('I always mess things up')).toEqual(['always']);
    expect(harshPatternsIn('She always messes things up')).toEqual([]);
    expect(harshPatternsIn('What’s wrong with me')).toEqual(['wrong-with-me']);
    expect(harshPatternsIn('I’m so stupid')).toEqual(['name-calling']);
    expect(harshPatternsIn('I never get anything right')).toEqual(['never']);
  });

  it('scores a line by how much of the critic’s own words it carries', () => {
    // A one-word critic ("lazy", once pronouns and small words are set aside) is echoed by that word.
    expect(echoScore('I am so lazy today', 'You are so lazy.')).toBe(1);
    expect(echoScore('I am so tired today', 'You are so tired and slow.')).toBe(0);
    expect(
      echoScore('Everyone else gets more done than me', 'Everyone else gets twice as much done as you.'),
    ).toBeGreaterThan(0.6);
    expect(echoScore('A walk by the river', 'Sloppy work means nobody will trust you.')).toBe(0);
  });

  it('offers only critics the person has translated, and names the sentence that matched', () => {
    const untranslated = KNOWN_CRITICS.map((k) => ({ ...k, translation: undefined }));
    expect(matchCritic('Sloppy work again. Nobody will trust me.', untranslated)).toBeNull();
    const match = matchCritic('A long day. Sloppy work again, nobody will trust me.', KNOWN_CRITICS);
    expect(match?.critic?.id).toBe('perfectionist');
    expect(match?.sentence).toBe('Sloppy work again, nobody will trust me.');
    expect(matchCritic('', KNOWN_CRITICS)).toBeNull();
    expect(matchCritic('I’m so stupid', [])).toMatchObject({ because: 'name-calling' });
    expect(matchCritic('I’m so stupid', [])?.critic).toBeUndefined();
  });

  it.each([
    ['labelled set', LABELLED],
    ['holdout', HOLDOUT],
  ] as const)('reaches its precision and recall on the %s', (name, set) => {
    const score = scoreMatching(set);
    console.info(
      `critic matching, ${name} (${set.length} lines): precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.right} right of ${score.offered} offered, ${score.wanted} wanted)`,
    );
    if (score.wrong.length > 0) console.info(score.wrong.join('\n'));
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });
});
