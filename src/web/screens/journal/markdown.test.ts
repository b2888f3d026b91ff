// @vitest-environment jsdom
import { createElement, Fragment } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { renderMarkdownLite } from './markdown.js';

/** Renders into a real DOM and reads back the markup the browser would hold. */
function html(source: string): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Fragment, null, renderMarkdownLite(source))));
  const out = container.innerHTML;
  root.unmount();
  return out;
}

describe('renderMarkdownLite', () => {
  it('makes paragraphs from blank lines and keeps single line breaks', () => {
    expect(html('First line\nsecond line\n\nNew paragraph')).toBe(
      '<p><span>First line</span><br><span>second line</span></p><p><span>New paragraph</span></p>',
    );
  });

  it('renders bold and italic, and bold containing italic', () => {
    expect(html('I felt **really** *seen* today')).toBe(
      '<p><span>I felt <strong>really</strong> <em>seen</em> today</span></p>',
    );
    expect(html('**so *very* tired**')).toBe('<p><span><strong>so <em>very</em> tired</strong></span></p>');
  });

  it('makes lists from lines starting with "- ", beside paragraphs in the same block', () => {
    expect(html('Things that helped:\n- tea\n- a **long** walk')).toBe(
      '<p><span>Things that helped:</span></p><ul><li>tea</li><li>a <strong>long</strong> walk</li></ul>',
    );
  });

  it('leaves lone asterisks and unclosed markers as they are', () => {
    expect(html('2 * 3 = 6 and **not closed')).toBe('<p><span>2 * 3 = 6 and **not closed</span></p>');
  });

  it('never lets HTML through: script tags, attributes and entities stay text', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n- <b>hi</b>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror="alert(2)"&gt;');
    expect(html('**<iframe src="javascript:alert(3)">**')).toBe(
      '<p><span><strong>&lt;iframe src="javascript:alert(3)"&gt;</strong></span></p>',
    );
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() =>
      root.render(createElement(Fragment, null, renderMarkdownLite('<img src=x onerror="x()">'))),
    );
    expect(container.querySelector('img, script, iframe')).toBeNull();
    root.unmount();
    expect(html('&amp; &lt;b&gt;')).toBe('<p><span>&amp;amp; &amp;lt;b&amp;gt;</span></p>');
  });

  it('returns nothing for blank writing and copes with Windows line endings', () => {
    expect(renderMarkdownLite('  \n\n  ')).toEqual([]);
    expect(html('a\r\nb\r\n\r\nc')).toBe('<p><span>a</span><br><span>b</span></p><p><span>c</span></p>');
  });
});
