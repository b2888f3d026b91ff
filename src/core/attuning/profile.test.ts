import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_STANCES,
  BOUNDARY_STANCE_LABELS,
  PROFILE_SECTIONS,
  PROFILE_SECTION_IDS,
  SELF_ABANDONMENT,
  profileSection,
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
