import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_STANCES,
  BOUNDARY_STANCE_LABELS,
  PROFILE_SECTIONS,
  PROFILE_SECTION_IDS,
  SELF_ABANDONMENT,
  duplicateIn,
  duplicateMessage,
  profileSection,
  profileWords,
  type ProfileEntry,
} from './profile.js';

describe('self-knowledge profile', () => {
  it('has the seven sections in order, each with a heading, one-line description and 10+ suggestions', () => {
    expect(PROFILE_SECTIONS.map((s) => s.id)).toEqual([...PROFILE_SECTION_IDS]);
    for (const section of PROFILE_SECTIONS) {
      expect(section.heading).toBeTruthy();
      expect(section.description).not.toContain('\n');
      expect(section.description.length).toBeLessThanOrEqual(120);
      expect(section.suggestions.length).toBeGreaterThanOrEqual(10);
      expect(new Set(section.suggestions).size).toBe(section.suggestions.length);
    }
  });

  it('labels every boundary stance', () => {
    for (const stance of BOUNDARY_STANCES) expect(BOUNDARY_STANCE_LABELS[stance]).toBeTruthy();
  });

  it('finds a section and describes self-abandonment noticing without blame', () => {
    expect(profileSection('boundaries').heading).toBe('My boundaries');
    expect(() => profileSection('hobbies' as never)).toThrow();
    expect(SELF_ABANDONMENT.description).toMatch(/not a reason for blame/);
  });
});

describe('the profile keeps each thing once', () => {
  const items: ProfileEntry[] = [
    { id: 'a', section: 'values', text: 'Patience' },
    { id: 'b', section: 'likes', text: 'Café mornings' },
  ];

  it('refuses the same words in the same section, case, accents, spacing and a full stop aside', () => {
    expect(duplicateIn(items, { section: 'values', text: 'Patience' })?.id).toBe('a');
    expect(duplicateIn(items, { section: 'values', text: '  patience. ' })?.id).toBe('a');
    expect(duplicateIn(items, { section: 'likes', text: 'cafe   Mornings' })?.id).toBe('b');
    expect(profileWords('It’s  MINE!')).toBe("it's mine");
  });

  it('lets different words, another section, an empty field and the item itself through', () => {
    expect(duplicateIn(items, { section: 'values', text: 'Patience with myself' })).toBeUndefined();
    expect(duplicateIn(items, { section: 'needs', text: 'Patience' })).toBeUndefined();
    expect(duplicateIn(items, { section: 'values', text: '   ' })).toBeUndefined();
    expect(duplicateIn(items, { section: 'values', text: 'patience' }, 'a')).toBeUndefined();
  });

  it('says so kindly, quoting the words already kept', () => {
    expect(duplicateMessage(items[0] as ProfileEntry)).toBe(
      '“Patience” is already here, so there is no need to add it again.',
    );
  });
});
