import { z } from 'zod';

/** Entities the privacy engine finds as spans (DESIGN.md §4, `switchyard scan`). */
export const privacyEntityTypes = [
  'EMAIL', 'PHONE', 'CREDIT_CARD', 'US_SSN', 'IBAN', 'IP_ADDRESS', 'SECRET', 'PERSON', 'STREET_ADDRESS',
  'DATE_OF_BIRTH', 'MEDICAL_RECORD_NUMBER', 'PASSPORT', 'DRIVER_LICENSE',
  'UK_NINO', 'DE_TAX_ID', 'FR_NIR', 'ES_DNI', 'IT_FISCAL_CODE', 'NL_BSN', 'IN_AADHAAR', 'CRYPTO_WALLET',
] as const;
export type PrivacyEntityType = (typeof privacyEntityTypes)[number];

/** Sensitive matters about a person, found from phrases in a personal context. */
export const privacyCategoryTypes = ['HEALTH', 'FINANCIAL', 'LEGAL'] as const;
export type PrivacyCategoryType = (typeof privacyCategoryTypes)[number];

export const privacyActionSchema = z.enum(['allow', 'redact', 'never-cloud']);
export type PrivacyAction = z.infer<typeof privacyActionSchema>;

/**
 * Defaults: values that are a key to money or identity (SECRET, CREDIT_CARD, US_SSN, IBAN, the national ids,
 * passport, driver licence and medical record numbers, which open accounts, records and fraud) and health matters
 * (special-category data) never leave; LEGAL (criminal and court matters, also special under GDPR art. 10) is
 * kept local too. Contact details and names are redacted, so a cloud model can still help with the text; a date
 * of birth is redacted too (alone it identifies nobody, with a name it does), and so is a crypto wallet address:
 * it is public on the chain and grants no access, but it links a person to all their payments.
 * FINANCIAL is allowed: the identifiers inside it are caught by their own rules, and the topic alone
 * ("how do I lower my debt") is a large share of what people rightly ask a strong model.
 */
const entityDefaults: Record<PrivacyEntityType, PrivacyAction> = {
  EMAIL: 'redact', PHONE: 'redact', CREDIT_CARD: 'never-cloud', US_SSN: 'never-cloud', IBAN: 'never-cloud',
  IP_ADDRESS: 'redact', SECRET: 'never-cloud', PERSON: 'redact', STREET_ADDRESS: 'redact',
  DATE_OF_BIRTH: 'redact', MEDICAL_RECORD_NUMBER: 'never-cloud', PASSPORT: 'never-cloud', DRIVER_LICENSE: 'never-cloud',
  UK_NINO: 'never-cloud', DE_TAX_ID: 'never-cloud', FR_NIR: 'never-cloud', ES_DNI: 'never-cloud',
  IT_FISCAL_CODE: 'never-cloud', NL_BSN: 'never-cloud', IN_AADHAAR: 'never-cloud', CRYPTO_WALLET: 'redact',
};
const categoryDefaults: Record<PrivacyCategoryType, PrivacyAction> = {
  HEALTH: 'never-cloud', LEGAL: 'never-cloud', FINANCIAL: 'allow',
};

const actionsFor = <K extends string>(defaults: Record<K, PrivacyAction>) =>
  z.object(
    Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, privacyActionSchema.default(value as PrivacyAction)])) as Record<K, z.ZodDefault<typeof privacyActionSchema>>,
  ).strict();

export const entityActionsSchema = actionsFor(entityDefaults);
export const categoryActionsSchema = actionsFor(categoryDefaults);

export const privacySettingsSchema = z.object({
  entities: entityActionsSchema.default(entityActionsSchema.parse({})),
  categories: categoryActionsSchema.default(categoryActionsSchema.parse({})),
  /** Larger inputs are refused rather than scanned (UTF-8 bytes over all texts of a request). */
  maxScanBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(8 * 1024 * 1024),
}).strict();
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;
export type PrivacySettingsInput = z.input<typeof privacySettingsSchema>;

export const defaultPrivacySettings = (): PrivacySettings => privacySettingsSchema.parse({});
