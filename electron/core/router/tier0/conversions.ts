import { convert, lookupUnit } from './units';
import type { Unit } from './units';

/**
 * Unit-conversion phrasings: "100 km to miles", "5 ft in cm", "2.5 hours is how many minutes",
 * "how many minutes are in 2.5 hours". The number must be a plain numeral; both sides must name
 * units of the same dimension, else it is not a conversion we answer.
 */
export const NUM = String.raw`[-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-\u2212]?\.\d+`;
const FORWARD = new RegExp(String.raw`^(${NUM})\s*(\S.*)$`);
const CONNECTOR = /\s+(?:to|in|into|as|in terms of|is how many|are how many|equals how many|equals|=)\s+/gi;
const HOW_MANY = new RegExp(String.raw`^how many\s+(.+?)\s+(?:are there in|are there|are in|is in|in|are|is|make up|makes?|equals?|per|to|go into|fit in|fit into)\s+(${NUM})\s*(\S.*)$`, 'i');

export interface Conversion { value: number; from: Unit; to: Unit; result: number }

export function parseNumber(raw: string): number {
  return Number(raw.replace('\u2212', '-').replaceAll(',', ''));
}

export function answerConversion(s: string): Conversion | null {
  const how = HOW_MANY.exec(s);
  if (how !== null) return build(parseNumber(how[2] as string), how[3] as string, how[1] as string);
  const fwd = FORWARD.exec(s);
  if (fwd === null) return null;
  const value = parseNumber(fwd[1] as string);
  const rest = fwd[2] as string;
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(rest); m !== null; m = CONNECTOR.exec(rest)) {
    const found = build(value, rest.slice(0, m.index), rest.slice(m.index + m[0].length));
    if (found !== null) return found;
  }
  return null;
}

function build(value: number, fromPhrase: string, toPhrase: string): Conversion | null {
  const from = lookupUnit(fromPhrase);
  const to = lookupUnit(toPhrase);
  if (from === undefined || to === undefined || from === to || !Number.isFinite(value)) return null;
  const result = convert(value, from, to);
  return result === null ? null : { value, from, to, result };
}
