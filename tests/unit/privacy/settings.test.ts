import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../../shared/settings';
import { defaultPrivacySettings, privacySettingsSchema } from '../../../shared/settings/privacy';

describe('privacy settings', () => {
  it('defaults: never-cloud for secrets, cards, SSNs, IBANs, health and legal; redact contact details; allow financial', () => {
    const privacy = defaultPrivacySettings();
    expect(privacy.entities).toEqual({
      EMAIL: 'redact', PHONE: 'redact', CREDIT_CARD: 'never-cloud', US_SSN: 'never-cloud', IBAN: 'never-cloud',
      IP_ADDRESS: 'redact', SECRET: 'never-cloud', PERSON: 'redact', STREET_ADDRESS: 'redact',
      DATE_OF_BIRTH: 'redact', MEDICAL_RECORD_NUMBER: 'never-cloud', PASSPORT: 'never-cloud', DRIVER_LICENSE: 'never-cloud',
      UK_NINO: 'never-cloud', DE_TAX_ID: 'never-cloud', FR_NIR: 'never-cloud', ES_DNI: 'never-cloud',
      IT_FISCAL_CODE: 'never-cloud', NL_BSN: 'never-cloud', IN_AADHAAR: 'never-cloud', CRYPTO_WALLET: 'redact',
    });
    expect(privacy.categories).toEqual({ HEALTH: 'never-cloud', LEGAL: 'never-cloud', FINANCIAL: 'allow' });
    expect(privacy.maxScanBytes).toBe(8 * 1024 * 1024);
    expect(defaultSettings().privacy).toEqual(privacy);
  });

  it('keeps a user choice and fills the rest', () => {
    const parsed = privacySettingsSchema.parse({ entities: { EMAIL: 'allow' }, categories: { FINANCIAL: 'never-cloud' } });
    expect(parsed.entities.EMAIL).toBe('allow');
    expect(parsed.entities.SECRET).toBe('never-cloud');
    expect(parsed.categories.FINANCIAL).toBe('never-cloud');
  });

  it.each([
    [{ entities: { EMAIL: 'maybe' } }, 'entities.EMAIL'],
    [{ entities: { SHOE_SIZE: 'redact' } }, 'entities'],
    [{ maxScanBytes: 10 }, 'maxScanBytes'],
  ])('names the field of an invalid value: %j', (input, path) => {
    const result = settingsSchema.safeParse({ privacy: input });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(`privacy.${path}`);
  });
});
