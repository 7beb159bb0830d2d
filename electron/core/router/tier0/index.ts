import { answerConversion, NUM, parseNumber } from './conversions';
import { formatNumber } from './format';
import { lex } from './lexer';
import { evaluate } from './parser';
import { normaliseArithmetic, stripQuestion } from './phrasing';

/**
 * Tier-0: arithmetic, percentages and unit conversions answered exactly, with no model (DESIGN.md §3).
 * Returns null whenever it is not certain: false answers are worse than handing the prompt on.
 */
export interface Tier0Answer {
  answer: string;
  kind: 'arithmetic' | 'percentage' | 'conversion';
  /** The question as understood, for the decision's reason. */
  question: string;
}

/** Longer inputs are never simple enough; bounding them keeps tier-0 at a few microseconds. */
export const TIER0_MAX_CHARS = 200;

const ISO_DATE = /\d{4}-\d{1,2}-\d{1,2}/;
const WHAT_PERCENT = new RegExp(String.raw`^(${NUM}) is what (?:percent|percentage|%) of (${NUM})$`, 'i');
const WHAT_PERCENT_OF = new RegExp(String.raw`^what (?:percent|percentage|%) of (${NUM}) is (${NUM})$`, 'i');
const WHAT_PERCENT_IS = new RegExp(String.raw`^what (?:percent|percentage|%) is (${NUM}) of (${NUM})$`, 'i');

export function answerTier0(text: string): Tier0Answer | null {
  if (text.length > TIER0_MAX_CHARS || !plausible(text)) return null;
  const s = stripQuestion(text);
  if (s === '' || ISO_DATE.test(s)) return null;
  const asked = s.length < text.trim().replace(/[\s?.!=]+$/, '').length;
  return percentQuestion(s) ?? conversion(s) ?? arithmetic(s, asked);
}

/** Questions tier-0 answers are short phrases with a number (or a root sign); this rejects most prompts in one pass. */
const MAX_WORDS = 16;
function plausible(text: string): boolean {
  let digit = false;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 0x221a || c === 0x221b) digit = true;
    else if (c === 32 && ++spaces > MAX_WORDS) return false;
    // code, markup, money, multi-line text; '=' only as a trailing "= ?"
    else if (c === 10 || c === 96 || c === 60 || c === 62 || c === 123 || c === 125 || c === 59 || c === 36) return false;
    else if (c === 61 && !/^=\s*\??\s*$/.test(text.slice(i))) return false;
  }
  return digit;
}

function percentQuestion(s: string): Tier0Answer | null {
  let part: number; let whole: number;
  let m = WHAT_PERCENT.exec(s);
  if (m !== null) { part = parseNumber(m[1] as string); whole = parseNumber(m[2] as string); }
  else if ((m = WHAT_PERCENT_OF.exec(s) ?? WHAT_PERCENT_IS.exec(s)) !== null) {
    const first = parseNumber(m[1] as string); const second = parseNumber(m[2] as string);
    [part, whole] = WHAT_PERCENT_OF.test(s) ? [second, first] : [first, second];
  } else return null;
  if (whole === 0) return null;
  return { answer: `${formatNumber((part / whole) * 100)}%`, kind: 'percentage', question: s };
}

function conversion(s: string): Tier0Answer | null {
  const c = answerConversion(s);
  if (c === null) return null;
  return { answer: `${formatNumber(c.result)} ${c.to.symbol}`, kind: 'conversion', question: s };
}

/**
 * `asked` is false when the message is nothing but the expression. Then "10-4", "555-1234" or "3-2"
 * (slang, phone numbers, scores) are not taken as subtractions.
 */
function arithmetic(s: string, asked: boolean): Tier0Answer | null {
  const tokens = lex(normaliseArithmetic(s));
  if (tokens === null) return null;
  const result = evaluate(tokens);
  if (result === null || result.operations === 0) return null;
  // "9/11" or "24/7" are names, not divisions; only an unspaced a/b that divides exactly is taken.
  const [a, op, b] = tokens;
  if (tokens.length === 3 && op?.kind === 'op' && op.op === '/' && !op.spaced && b?.spaced === false && a?.kind === 'num'
    && !Number.isInteger(result.value)) return null;
  if (!asked && tokens.every((t) => t.kind === 'num' || (t.op === '-' && !t.spaced))) return null;
  const hasPercent = tokens.some((t) => t.kind === 'op' && (t.op === '%' || t.op === 'of' || t.op === 'off'));
  const answer = result.percent ? `${formatNumber(result.value)}%` : formatNumber(result.value);
  return { answer, kind: hasPercent ? 'percentage' : 'arithmetic', question: s };
}
