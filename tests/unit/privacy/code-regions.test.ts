import { describe, expect, it } from 'vitest';
import { dropCodeSpans } from '../../../electron/core/privacy/detectors/code-regions';
import { scanText } from '../../../electron/core/privacy';

/** The span over the first occurrence of `word` in `text`. */
const at = (text: string, word: string): { start: number; end: number } => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('dropCodeSpans', () => {
  it('drops spans on code lines outside string literals', () => {
    const text = 'def best(a, b):\n    return max(a, b)\n';
    expect(dropCodeSpans(text, [at(text, 'max')])).toEqual([]);
    const elif = 'if x == 1:\n    y = 2\nelif month in months:\n    y = 3';
    expect(dropCodeSpans(elif, [at(elif, 'elif')])).toEqual([]);
  });

  it('keeps names inside string literals in code', () => {
    const text = '    print("Dear John Smith, welcome")\n';
    expect(dropCodeSpans(text, [at(text, 'John Smith')])).toEqual([at(text, 'John Smith')]);
    const single = "    user = {'name': 'Aisha Khan'}";
    expect(dropCodeSpans(single, [at(single, 'Aisha Khan')])).toHaveLength(1);
  });

  it('keeps names in prose, parentheses and pasted letters inside fences', () => {
    const prose = 'Please email John Smith (my manager) about the offsite.';
    expect(dropCodeSpans(prose, [at(prose, 'John Smith')])).toHaveLength(1);
    const letter = 'Rewrite this:\n```\nDear Maria Lopez,\nthank you for your help.\n```';
    expect(dropCodeSpans(letter, [at(letter, 'Maria Lopez')])).toHaveLength(1);
    const from = 'From: Kenji Watanabe\nTo: the team';
    expect(dropCodeSpans(from, [at(from, 'Kenji Watanabe')])).toHaveLength(1);
  });

  it('leaves texts without code punctuation untouched', () => {
    const spans = [{ start: 0, end: 4 }];
    expect(dropCodeSpans('Lars Øberg called', spans)).toBe(spans);
  });
});

describe('the learned tagger on code', () => {
  it('finds no person or address in plain code, and the name in its string literal', () => {
    // Without the code filter the tagger reads `Max` in `find_Max` as a name and `return 1 / n` as an address.
    const code = 'def find_Max(arr, low, high):\n    if (high < low):\n        return arr[0]\n    return find_Max(arr, low, mid-1)\n\n'
      + 'def harmonic_sum(n):\n  if n < 2:\n    return 1\n  else:\n    return 1 / n + (harmonic_sum(n - 1))\n\nprint("Report for Olivia Bennett")\n';
    const found = scanText(code).spans.filter((s) => s.type === 'PERSON' || s.type === 'STREET_ADDRESS').map((s) => code.slice(s.start, s.end));
    expect(found.filter((f) => !f.includes('Olivia'))).toEqual([]);
    expect(found.join(' ')).toContain('Olivia Bennett');
  });
});
