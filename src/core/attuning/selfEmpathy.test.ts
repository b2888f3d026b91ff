import { describe, expect, it } from 'vitest';
import { joinNaturally, reflect } from './selfEmpathy.js';

const sentences = (s: string) => s.split(/(?<=[.?])\s+/).filter(Boolean);

describe('joinNaturally', () => {
  it('joins 0, 1, 2 and 3 items naturally', () => {
    expect(joinNaturally([])).toBe('');
    expect(joinNaturally(['tired'])).toBe('tired');
    expect(joinNaturally(['tender', 'tired'])).toBe('tender and tired');
    expect(joinNaturally(['tender', 'tired', 'hopeful'])).toBe('tender, tired and hopeful');
  });

  it('drops blanks and repeats', () => {
    expect(joinNaturally([' sad ', '', 'Sad', 'low'])).toBe('sad and low');
  });
});

describe('reflect', () => {
  it('names feelings and unmet needs back and asks what you can give yourself', () => {
    const text = reflect({ feelings: ['tender', 'tired'], unmetNeeds: ['rest'], metNeeds: [] });
    expect(text.startsWith("It sounds like you're feeling tender and tired, and wanting rest.")).toBe(true);
    expect(text.endsWith('?')).toBe(true);
    expect(sentences(text).length).toBeGreaterThanOrEqual(2);
    expect(sentences(text).length).toBeLessThanOrEqual(3);
  });

  it('handles one, two and three items in each list, with need ids turned into labels', () => {
    expect(reflect({ feelings: ['sad'], unmetNeeds: [], metNeeds: [] })).toMatch(
      /^It sounds like you're feeling sad\. /,
    );
    const three = reflect({
      feelings: ['anxious', 'restless', 'hopeful'],
      unmetNeeds: ['solitude', 'quiet'],
      metNeeds: ['company', 'food', 'water'],
    });
    expect(three).toContain('feeling anxious, restless and hopeful, and wanting time alone and quiet.');
    expect(three).toContain('And company, nourishing food and water are there for you too.');
    expect(three).toContain('towards time alone?');
    expect(reflect({ feelings: [], unmetNeeds: [], metNeeds: ['Rest'] })).toContain(
      'And rest is there for you too.',
    );
  });

  it('is gentle when nothing was named', () => {
    const text = reflect({ feelings: [], unmetNeeds: [' '], metNeeds: [] });
    expect(text).toBe(
      'Whatever is here for you right now is welcome, even if it has no name yet. What could you give yourself right now, even something small?',
    );
    expect(sentences(text).length).toBe(2);
  });

  it('always stays within two or three sentences and ends with a question', () => {
    const cases = [
      { feelings: ['calm'], unmetNeeds: [], metNeeds: ['rest'] },
      { feelings: [], unmetNeeds: ['rest'], metNeeds: [] },
      { feelings: ['a', 'b', 'c'], unmetNeeds: ['d', 'e', 'f'], metNeeds: ['g', 'h', 'i'] },
    ];
    for (const input of cases) {
      const text = reflect(input);
      expect(sentences(text).length).toBeGreaterThanOrEqual(2);
      expect(sentences(text).length).toBeLessThanOrEqual(3);
      expect(text.endsWith('?')).toBe(true);
    }
  });
});
