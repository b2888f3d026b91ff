import { describe, expect, it } from 'vitest';
import { ProblemError, parseProblem, toProblem } from './problem.js';

describe('parseProblem', () => {
  it('reads a problem+json body with field errors', () => {
    const problem = parseProblem(400, {
      type: 'https://haven.local/problems/invalid-input',
      title: 'Some of what was sent does not fit.',
      status: 400,
      detail: 'Check the marked fields.',
      errors: [
        { path: 'passphrase', message: 'Too short' },
        { path: 'name', message: 'Required' },
      ],
    });
    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Some of what was sent does not fit.');
    expect(problem.detail).toBe('Check the marked fields.');
    expect(problem.type).toBe('https://haven.local/problems/invalid-input');
    expect(problem.fieldError('passphrase')).toBe('Too short');
    expect(problem.fieldError('name')).toBe('Required');
    expect(problem.fieldError('other')).toBeUndefined();
  });

  it('matches field paths written as JSON pointers, body-prefixed or as arrays', () => {
    const problem = parseProblem(400, {
      title: 'Bad',
      errors: [
        { path: '/newPassphrase', message: 'a' },
        { path: 'body.confirmName', message: 'b' },
        { path: ['payload', 'words', 0], message: 'c' },
      ],
    });
    expect(problem.fieldError('newPassphrase')).toBe('a');
    expect(problem.fieldError('confirmName')).toBe('b');
    expect(problem.fieldError('payload.words.0')).toBe('c');
  });

  it('gives a calm title by status when the body is not a problem document', () => {
    expect(parseProblem(429, '<html>Too Many</html>').title).toMatch(/Too many attempts/);
    expect(parseProblem(502, undefined).title).toMatch(/Haven's side/);
    expect(parseProblem(404, null).title).toBe('Nothing was found here.');
    expect(parseProblem(400, []).errors).toEqual([]);
  });

  it('keeps the 429 detail, which says how long to wait', () => {
    const problem = parseProblem(429, {
      title: 'Too many attempts',
      status: 429,
      detail: 'Please wait 5 minutes before trying again.',
    });
    expect(problem.detail).toBe('Please wait 5 minutes before trying again.');
  });

  it('ignores malformed error entries and blank titles', () => {
    const problem = parseProblem(400, {
      title: '  ',
      errors: [{ path: 'x' }, 'oops', { path: 'y', message: 'ok' }],
    });
    expect(problem.title).toMatch(/another look/);
    expect(problem.errors).toEqual([{ path: 'y', message: 'ok' }]);
  });

  it('prefers the response status when the body claims a success status', () => {
    expect(parseProblem(500, { title: 'x', status: 200 }).status).toBe(500);
  });
});

describe('toProblem', () => {
  it('passes a ProblemError through', () => {
    const original = ProblemError.invalid('Nope');
    expect(toProblem(original)).toBe(original);
  });

  it('treats a fetch TypeError as the server being unreachable', () => {
    const problem = toProblem(new TypeError('Failed to fetch'));
    expect(problem.status).toBe(0);
    expect(problem.title).toMatch(/can't reach/);
  });

  it('never shows the text of an unexpected error, which could hold what someone wrote', () => {
    const problem = toProblem(new Error('secret journal words'));
    expect(problem.title).not.toContain('secret');
    expect(problem.message).not.toContain('secret');
  });
});
