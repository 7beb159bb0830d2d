import type { SpanType } from './types';

/** How a finding reads in a reason sentence ("contains a credit card number → kept local"). */
export const findingLabels: Record<SpanType, string> = {
  EMAIL: 'an email address',
  PHONE: 'a phone number',
  CREDIT_CARD: 'a credit card number',
  US_SSN: 'a US social security number',
  IBAN: 'a bank account number (IBAN)',
  IP_ADDRESS: 'an IP address',
  SECRET: 'a secret (API key, token, password or private key)',
  PERSON: "a person's name",
  STREET_ADDRESS: 'a street address',
  HEALTH: 'health information about a person',
  FINANCIAL: 'financial information about a person',
  LEGAL: 'legal matters about a person',
  CUSTOM: 'text matched by a rule',
};
