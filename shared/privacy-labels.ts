import type { PrivacyCategoryType, PrivacyEntityType } from './settings/privacy';

/** Everything the privacy engine can find, by its type name (the settings keys). */
export type PrivacyType = PrivacyEntityType | PrivacyCategoryType;

export interface PrivacyTypeLabel {
  /** What the privacy panel calls it, plural, in plain words: "Email addresses". */
  label: string;
  /** How a reason sentence names one finding: "contains an email address → redacted…". */
  reason: string;
  /** One made-up but realistic example, shown under the label. */
  example: string;
  group: PrivacyGroupId;
}

export const privacyGroups = [
  { id: 'contact', title: 'Names and contact details' },
  { id: 'identity', title: 'Identity numbers' },
  { id: 'money', title: 'Money' },
  { id: 'health-legal', title: 'Health and legal matters' },
  { id: 'secrets', title: 'Secrets' },
] as const;
export type PrivacyGroupId = (typeof privacyGroups)[number]['id'];

/**
 * One table for the engine's reason sentences and the renderer's privacy panel, so both name a finding the same
 * way. A Record over every type: adding a type to shared/settings/privacy.ts fails to compile until it has words
 * here. Examples are invented (documentation ranges, specimen numbers), never real people's data.
 */
export const privacyTypeLabels: Record<PrivacyType, PrivacyTypeLabel> = {
  PERSON: { label: "People's names", reason: "a person's name", example: 'Maria Lopez', group: 'contact' },
  EMAIL: { label: 'Email addresses', reason: 'an email address', example: 'maria.lopez@example.com', group: 'contact' },
  PHONE: { label: 'Phone numbers', reason: 'a phone number', example: '+44 20 7946 0958', group: 'contact' },
  STREET_ADDRESS: { label: 'Street addresses', reason: 'a street address', example: '221B Baker Street, London', group: 'contact' },
  DATE_OF_BIRTH: { label: 'Dates of birth', reason: 'a date of birth', example: 'born 14 March 1985', group: 'contact' },
  IP_ADDRESS: { label: 'IP addresses', reason: 'an IP address', example: '203.0.113.42', group: 'contact' },

  US_SSN: { label: 'US Social Security numbers', reason: 'a US social security number', example: 'SSN 512-47-2938', group: 'identity' },
  PASSPORT: { label: 'Passport numbers', reason: 'a passport number', example: 'passport no. C01X00T47', group: 'identity' },
  DRIVER_LICENSE: { label: "Driver's licence numbers", reason: "a driver's licence number", example: 'Driving licence MORGA753116SM9IJ', group: 'identity' },
  UK_NINO: { label: 'UK National Insurance numbers', reason: 'a UK National Insurance number', example: 'AB 12 34 56 C', group: 'identity' },
  DE_TAX_ID: { label: 'German tax IDs (Steuer-ID)', reason: 'a German tax id (Steuer-ID)', example: 'Steuer-ID 86 095 742 719', group: 'identity' },
  FR_NIR: { label: 'French social security numbers (NIR)', reason: 'a French social security number (NIR)', example: '1 85 05 78 006 084 91', group: 'identity' },
  ES_DNI: { label: 'Spanish ID numbers (DNI/NIE)', reason: 'a Spanish identity number (DNI/NIE)', example: 'DNI 12345678Z', group: 'identity' },
  IT_FISCAL_CODE: { label: 'Italian fiscal codes', reason: 'an Italian fiscal code (codice fiscale)', example: 'RSSMRA85T10A562S', group: 'identity' },
  NL_BSN: { label: 'Dutch citizen service numbers (BSN)', reason: 'a Dutch citizen service number (BSN)', example: 'BSN 111222333', group: 'identity' },
  IN_AADHAAR: { label: 'Indian Aadhaar numbers', reason: 'an Indian Aadhaar number', example: '2345 6789 0124', group: 'identity' },

  CREDIT_CARD: { label: 'Card numbers', reason: 'a credit card number', example: '4111 1111 1111 1111', group: 'money' },
  IBAN: { label: 'Bank account numbers (IBAN)', reason: 'a bank account number (IBAN)', example: 'DE89 3704 0044 0532 0130 00', group: 'money' },
  CRYPTO_WALLET: { label: 'Crypto wallet addresses', reason: 'a crypto wallet address', example: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', group: 'money' },
  FINANCIAL: { label: 'Financial matters about a person', reason: 'financial information about a person', example: 'I owe $12,000 in credit card debt', group: 'money' },

  HEALTH: { label: 'Health information about a person', reason: 'health information about a person', example: 'my father was diagnosed with diabetes', group: 'health-legal' },
  MEDICAL_RECORD_NUMBER: { label: 'Medical record numbers', reason: 'a medical record number', example: 'MRN 00482913', group: 'health-legal' },
  LEGAL: { label: 'Legal matters about a person', reason: 'legal matters about a person', example: 'my brother was arrested last week', group: 'health-legal' },

  SECRET: { label: 'Passwords, API keys and tokens', reason: 'a secret (API key, token, password or private key)', example: 'password: Tr0ub4dor&3', group: 'secrets' },
};

/** The panel's words for a type; an unknown name (a newer engine) shows as itself. */
export function privacyTypeLabel(type: string): string {
  return Object.hasOwn(privacyTypeLabels, type) ? privacyTypeLabels[type as PrivacyType].label : type;
}

/** Types of one group, in table order. */
export function typesInGroup(group: PrivacyGroupId): PrivacyType[] {
  return (Object.keys(privacyTypeLabels) as PrivacyType[]).filter((type) => privacyTypeLabels[type].group === group);
}
