import type { Detector } from '../types';
import { categoryDetector } from './categories';
import { creditCardDetector } from './credit-card';
import { emailDetector } from './email';
import { ibanDetector } from './iban';
import { ipAddressDetector } from './ip-address';
import { personDetector } from './person';
import { phoneDetector } from './phone';
import { secretAssignmentDetector } from './secret-assignments';
import { secretTokenDetector } from './secret-tokens';
import { streetAddressDetector } from './street-address';
import { usSsnDetector } from './us-ssn';

export { categoryDetector, creditCardDetector, emailDetector, ibanDetector, ipAddressDetector, personDetector, phoneDetector };
export { secretAssignmentDetector, secretTokenDetector, streetAddressDetector, usSsnDetector };
export { luhnValid, knownIssuer } from './credit-card';
export { ibanChecksumValid } from './iban';
export { parseIpv6 } from './ip-address';
export { validSsn } from './us-ssn';
export { ENTROPY_THRESHOLD, isPlaceholder, looksRandom } from './secret-shape';

/** Every built-in detector, in no particular order (overlaps are resolved afterwards). */
export const defaultDetectors: readonly Detector[] = [
  secretTokenDetector, secretAssignmentDetector, emailDetector, creditCardDetector, usSsnDetector, ibanDetector,
  ipAddressDetector, phoneDetector, streetAddressDetector, personDetector, categoryDetector,
];
export { shannonEntropy } from '../text-context';
