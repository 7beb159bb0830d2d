import { before, hasWord } from '../text-context';
import type { Detector, Span } from '../types';
import { digitRuns, runDigits } from './digit-runs';

const ssnWords = ['ssn', 'ssns', 'ss#', 'social security', 'social sec', 'soc sec', 'ss no', 'ss num', 'taxpayer', 'itin', 'tin'];
/** Numbers published as examples or never issued (SSA), plus the most typed dummy. */
const knownFake = new Set(['078051120', '219099999', '123456789', '457555462']);

/** Valid area 001–899 except 666, group 01–99, serial 0001–9999 (SSA rules since 2011 randomisation). */
export function validSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || knownFake.has(digits) || /^(\d)\1{8}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  return area > 0 && area < 900 && area !== 666 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * US_SSN: 3-2-4 digits with a dash or space, or nine bare digits when an SSN word is near. The word raises
 * confidence of the formatted forms; the bare form without it is just a number.
 */
export const usSsnDetector: Detector = {
  name: 'us-ssn',
  detect(text) {
    const spans: Span[] = [];
    for (const run of digitRuns(text)) {
      const lengths = run.groups.map((g) => g.end - g.start);
      if (lengths.length !== 1 && lengths.length !== 3) continue;
      const start = run.groups[0]!.start;
      const named = hasWord(before(text, start, 40), ssnWords);
      const formatted = lengths.length === 3 && lengths[0] === 3 && lengths[1] === 2 && lengths[2] === 4
        && run.separators[0] === run.separators[1] && run.separators[0] !== '.';
      const bare = lengths.length === 1 && lengths[0] === 9 && named;
      if ((!formatted && !bare) || !validSsn(runDigits(text, run))) continue;
      const confidence = named ? 0.95 : run.separators[0] === '-' ? 0.8 : 0.6;
      spans.push({ type: 'US_SSN', start, end: run.groups[run.groups.length - 1]!.end, confidence });
    }
    return spans;
  },
};
