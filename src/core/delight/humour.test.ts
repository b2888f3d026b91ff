import { describe, expect, it } from 'vitest';
import { followableLink, humourSchema, somethingToSmileAt } from './humour.js';

describe('a link kept in humour', () => {
  it('is followable only over http or https, without a user name or password', () => {
    expect(followableLink(' https://example.org/otter?x=1 ')?.href).toBe('https://example.org/otter?x=1');
    expect(followableLink('http://example.org')?.hostname).toBe('example.org');
    for (const unsafe of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'https://user:pass@example.org/',
      '//example.org',
      'example.org',
      'https://',
      `https://example.org/${'a'.repeat(2000)}`,
    ]) {
      expect(followableLink(unsafe), unsafe).toBeUndefined();
    }
  });

  it('is accepted only as a link, and a line or a memory needs words', () => {
    expect(humourSchema.parse({ form: 'link', text: '', link: 'https://example.org/a' })).toEqual({
      form: 'link',
      text: '',
      link: 'https://example.org/a',
    });
    expect(humourSchema.safeParse({ form: 'link', text: 'otters' }).success).toBe(false);
    expect(humourSchema.safeParse({ form: 'link', text: '', link: 'javascript:alert(1)' }).success).toBe(
      false,
    );
    expect(humourSchema.safeParse({ form: 'line', text: 'Ha', link: 'https://example.org' }).success).toBe(
      false,
    );
    expect(humourSchema.safeParse({ form: 'memory', text: '  ' }).success).toBe(false);
    expect(humourSchema.parse({ form: 'line', text: ' The duck walked in. ' }).text).toBe(
      'The duck walked in.',
    );
  });
});

describe('something to smile at', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ id }));
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };

  it('is never the same twice in a row when there are two or more, and reaches every one', () => {
    let last: string | undefined;
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const next = somethingToSmileAt(items, last, random);
      expect(next?.id).not.toBe(last);
      seen.add(next?.id ?? '');
      last = next?.id;
    }
    expect(seen).toEqual(new Set(['a', 'b', 'c']));
    const two = [{ id: 'x' }, { id: 'y' }];
    expect(somethingToSmileAt(two, 'x', () => 0.99)?.id).toBe('y');
  });

  it('shows the only one again, and nothing when none are kept', () => {
    expect(somethingToSmileAt([{ id: 'only' }], 'only', random)?.id).toBe('only');
    expect(somethingToSmileAt([], undefined, random)).toBeUndefined();
  });
});
