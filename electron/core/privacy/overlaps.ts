import type { Span, SpanType } from './types';

/** More specific types win an overlap before confidence is compared: a card number beats the phone it resembles. */
const specificity: Record<SpanType, number> = {
  SECRET: 9, CREDIT_CARD: 8, IBAN: 8, US_SSN: 8, EMAIL: 7, IP_ADDRESS: 6, CUSTOM: 6, PHONE: 5, STREET_ADDRESS: 4,
  PERSON: 3, HEALTH: 1, FINANCIAL: 1, LEGAL: 1,
};

const categoryTypes = new Set<SpanType>(['HEALTH', 'FINANCIAL', 'LEGAL']);

/**
 * Keeps, among overlapping spans, the most specific type, then the most confident, then the longest. Categories
 * are resolved apart from entities: a health phrase and a name in it are both findings. O(n log n).
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const entities = spans.filter((span) => !categoryTypes.has(span.type));
  const categories = spans.filter((span) => categoryTypes.has(span.type));
  return [...pickNonOverlapping(entities), ...pickNonOverlapping(categories)].sort((a, b) => a.start - b.start || a.end - b.end);
}

function pickNonOverlapping(spans: Span[]): Span[] {
  const ranked = [...spans].sort((a, b) => specificity[b.type] - specificity[a.type] || b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = []; // sorted by start, never overlapping
  for (const span of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const left = kept[lo - 1];
    const right = kept[lo];
    if ((left && left.end > span.start) || (right && right.start < span.end)) continue;
    kept.splice(lo, 0, span);
  }
  return kept;
}
