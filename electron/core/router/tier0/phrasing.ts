/**
 * The natural-language shell around tier-0: strips polite question wrappers ("what's", "calculate",
 * "please", a trailing "?" or "=") and rewrites word operators into symbols. Everything else must be
 * understood exactly, so a question with extra instructions stays unanswered.
 */
const LEAD = /^(?:(?:hey|hi|ok|okay|please)[,!]?\s+)?(?:(?:can|could|would) you (?:please )?(?:tell me |calculate |compute |work out |convert )?|please (?:calculate |compute |convert |tell me )?|what(?:'s|\u2019s| is|s)\s+|how much is\s+|calculate\s+|compute\s+|evaluate\s+|work out\s+|convert\s+|tell me\s+)?(?:the (?:value|result|answer) of\s+)?(?:the\s+)?/i;
const TRAIL = /(?:\s*,?\s+please)?\s*(?:=\s*)?[?.!]*\s*$/i;
const EQUAL = /^what does (.+) (?:equal|make|come to)$/i;

export function stripQuestion(text: string): string {
  let s = text.trim().replace(TRAIL, '');
  s = s.replace(LEAD, '');
  const m = EQUAL.exec(s);
  if (m !== null) s = m[1] as string;
  return s.replace(TRAIL, '').trim();
}

const WORD_OPS: [RegExp, string][] = [
  [/\b(?:the )?square root of\b/g, '\u221a'],
  [/\b(?:the )?cube root of\b/g, '\u221b'],
  [/\b(?:raised )?to the power of\b|\braised to\b/g, '^'],
  [/\bmultiplied by\b/g, '*'],
  [/\bdivided by\b/g, '/'],
  [/\bsquared\b/g, '^2'],
  [/\bcubed\b/g, '^3'],
  [/\bper ?cent\b/g, '%'],
];

/** Lower-cases and turns word operators into symbols the lexer knows. */
export function normaliseArithmetic(s: string): string {
  let out = s.toLowerCase();
  for (const [pattern, symbol] of WORD_OPS) out = out.replace(pattern, ` ${symbol} `);
  return out;
}
