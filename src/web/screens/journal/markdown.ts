import { createElement, type ReactNode } from 'react';

/**
 * Markdown-lite for reading journal entries: paragraphs, line breaks,
 * **bold**, *italic* and "- " lists, nothing else. What a person wrote is only
 * ever treated as text: the result is React elements whose text React escapes,
 * so no HTML they typed (or pasted) is ever interpreted, and there is no
 * innerHTML anywhere.
 */
export function renderMarkdownLite(source: string): ReactNode[] {
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  const out: ReactNode[] = [];
  blocks.forEach((block, b) => {
    let run: { list: boolean; lines: string[] } | null = null;
    let part = 0;
    const flush = () => {
      if (!run) return;
      const key = `${b}-${part++}`;
      if (run.list) {
        out.push(
          createElement(
            'ul',
            { key },
            run.lines.map((line, i) => createElement('li', { key: i }, inline(line))),
          ),
        );
      } else {
        const children: ReactNode[] = [];
        run.lines.forEach((line, i) => {
          if (i > 0) children.push(createElement('br', { key: `br${i}` }));
          children.push(createElement('span', { key: `l${i}` }, inline(line)));
        });
        out.push(createElement('p', { key }, children));
      }
      run = null;
    };
    for (const line of block.split('\n')) {
      const item = /^\s*- (.*)$/.exec(line);
      const isList = item !== null;
      const text = item ? (item[1] ?? '') : line;
      if (!run || run.list !== isList) {
        flush();
        run = { list: isList, lines: [] };
      }
      run.lines.push(text);
    }
    flush();
  });
  return out;
}

/** Bold and italic inside one line; everything else stays plain text. */
function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  let key = 0;
  // A fresh pattern per call: bold text is read again for italics inside it.
  const emphasis = /\*\*(?=\S)([\s\S]+?)\*\*|\*(?=[^\s*])([^*]+?)\*/g;
  for (let match = emphasis.exec(text); match; match = emphasis.exec(text)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    if (match[1] !== undefined) parts.push(createElement('strong', { key: key++ }, inline(match[1])));
    else parts.push(createElement('em', { key: key++ }, match[2]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
