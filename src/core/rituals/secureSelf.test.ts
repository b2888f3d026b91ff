import { describe, expect, it } from 'vitest';
import { findRecordKind } from '../records/registry.js';
import {
  alignmentKind,
  alignmentSchema,
  answeredQuestions,
  keptWords,
  lastReflected,
  PART_MAX,
  SECURE_SELF_PARTS,
  secureSelfKind,
  secureSelfSchema,
  writtenParts,
} from './secureSelf.js';

describe('the Secure Self', () => {
  it('is one per person, and known to the registry with its reflections', () => {
    expect(secureSelfKind.singleton).toBe(true);
    expect(alignmentKind.singleton).toBeFalsy();
    expect(findRecordKind('secure_self')).toBe(secureSelfKind);
    expect(findRecordKind('secure_self_alignment')).toBe(alignmentKind);
  });

  it('takes any one part in the person’s words, and refuses a description with no words at all', () => {
    expect(secureSelfSchema.safeParse({ speaks: 'Slowly, and on my side.' }).success).toBe(true);
    expect(secureSelfSchema.safeParse({}).success).toBe(false);
    expect(secureSelfSchema.safeParse({ looks: '   ', values: '\n' }).success).toBe(false);
    expect(secureSelfSchema.safeParse({ looks: 'x'.repeat(PART_MAX + 1) }).success).toBe(false);
    // Words are kept as written, line breaks and all.
    const words = '  Steady.\nCurious about people.  ';
    expect(secureSelfSchema.parse({ looks: words })).toEqual({ looks: words });
  });

  it('shows only the parts written, in the order they are asked, trimmed', () => {
    const parts = writtenParts({ speaks: ' Gently. ', looks: 'Unhurried', values: '  ' });
    expect(parts).toEqual([
      { key: 'looks', label: 'What it is like', text: 'Unhurried' },
      { key: 'speaks', label: 'How it speaks to me', text: 'Gently.' },
    ]);
  });

  it('keeps from a form only the parts with words in them, trimmed', () => {
    expect(keptWords(SECURE_SELF_PARTS, { looks: ' Unhurried ', speaks: '', values: '  ' })).toEqual({
      looks: 'Unhurried',
    });
  });

  it('writes a Markdown file with a heading per part written', () => {
    const body = secureSelfKind.written?.body({ looks: 'Unhurried', principles: 'Rest is allowed.' });
    expect(body).toBe('## What it is like\n\nUnhurried\n\n## What it lives by\n\nRest is allowed.\n');
  });
});

describe('a reflection on living from the Secure Self', () => {
  it('needs words for any one question, not all three', () => {
    expect(alignmentSchema.safeParse({ nowWhat: 'Ask for the afternoon off.' }).success).toBe(true);
    expect(alignmentSchema.safeParse({ actedFrom: ' ', notYet: '' }).success).toBe(false);
    expect(answeredQuestions({ notYet: 'At the meeting.', nowWhat: ' ' })).toEqual([
      { key: 'notYet', label: 'Where did you not, or not quite?', text: 'At the meeting.' },
    ]);
  });

  it('says when the last one was plainly, by calendar day, with no verdict', () => {
    const now = new Date(2026, 11, 3, 9, 0);
    expect(lastReflected(undefined, now)).toBeNull();
    expect(lastReflected(new Date(2026, 11, 3, 0, 5), now)).toBe('today');
    expect(lastReflected(new Date(2026, 11, 2, 23, 55), now)).toBe('yesterday');
    expect(lastReflected(new Date(2026, 10, 26, 12, 0), now)).toBe('7 days ago');
    // A clock a little behind never makes it "in the future".
    expect(lastReflected(new Date(2026, 11, 4, 8, 0), now)).toBe('today');
  });
});
