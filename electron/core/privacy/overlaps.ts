import type { Span, SpanType } from './types';

/** More specific types win an overlap before confidence is compared: a card number beats the phone it resembles. */
const specificity: Record<SpanType, number> = {
  SECRET: 9, CREDIT_CARD: 8, IBAN: 8, US_SSN: 8, UK_NINO: 8, DE_TAX_ID: 8, FR_NIR: 8, ES_DNI: 8, IT_FISCAL_CODE: 8,
  NL_BSN: 8, IN_AADHAAR: 8, CRYPTO_WALLET: 8, MEDICAL_RECORD_NUMBER: 7, PASSPORT: 7, DRIVER_LICENSE: 7, EMAIL: 7,
  DATE_OF_BIRTH: 6, IP_ADDRESS: 6, CUSTOM: 6, PHONE: 5, STREET_ADDRESS: 4, PERSON: 3, HEALTH: 1, FINANCIAL: 1, LEGAL: 1,
};

const categoryTypes = new Set<SpanType>(['HEALTH', 'FINANCIAL', 'LEGAL']);

/**
 * Keeps, among overlapping spans, the most specific type, then the most confident, then the longest. Categories
 * are resolved apart from entities: a health phrase and a name in it are both findings. Linear in the total
 * length of the spans (a per-character "taken" mark), so many findings cannot make it quadratic.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const entities = mergeSameType(spans.filter((span) => !categoryTypes.has(span.type)));
  const categories = spans.filter((span) => categoryTypes.has(span.type));
  return [...pickNonOverlapping(entities), ...pickNonOverlapping(categories)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Types whose overlapping spans are one finding told twice (the rules and the tagger see one address differently).
 * Not PERSON: a union of two name readings that then meets an address loses to it whole (measured: fewer names).
 */
const mergedTypes = new Set<SpanType>(['STREET_ADDRESS']);

/**
 * Overlapping spans of a merged type become their union, at the higher confidence: otherwise the more confident
 * of two readings of one address ("12 Rue de la Paix" and "Paix, 75002 Paris") would drop the other and with it
 * the part only the other covers.
 */
function mergeSameType(spans: Span[]): Span[] {
  if (!spans.some((span) => mergedTypes.has(span.type))) return spans;
  const out = spans.filter((span) => !mergedTypes.has(span.type));
  for (const type of mergedTypes) {
    const same = spans.filter((span) => span.type === type).sort((a, b) => a.start - b.start);
    let current: Span | undefined;
    for (const span of same) {
      if (current !== undefined && span.start < current.end) {
        current = { ...current, end: Math.max(current.end, span.end), confidence: Math.max(current.confidence, span.confidence) };
        continue;
      }
      if (current !== undefined) out.push(current);
      current = span;
    }
    if (current !== undefined) out.push(current);
  }
  return out;
}

function pickNonOverlapping(spans: Span[]): Span[] {
  const ranked = [...spans].sort((a, b) => specificity[b.type] - specificity[a.type] || b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  let length = 0;
  for (const span of spans) length = Math.max(length, span.end);
  const taken = new Uint8Array(length);
  const kept: Span[] = [];
  for (const span of ranked) {
    let free = true;
    for (let i = span.start; i < span.end && free; i += 1) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept;
}
