/**
 * Where a text is code rather than prose, so the learned tagger's names in code are kept only inside string
 * literals: `max(a, b)` and `elif` are identifiers, `print("Dear John Smith")` still holds a name.
 * Judged line by line, fences or not: a letter pasted inside ``` is still prose, and its names still count.
 * A line is code when it shows two or more signs of code.
 */

const keywordStart = /^\s*(?:def|return|import|from|class|elif|else|for|while|if|const|let|var|function|public|private|static|void|int|assert|try|except|catch|#include|package|fn|func)\b/;
const signs: readonly RegExp[] = [
  /[A-Za-z0-9_\]]\(/, // a call or definition: name( with no space
  /[^=!<>]=[^=]|==|!=|<=|>=|=>|->|::/, // assignment, comparison, arrows
  /;\s*$/,
  /[{}]/,
  /^(?: {4}|\t)/, // indented block
  /[\w)\]]:\s*$/, // a block opener (Python)
];

function looksLikeCode(line: string): boolean {
  let score = keywordStart.test(line) ? 1 : 0;
  for (const sign of signs) {
    if (sign.test(line)) score += 1;
    if (score >= 2) return true;
  }
  return false;
}

/** True when [start, end) sits between a pair of quotes on its line. */
function insideQuotes(line: string, start: number, end: number): boolean {
  for (const quote of ['"', "'", '`']) {
    let before = 0;
    for (let i = line.indexOf(quote); i !== -1 && i < start; i = line.indexOf(quote, i + 1)) before += 1;
    if (before % 2 === 1 && line.indexOf(quote, end) !== -1) return true;
  }
  return false;
}

/**
 * Keeps the spans that are prose, or a string literal inside code. Cheap for prose: texts without any code
 * punctuation return at once.
 */
export function dropCodeSpans<T extends { start: number; end: number }>(text: string, spans: T[]): T[] {
  if (spans.length === 0 || !/[(){};=:\t]|\n {4}/.test(text)) return spans;
  return spans.filter((span) => {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const newline = text.indexOf('\n', span.end);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (!looksLikeCode(line)) return true;
    return insideQuotes(line, span.start - lineStart, span.end - lineStart);
  });
}
