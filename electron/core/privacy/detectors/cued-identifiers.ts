import type { Detector, Span } from '../types';
import { birthDateAt } from './date-of-birth';
import { documentNumberAt } from './document-numbers';
import { idCues } from './id-cues';

/**
 * DATE_OF_BIRTH, MEDICAL_RECORD_NUMBER, PASSPORT and DRIVER_LICENSE: values that only a cue phrase makes what
 * they are ("DOB", "MRN", "passport no.", "Führerschein"). One detector over one list of cues.
 */
export const cuedIdentifierDetector: Detector = {
  name: 'cued-identifiers',
  detect(text) {
    const spans: Span[] = [];
    for (const cue of idCues(text)) {
      const span = cue.kind === 'DATE_OF_BIRTH' ? birthDateAt(text, cue) : documentNumberAt(text, { ...cue, kind: cue.kind });
      if (span !== null) spans.push(span);
    }
    return spans;
  },
};
