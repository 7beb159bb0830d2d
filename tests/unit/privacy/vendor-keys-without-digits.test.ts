import { describe, expect, it } from 'vitest';
import { defaultDetectors, scanText } from '../../../electron/core/privacy';

// Found by the privacy property test: random key tails sometimes contain no digit, and they are still keys.
describe('vendor keys whose random part has no digit', () => {
  it.each([
    'AKIACOTKRJWOAJTRUBLJ',
    'sk_live_mXxJBzKdZTZHjxOZcbvEICNh',
    'glpat-UwVarmkcszVQDIChyZQv',
    'ghp_tKJvKDyrUVMRBHsVfsElKhsOOpjIaxgMciUg',
  ])('finds %s', (key) => {
    const text = `deploy with key=${key} today`;
    const spans = scanText(text, { detectors: defaultDetectors, maxBytes: 1_000_000 }).spans.filter((s) => s.type === 'SECRET');
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain(key);
  });

  it('still ignores placeholders after a vendor prefix', () => {
    const text = 'set STRIPE_KEY=sk_live_YOUR_KEY_HERE and AWS key AKIAXXXXXXXXXXXXXXXX';
    expect(scanText(text, { detectors: defaultDetectors, maxBytes: 1_000_000 }).spans.filter((s) => s.type === 'SECRET')).toEqual([]);
  });
});
