import type { ChatMessage } from '../../../../shared/chat';
import { messageText } from '../../../../shared/chat';
import { estimateTokens } from '../tokens';
import { AND_HASH, BIGRAM_CUES, bigramKey, Cue, CUE_COUNT, FNV_OFFSET, fnvStep, WORD_CUES } from './vocab';

/** What the heuristic scorer sees. Counts come from one pass over the last user message. */
export interface HeuristicFeatures {
  /** Approximate tokens of the last user message, of all messages, and of system/developer messages. */
  tokens: number;
  promptTokens: number;
  systemTokens: number;
  /** User turns in the conversation (1 for a single prompt). */
  turns: number;
  words: number;
  digits: number;
  questions: number;
  /** Commas, semicolons, "and"s and list lines: a proxy for the number of requirements. */
  clauses: number;
  codeBlocks: number;
  codeSymbols: number;
  /** Occurrences per cue bit (index = bit position in Cue). */
  cues: number[];
  /** Cue flags of the first word (imperative, question word, greeting). */
  firstCue: number;
  /** Output length the prompt asks for, in words; 0 when it does not say. */
  requestedWords: number;
  /** Identifier-shaped words: camelCase, snake_case, letters with digits (pyqt6), c#, c++. */
  identifiers: number;
}

const LENGTH_ASK = /(\d{1,3}(?:,\d{3})+|\d+)\s*[- ]?\s*(words?|pages?|paragraphs?|sentences?|lines?|bullets?|points?|steps?|items?|tweets?)\b/i;
const WORDS_PER: Record<string, number> = { word: 1, page: 450, paragraph: 100, sentence: 18, line: 12, bullet: 15, point: 25, step: 30, item: 20, tweet: 40 };
const SCAN_LIMIT = 8192; // features saturate long before; bounds the cost on huge prompts

export function extractFeatures(messages: readonly ChatMessage[], lastUser: string): HeuristicFeatures {
  let promptTokens = 0; let systemTokens = 0; let turns = 0;
  for (const m of messages) {
    const t = estimateTokens(messageText(m)) + 4;
    promptTokens += t;
    if (m.role === 'system' || m.role === 'developer') systemTokens += t;
    else if (m.role === 'user') turns += 1;
  }
  const f: HeuristicFeatures = {
    tokens: estimateTokens(lastUser), promptTokens, systemTokens, turns, words: 0, digits: 0, questions: 0,
    clauses: 0, codeBlocks: 0, codeSymbols: 0, cues: new Array<number>(CUE_COUNT).fill(0), firstCue: 0, requestedWords: 0, identifiers: 0,
  };
  scan(lastUser, f);
  if (f.digits > 0) f.requestedWords = requestedWords(lastUser);
  return f;
}

function scan(text: string, f: HeuristicFeatures): void {
  const n = Math.min(text.length, SCAN_LIMIT);
  let inWord = false; let h = 0; let prev = 0; let prevCue = 0; let ticks = 0; let lineStart = true;
  // Word shape, for identifier detection: 1 letter seen, 2 digit seen, 4 lower→upper (camelCase), 8 underscore.
  let shape = 0; let lastLower = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    const lower = upper ? c + 32 : c;
    const digit = c >= 48 && c <= 57;
    if ((lower >= 97 && lower <= 122) || digit || c >= 0xc0 || (c === 95 && inWord)) {
      if (!inWord) { inWord = true; h = FNV_OFFSET; shape = 0; lastLower = false; }
      h = fnvStep(h, lower);
      if (digit) { f.digits += 1; shape |= 2; } else if (c === 95) shape |= 8; else shape |= (upper && lastLower ? 4 : 0) | 1;
      lastLower = c >= 97 && c <= 122;
      if (lineStart && digit && text.charCodeAt(i + 1) === 46) f.clauses += 1; // "1." list line
      lineStart = false;
      continue;
    }
    if (inWord) {
      inWord = false;
      // c# and c++ end in a symbol; the rest are identifier-shaped words.
      if ((shape & 12) !== 0 || shape === 3 || ((c === 35 || c === 43) && (shape & 1) !== 0)) f.identifiers += 1;
      const cue = WORD_CUES.get(h) ?? 0;
      if (f.words === 0) f.firstCue = cue;
      f.words += 1;
      if (h === AND_HASH) f.clauses += 1;
      let bits = cue & ~Cue.BigramHead;
      if (prevCue & Cue.BigramHead) bits |= BIGRAM_CUES.get(bigramKey(prev, h)) ?? 0;
      while (bits !== 0) {
        const low = bits & -bits;
        (f.cues[31 - Math.clz32(low)] as number)++;
        bits ^= low;
      }
      prev = h; prevCue = cue;
    }
    if (c === 96) { ticks += 1; if (ticks === 3) f.codeBlocks += 0.5; continue; }
    ticks = 0;
    switch (c) {
      case 44: case 59: f.clauses += 1; break; // , ;
      case 63: f.questions += 1; break; // ?
      case 123: case 125: case 40: case 41: case 61: case 60: case 62: case 91: case 93: f.codeSymbols += 1; break;
      case 10: lineStart = true; continue;
      case 45: case 42: case 8226: if (lineStart) f.clauses += 1; break; // list bullets
      default: break;
    }
    if (c !== 32 && c !== 9) lineStart = false;
  }
  f.codeBlocks = Math.floor(f.codeBlocks);
}

function requestedWords(text: string): number {
  const m = LENGTH_ASK.exec(text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text);
  if (m === null) return 0;
  const count = Number((m[1] as string).replaceAll(',', ''));
  const unit = (m[2] as string).toLowerCase().replace(/s$/, '');
  return Math.min(count * (WORDS_PER[unit] ?? 0), 100_000);
}

/** Bit position of a cue, to read `cues`. */
const cueIndex = (cue: number): number => 31 - Math.clz32(cue);
export const cueCount = (f: HeuristicFeatures, cue: number): number => f.cues[cueIndex(cue)] ?? 0;
