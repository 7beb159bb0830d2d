import type { Detector } from '../types';
import { categoryDetector } from './categories';
import { creditCardDetector } from './credit-card';
import { cuedIdentifierDetector } from './cued-identifiers';
import { identifierDetector } from './identifiers';
import { emailDetector } from './email';
import { ibanDetector } from './iban';
import { ipAddressDetector } from './ip-address';
import { learnedPiiDetector } from './learned-pii';
import { personDetector } from './person';
import { phoneDetector } from './phone';
import { secretAssignmentDetector } from './secret-assignments';
import { secretTokenDetector } from './secret-tokens';
import { streetAddressDetector } from './street-address';
import { usSsnDetector } from './us-ssn';

export { categoryDetector, creditCardDetector, emailDetector, ibanDetector, ipAddressDetector, personDetector, phoneDetector };
export { secretAssignmentDetector, secretTokenDetector, streetAddressDetector, usSsnDetector };
export { cuedIdentifierDetector, identifierDetector };
export { validBase58Address, validBech32Address } from './bitcoin-address';
export { mod11_10, validSteuerId } from './de-tax-id';
export { dniLetter, validDniOrNie } from './es-dni';
export { toChecksumAddress, validEthereumAddress } from './ethereum-address';
export { validNir } from './fr-nir';
export { validAadhaar, verhoeffCheckDigit } from './in-aadhaar';
export { fiscalCodeCheck, validFiscalCode } from './it-fiscal-code';
export { keccak256, sponge256 } from './keccak256';
export { validBsn } from './nl-bsn';
export { validNino } from './uk-nino';
export { luhnValid, knownIssuer } from './credit-card';
export { ibanChecksumValid } from './iban';
export { parseIpv6 } from './ip-address';
export { validSsn } from './us-ssn';
export { ENTROPY_THRESHOLD, isPlaceholder, looksRandom } from './secret-shape';
export { createLearnedPiiDetector, defaultPiiModelDir, learnedPiiDetector } from './learned-pii';

/** The rule detectors: cheap (tens of µs per KB), run on every request first. */
export const cheapDetectors: readonly Detector[] = [
  secretTokenDetector, secretAssignmentDetector, emailDetector, creditCardDetector, usSsnDetector, ibanDetector,
  ipAddressDetector, phoneDetector, streetAddressDetector, personDetector, categoryDetector,
  identifierDetector, cuedIdentifierDetector,
];

/** The learned PERSON / STREET_ADDRESS tagger: run only where the cheap verdict still lets a request go to a cloud. */
export const deferredDetectors: readonly Detector[] = [learnedPiiDetector];

/** Every built-in detector, in no particular order (overlaps are resolved afterwards). */
export const defaultDetectors: readonly Detector[] = [...cheapDetectors, ...deferredDetectors];
export { shannonEntropy } from '../text-context';
