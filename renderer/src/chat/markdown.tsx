import type { ReactNode } from 'react';
import { highlight } from './highlight';

/**
 * A small markdown subset rendered to React elements (never HTML strings): fenced code with highlighting,
 * headings, lists, paragraphs, inline code, bold, italics and http(s) links.
 */
export function Markdown({ text }: { text: string }): React.JSX.Element {
  return <div className="markdown">{blocks(text)}</div>;
}

function blocks(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const fence = /^```\s*([\w+-]*)/.exec(line);
    if (fence !== null) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !/^```/.test(lines[i] ?? '')) body.push(lines[(i += 1) - 1] ?? '');
      i += 1;
      out.push(<pre key={out.length} className="code" data-lang={fence[1] ?? ''}><code>{highlight(body.join('\n'))}</code></pre>);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading !== null) {
      const level = Math.min((heading[1] ?? '#').length + 2, 6);
      const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
      out.push(<Tag key={out.length}>{inline(heading[2] ?? '')}</Tag>);
      i += 1;
      continue;
    }
    if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: ReactNode[] = [];
      while (i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i] ?? '')) {
        items.push(<li key={items.length}>{inline((lines[i] ?? '').replace(/^\s*([-*]|\d+\.)\s+/, ''))}</li>);
        i += 1;
      }
      out.push(ordered ? <ol key={out.length}>{items}</ol> : <ul key={out.length}>{items}</ul>);
      continue;
    }
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(```|#{1,4}\s|\s*([-*]|\d+\.)\s)/.test(lines[i] ?? '')) para.push(lines[(i += 1) - 1] ?? '');
    out.push(<p key={out.length}>{inline(para.join('\n'))}</p>);
  }
  return out;
}

const inlineToken = /(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\*[^*\n]+\*|_[^_\n]+_)|(\[[^\]\n]+\]\((https?:\/\/[^\s)]+)\))/g;

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(inlineToken)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = m.index;
    if (m[1] !== undefined) out.push(<code key={key}>{m[1].slice(1, -1)}</code>);
    else if (m[2] !== undefined) out.push(<strong key={key}>{m[2].slice(2, -2)}</strong>);
    else if (m[3] !== undefined) out.push(<em key={key}>{m[3].slice(1, -1)}</em>);
    else if (m[4] !== undefined) out.push(<a key={key} href={m[5]} target="_blank" rel="noopener noreferrer">{m[4].slice(1, m[4].indexOf(']'))}</a>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
