import type { ReactNode } from 'react';

// One pass over the code: comments, strings, numbers, keywords; everything else as plain text.
const token = /(\/\/[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\/)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|(\b\d+(?:\.\d+)?\b)|(\b(?:function|const|let|var|return|if|else|for|while|class|import|export|from|def|async|await|new|true|false|null|None|True|False|fn|pub|struct|type|interface)\b)/g;
const kinds = ['comment', 'string', 'number', 'keyword'] as const;

/** Syntax colouring as React text nodes: no HTML strings, so nothing in the code can become markup. */
export function highlight(code: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of code.matchAll(token)) {
    const start = match.index;
    if (start > last) out.push(code.slice(last, start));
    const kind = kinds[match.slice(1).findIndex((g) => g !== undefined)] ?? 'keyword';
    out.push(<span key={start} className={`tok-${kind}`}>{match[0]}</span>);
    last = start + match[0].length;
  }
  if (last < code.length) out.push(code.slice(last));
  return out;
}
