/**
 * Tokenizer for tier-0 arithmetic. Input is already lower-cased and phrase-normalised (see phrasing.ts).
 * Anything it does not recognise makes the whole input a miss (returns null): tier-0 only answers
 * questions it understands completely.
 */
export type Op = '+' | '-' | '*' | '/' | '^' | '%' | '(' | ')' | 'sqrt' | 'cbrt' | 'of' | 'off';
export type Token = { kind: 'num'; value: number; spaced: boolean } | { kind: 'op'; op: Op; spaced: boolean };

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+/y;
const WORD = /[a-z]+/y;

const SYMBOLS: Record<string, Op> = {
  '+': '+', '-': '-', '\u2212': '-', '\u2013': '-', '*': '*', '\u00d7': '*', '\u00b7': '*', '\u22c5': '*', '\u2217': '*',
  '/': '/', '\u00f7': '/', '\u2215': '/', '^': '^', '%': '%', '(': '(', ')': ')', '\u221a': 'sqrt', '\u221b': 'cbrt',
};
const WORDS: Record<string, Op> = {
  plus: '+', minus: '-', times: '*', x: '*', of: 'of', off: 'off', sqrt: 'sqrt', cbrt: 'cbrt',
};

const symbol = (c: string): Op | undefined => SYMBOLS[c];
const HEX = /\b0x[0-9a-f]/;

export function lex(input: string): Token[] | null {
  if (HEX.test(input)) return null; // 0x10 is a hex literal, not 0 × 10
  const tokens: Token[] = [];
  let spaced = true;
  for (let i = 0; i < input.length;) {
    const c = input[i] as string;
    if (c === ' ' || c === '\t') { i += 1; spaced = true; continue; }
    if ((c >= '0' && c <= '9') || c === '.') {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(input);
      if (m === null) return null;
      i += m[0].length;
      // "1,5" (a decimal comma) or "1,2345" are not numbers we can read with certainty.
      if (input[i] === ',' || input[i] === '.') return null;
      tokens.push({ kind: 'num', value: Number(m[0].replaceAll(',', '')), spaced });
    } else if (c === '*' && input[i + 1] === '*') {
      tokens.push({ kind: 'op', op: '^', spaced }); i += 2;
    } else if (c === '\u00b2' || c === '\u00b3') {
      tokens.push({ kind: 'op', op: '^', spaced }, { kind: 'num', value: c === '\u00b2' ? 2 : 3, spaced: false }); i += 1;
    } else if (c === '\u03c0') {
      tokens.push({ kind: 'num', value: Math.PI, spaced }); i += 1;
    } else if (symbol(c) !== undefined) {
      tokens.push({ kind: 'op', op: symbol(c) as Op, spaced }); i += 1;
    } else if (c >= 'a' && c <= 'z') {
      WORD.lastIndex = i;
      const word = (WORD.exec(input) as RegExpExecArray)[0];
      i += word.length;
      if (word === 'pi') { tokens.push({ kind: 'num', value: Math.PI, spaced }); spaced = false; continue; }
      const op = WORDS[word];
      if (op === undefined) return null;
      tokens.push({ kind: 'op', op, spaced });
    } else {
      return null;
    }
    spaced = false;
  }
  return tokens;
}
