import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../shared/chat';
import { PrivacyBlockedError } from '../../../shared/errors';
import { privacySettingsSchema, type PrivacySettingsInput } from '../../../shared/settings/privacy';
import { rulesSchema, type RuleInput } from '../../../shared/settings/rules';
import { assertCloudSafe, defaultDetectors, inspectRequest, Pseudonymizer, requestTexts, ScanInputTooLargeError, type Detector } from '../../../electron/core/privacy';

const rules = ({ rules: list = [], ...privacy }: PrivacySettingsInput & { rules?: RuleInput[] } = {}) =>
  ({ privacy: privacySettingsSchema.parse(privacy), rules: rulesSchema.parse(list) });
const ask = (...texts: string[]): ChatRequest => ({ model: 'auto', messages: texts.map((content) => ({ role: 'user' as const, content })) });
const balanced = { mode: 'balanced' as const };

describe('inspectRequest', () => {
  it('keeps a credit card local by default, naming the rule, with types and counts only', () => {
    const verdict = inspectRequest(ask('Card 4111 1111 1111 1111 was charged twice; also 5555 5555 5555 4444.'), balanced, rules());
    expect(verdict.neverCloud).toBe(true);
    expect(verdict.findings).toEqual([{ type: 'CREDIT_CARD', count: 2 }]);
    expect(verdict.reasons).toEqual(["contains a credit card number (2×) → kept local (rule 'CREDIT_CARD: never-cloud')"]);
    expect(verdict.rules).toEqual(['CREDIT_CARD: never-cloud']);
    expect(JSON.stringify(verdict)).not.toContain('4111');
    expect(() => verdict.forCloud()).toThrow(PrivacyBlockedError);
  });

  it('lets a card go when the user allows cards, and redacts one under redact', () => {
    expect(inspectRequest(ask('Card 4111 1111 1111 1111'), balanced, rules({ entities: { CREDIT_CARD: 'allow' } })).neverCloud).toBe(false);
    const verdict = inspectRequest(ask('Card 4111 1111 1111 1111'), balanced, rules({ entities: { CREDIT_CARD: 'redact' } }));
    expect(verdict.neverCloud).toBe(false);
    expect(verdict.forCloud().request.messages[0]?.content).toBe('Card [CREDIT_CARD_1]');
  });

  it('redacts email, phone and names for the cloud with stable placeholders, across messages', () => {
    const request = ask('Write to sam.lee@example.org or call 312-555-0186.', 'Again: sam.lee@example.org, and Dear Maria Lopez.');
    const verdict = inspectRequest(request, balanced, rules());
    expect(verdict.neverCloud).toBe(false);
    expect(verdict.redactions).toEqual([{ type: 'EMAIL', count: 2 }, { type: 'PERSON', count: 1 }, { type: 'PHONE', count: 1 }]);
    const cloud = verdict.forCloud();
    expect(requestTexts(cloud.request)).toEqual([
      'Write to [EMAIL_1] or call [PHONE_1].',
      'Again: [EMAIL_1], and Dear [PERSON_1].',
    ]);
    expect(cloud.restorer.restore('I emailed [EMAIL_1] for [PERSON_1].')).toBe('I emailed sam.lee@example.org for Maria Lopez.');
    expect(request.messages[0]?.content).toContain('sam.lee@example.org'); // the original is not mutated
    expect(JSON.stringify(cloud.restorer)).not.toContain('sam.lee');
  });

  it('keeps placeholders stable across turns when the conversation keeps its pseudonymizer', () => {
    const pseudonymizer = new Pseudonymizer();
    const first = inspectRequest(ask('mail bob@corp.example'), { ...balanced, pseudonymizer }, rules()).forCloud();
    const second = inspectRequest(ask('mail ann@corp.example', 'and bob@corp.example'), { ...balanced, pseudonymizer }, rules()).forCloud();
    expect(requestTexts(first.request)).toEqual(['mail [EMAIL_1]']);
    expect(requestTexts(second.request)).toEqual(['mail [EMAIL_2]', 'and [EMAIL_1]']);
  });

  it('always keeps privacy mode local, and applies client and mode rules', () => {
    expect(inspectRequest(ask('hello'), { mode: 'privacy' }, rules()).reasons).toEqual(["privacy mode → kept local (rule 'mode: privacy')"]);
    const userRules = rules({ rules: [
      { name: 'acme-local', action: 'never-cloud', match: { clients: ['acme-cli'] } },
      { name: 'cost-local', action: 'never-cloud', match: { modes: ['cost'] } },
    ] });
    const fromAcme = inspectRequest(ask('hello'), { mode: 'balanced', client: { kind: 'api', userAgent: 'ACME-CLI/2.1' } }, userRules);
    expect(fromAcme.neverCloud).toBe(true);
    expect(fromAcme.reasons[0]).toContain("rule 'acme-local'");
    expect(inspectRequest(ask('hello'), { mode: 'cost' }, userRules).rules).toEqual(['cost-local']);
    expect(inspectRequest(ask('hello'), { mode: 'balanced', client: { kind: 'api', userAgent: 'other' } }, userRules).neverCloud).toBe(false);
  });

  it('an allow rule drops the redact-level findings in the text it matches, never a never-cloud one', () => {
    const person: Detector = { name: 'person', detect: (text) => [...text.matchAll(/Ada Lovelace|Ada/g)].map((m) => ({ type: 'PERSON' as const, start: m.index, end: m.index + m[0].length, confidence: 0.9 })) };
    const policy = rules({ rules: [{ name: 'product', action: 'allow', match: { keywords: ['Ada'], caseSensitive: true } }] });
    const verdict = inspectRequest(ask('Deploy Ada to staging'), balanced, policy, { detectors: [person, ...defaultDetectors] });
    expect(verdict.findings).toEqual([]);
    expect(verdict.rules).toEqual(['product']);
    expect(verdict.reasons).toEqual(["1 finding in text matched by rule 'product' allowed (rule 'product')"]);
    expect(verdict.forCloud().request.messages[0]?.content).toBe('Deploy Ada to staging');
    // A finding reaching beyond the allowed text stays.
    const other = inspectRequest(ask('Deploy Ada Lovelace notes'), balanced, policy, { detectors: [person] });
    expect(other.findings).toEqual([{ type: 'PERSON', count: 1 }]);
    const card = inspectRequest(ask('Ada 4111 1111 1111 1111'), balanced, rules({ rules: [{ name: 'all', action: 'allow', match: { regex: '.+' } }] }));
    expect(card.neverCloud).toBe(true);
    expect(card.findings).toEqual([{ type: 'CREDIT_CARD', count: 1 }]);
  });

  it('rules with task or token conditions see the request facts, computed once', () => {
    let asked = 0;
    const policy = rules({ rules: [
      { name: 'code-local', action: 'never-cloud', match: { taskTypes: ['code'] } },
      { name: 'long-local', action: 'never-cloud', match: { minTokens: 1000 } },
    ] });
    const facts = () => { asked += 1; return { taskType: 'code' as const, promptTokens: 10 }; };
    const verdict = inspectRequest(ask('anything'), { ...balanced, facts }, policy);
    expect(verdict.rules).toEqual(['code-local']);
    expect(asked).toBe(1);
    expect(inspectRequest(ask('Write a Python function that parses a CSV file.'), balanced, policy).rules).toEqual(['code-local']);
    expect(inspectRequest(ask('good morning'), balanced, policy).neverCloud).toBe(false);
  });

  it('applies keyword and regex rules, whole words only, and redacts with [REDACTED_n]', () => {
    const userRules = rules({ rules: [
      { name: 'falcon', action: 'never-cloud', match: { keywords: ['Project Falcon'] } },
      { name: 'ticket', action: 'redact', match: { regex: 'TCK-\\d{4,8}' } },
    ] });
    const blocked = inspectRequest(ask('Status of project falcon?'), balanced, userRules);
    expect(blocked.neverCloud).toBe(true);
    expect(blocked.reasons).toEqual(["contains text matched by rule 'falcon' → kept local (rule 'falcon')"]);
    expect(inspectRequest(ask('project falconry'), balanced, userRules).neverCloud).toBe(false);
    const redacted = inspectRequest(ask('see tck-12345 and TCK-12345'), balanced, userRules).forCloud();
    expect(requestTexts(redacted.request)).toEqual(['see [REDACTED_1] and [REDACTED_2]']);
  });

  it('sees health matters about a person, not health as a topic', () => {
    expect(inspectRequest(ask('I was diagnosed with diabetes last year, what should I eat?'), balanced, rules()).findings).toEqual([{ type: 'HEALTH', count: 2 }]);
    expect(inspectRequest(ask('Explain what diabetes is.'), balanced, rules()).neverCloud).toBe(false);
    const allowed = inspectRequest(ask('My husband was arrested.'), balanced, rules({ categories: { LEGAL: 'allow' } }));
    expect(allowed.neverCloud).toBe(false);
    expect(allowed.findings).toEqual([{ type: 'LEGAL', count: 1 }]);
  });

  it('fails closed when a detector throws', () => {
    const broken: Detector = { name: 'broken', detect: () => { throw new Error('secret value 4111'); } };
    const verdict = inspectRequest(ask('hello'), balanced, rules(), { detectors: [broken, ...defaultDetectors] });
    expect(verdict.neverCloud).toBe(true);
    expect(verdict.failedClosed).toBe(true);
    expect(verdict.reasons).toEqual(['a privacy check failed (broken) → kept local to be safe']);
    expect(() => assertCloudSafe(ask('hello'), rules(), balanced, { detectors: [broken] })).toThrow(PrivacyBlockedError);
  });

  it('scans tool-call arguments, system prompts and content parts, but not function names', () => {
    const request: ChatRequest = {
      model: 'gpt-x',
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'User email: jo@example.com' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'send_email', arguments: '{"to":"jo@example.com"}' } }] },
      ],
      tools: [{ type: 'function', function: { name: 'send_email', description: 'sends mail' } }],
    };
    const cloud = inspectRequest(request, balanced, rules()).forCloud().request;
    expect(JSON.stringify(cloud)).not.toContain('jo@example.com');
    expect(cloud.messages[1]).toMatchObject({ tool_calls: [{ function: { name: 'send_email', arguments: '{"to":"[EMAIL_1]"}' } }] });
  });

  it('refuses a request over maxScanBytes', () => {
    expect(() => inspectRequest(ask('x'.repeat(3000)), balanced, rules({ maxScanBytes: 2048 }))).toThrow(ScanInputTooLargeError);
  });
});

describe('assertCloudSafe', () => {
  it('passes the redacted request and blocks the original', () => {
    const request = ask('mail sam@example.org');
    const cloud = inspectRequest(request, balanced, rules()).forCloud();
    expect(() => assertCloudSafe(cloud.request, rules(), balanced)).not.toThrow();
    expect(() => assertCloudSafe(request, rules(), balanced)).toThrow(/unredacted EMAIL/);
  });

  it('blocks never-cloud content with a 403 that names the rule and holds no value', () => {
    try {
      assertCloudSafe(ask('key sk-proj-abc123DEF456ghi789JKL012mno345PQR678'), rules(), balanced);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PrivacyBlockedError);
      const blocked = error as PrivacyBlockedError;
      expect(blocked.status).toBe(403);
      expect(blocked.shouldRetry).toBe(false);
      expect(blocked.param).toBe('SECRET: never-cloud');
      expect(blocked.message).not.toContain('sk-proj');
    }
  });

  // A context-reading detector: it sees a name in "Ping" only once a placeholder follows it.
  const contextual: Detector = {
    name: 'contextual',
    detect: (text) => (/^Ping \[EMAIL_1\]/.test(text) ? [{ type: 'PERSON', start: 0, end: 4, confidence: 0.6 }] : []),
  };

  it('does not refuse a redacted request because a context-reading detector sees a new name beside a placeholder', () => {
    const request = ask('Ping sam@example.org.');
    const cloud = inspectRequest(request, balanced, rules(), { deferredDetectors: [contextual] }).forCloud();
    expect(requestTexts(cloud.request)).toEqual(['Ping [EMAIL_1].']);
    expect(() => assertCloudSafe(cloud.request, rules(), balanced, { deferredDetectors: [contextual] })).not.toThrow();
  });

  it("still blocks a context-reading detector's never-cloud finding", () => {
    const strict = rules({ entities: { PERSON: 'never-cloud' } });
    expect(() => assertCloudSafe(ask('Ping [EMAIL_1].'), strict, balanced, { deferredDetectors: [contextual] })).toThrow(PrivacyBlockedError);
  });

  it('blocks in privacy mode even with nothing sensitive', () => {
    expect(() => assertCloudSafe(ask('hello'), rules(), { mode: 'privacy' })).toThrow(PrivacyBlockedError);
  });
});

describe('keyword rules and offsets', () => {
  it('keeps offsets right when lower-casing would change the length', () => {
    const userRules = rules({ rules: [{ name: 'falcon', action: 'redact', match: { keywords: ['falcon'] } }] });
    const cloud = inspectRequest(ask('İİİ Falcon and falcon'), balanced, userRules).forCloud();
    expect(requestTexts(cloud.request)).toEqual(['İİİ [REDACTED_1] and [REDACTED_2]']);
  });
});

describe('never-cloud error', () => {
  it('names a rule that keeps the request local, even when a redact rule fired first', () => {
    const verdict = inspectRequest(ask('mail sam@example.org about card 4111 1111 1111 1111'), balanced, rules());
    expect(verdict.rules).toEqual(['CREDIT_CARD: never-cloud', 'EMAIL: redact']);
    try {
      verdict.forCloud();
      expect.unreachable();
    } catch (error) {
      expect((error as PrivacyBlockedError).param).toBe('CREDIT_CARD: never-cloud');
      expect((error as PrivacyBlockedError).message).toBe("This request stays on this machine: contains a credit card number → kept local (rule 'CREDIT_CARD: never-cloud').");
    }
  });
});
