import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type Span } from '../../../electron/core/privacy';

describe('resolveOverlaps', () => {
  it('joins two overlapping readings of one address into their union', () => {
    const spans: Span[] = [
      { type: 'STREET_ADDRESS', start: 0, end: 20, confidence: 0.9 },
      { type: 'STREET_ADDRESS', start: 15, end: 40, confidence: 0.7 },
    ];
    expect(resolveOverlaps(spans)).toEqual([{ type: 'STREET_ADDRESS', start: 0, end: 40, confidence: 0.9 }]);
  });

  it('keeps the more specific type and does not join names', () => {
    const spans: Span[] = [
      { type: 'PERSON', start: 0, end: 10, confidence: 0.9 },
      { type: 'PERSON', start: 5, end: 15, confidence: 0.6 },
      { type: 'PHONE', start: 20, end: 30, confidence: 0.9 },
      { type: 'STREET_ADDRESS', start: 25, end: 35, confidence: 0.95 },
    ];
    expect(resolveOverlaps(spans).map((s) => `${s.type}:${s.start}-${s.end}`)).toEqual(['PERSON:0-10', 'PHONE:20-30']);
  });
});
