import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mode } from '../../shared/decision';
import { privacySettingsSchema, rulesSchema, settingsSchema, type PrivacySettings, type PrivacySettingsInput, type Rule, type RuleInput } from '../../shared/settings';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import { startFaultProxy, seededRandom, type Fault, type FaultProxy } from '../helpers/fault-proxy';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startOpenAiWireServer, type OpenAiWireServer } from '../helpers/openai-wire-server';
import { startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy';
import { creditCard, email, iban, phone, secret, ssn, type Rand } from '../helpers/sensitive-values';

/**
 * Evidence for the privacy guarantee: hundreds of prompts carrying sensitive values go through every mode,
 * several rule settings and every fault (cloud failing, resetting, stalling; local model missing), against a
 * recording stand-in cloud on loopback. No never-cloud value — and no value under a redact rule — may ever
 * appear in any byte the stand-in received, whatever the path (first try, retry, fallback). The inputs include
 * names, street addresses and a person's health record (diagnosis, drug); a redacted value that is sent must
 * arrive as its placeholder.
 */

type Kind = 'CREDIT_CARD' | 'US_SSN' | 'IBAN' | 'SECRET' | 'HEALTH' | 'EMAIL' | 'PHONE' | 'CODEWORD' | 'PERSON' | 'STREET_ADDRESS';
interface Sample { text: string; values: Array<{ kind: Kind; value: string }> }

/** A named person, a street address and a health record of that person, in several phrasings and languages. */
const givenNames = ['Daniel', 'Sarah', 'Margaret', 'Jonas', 'Camille', 'Lucia', 'Ahmed', 'Olga'];
const surnames = ['Ortiz', 'Kim', 'Ellison', 'Becker', 'Lefebvre', 'Navarro', 'Haddad', 'Novak'];
const streets = ['Baker Street', 'Elm Road', 'Maple Avenue', 'Station Road', 'Church Lane'];
const conditions: Array<[diagnosis: string, drug: string]> = [
  ['diabetes', 'metformin'], ['COPD', 'salbutamol'], ['depression', 'sertraline'], ['hypertension', 'lisinopril'], ['epilepsy', 'levetiracetam'],
];
function personRecord(r: Rand): Sample {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const name = `${pick(givenNames)} ${pick(surnames)}`;
  const address = `${1 + Math.floor(r() * 180)} ${pick(streets)}`;
  const [diagnosis, drug] = pick(conditions);
  const mrn = String(1_000_000 + Math.floor(r() * 8_999_999));
  const texts = [
    `Here is my patient's record: ${name}, DOB 04/12/1961, MRN ${mrn}, lives at ${address}, diagnosed with ${diagnosis}, on ${drug} 500 mg bid. Draft a referral letter.`,
    `My patient ${name}, 54, of ${address}, has ${diagnosis} and takes ${drug}; write a note to the pharmacy.`,
  ];
  return {
    text: pick(texts),
    values: [{ kind: 'PERSON', value: name }, { kind: 'STREET_ADDRESS', value: address }, { kind: 'HEALTH', value: diagnosis }, { kind: 'HEALTH', value: drug }],
  };
}
function nameAndAddress(r: Rand): Sample {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const name = `${pick(givenNames)} ${pick(surnames)}`;
  const address = `${1 + Math.floor(r() * 180)} ${pick(streets)}`;
  return { text: `Send the signed lease to ${name} at ${address}, London, by Friday.`, values: [{ kind: 'PERSON', value: name }, { kind: 'STREET_ADDRESS', value: address }] };
}

const HARD = 'Prove this rigorously, then design and compare two architectures for it, deriving the complexity step by step.';
const CODEWORD = 'Project Nightingale';

function samples(count: number, r: Rand): Sample[] {
  const makers: Array<() => Sample> = [
    () => { const v = creditCard(r); return { text: `My card ${v} was charged twice, what should I do?`, values: [{ kind: 'CREDIT_CARD', value: v }] }; },
    () => { const v = ssn(r); return { text: `Fill in the form: SSN ${v}, employer Acme.`, values: [{ kind: 'US_SSN', value: v }] }; },
    () => { const v = iban(r); return { text: `Wire the refund to IBAN ${v} please.`, values: [{ kind: 'IBAN', value: v }] }; },
    () => { const v = secret(r); return { text: `Why does this fail? api_key = "${v}"`, values: [{ kind: 'SECRET', value: v }] }; },
    () => ({ text: 'I was diagnosed with type 2 diabetes and my insulin dose keeps changing; what should I ask my doctor?', values: [{ kind: 'HEALTH', value: 'diagnosed with type 2 diabetes' }] }),
    () => { const v = email(r); return { text: `Draft a reply to ${v} about the invoice.`, values: [{ kind: 'EMAIL', value: v }] }; },
    () => { const v = phone(r); return { text: `Call me back at ${v} tomorrow.`, values: [{ kind: 'PHONE', value: v }] }; },
    () => ({ text: `Summarise the status of ${CODEWORD} for the board.`, values: [{ kind: 'CODEWORD', value: CODEWORD }] }),
    () => personRecord(r),
    () => nameAndAddress(r),
    () => {
      const a = creditCard(r);
      const b = email(r);
      return { text: `Customer ${b} disputes card ${a}.`, values: [{ kind: 'CREDIT_CARD', value: a }, { kind: 'EMAIL', value: b }] };
    },
  ];
  return Array.from({ length: count }, (_, i) => {
    const s = (makers[i % makers.length] as () => Sample)();
    // Half the prompts are hard, so balanced/cost/speed modes really try the cloud.
    return i % 2 === 0 ? { ...s, text: `${s.text} ${HARD}` } : s;
  });
}

const ruleSets: Record<string, { privacy?: PrivacySettingsInput; rules?: RuleInput[] }> = {
  defaults: {},
  strict: { privacy: { entities: { EMAIL: 'never-cloud', PHONE: 'never-cloud', PERSON: 'never-cloud', STREET_ADDRESS: 'never-cloud', IP_ADDRESS: 'never-cloud' } } },
  'redact-all': { privacy: { entities: { CREDIT_CARD: 'redact', US_SSN: 'redact', IBAN: 'redact', SECRET: 'redact' } } },
  // A routing rule pushing the same text to the cloud must lose to the never-cloud rule, whatever their order.
  'user-rules': { rules: [
    { name: 'push-cloud', action: 'always-cloud', match: { keywords: [CODEWORD] } },
    { name: 'codename', action: 'never-cloud', match: { keywords: [CODEWORD] } },
  ] },
  'health-redact': { privacy: { categories: { HEALTH: 'redact' } } },
};

interface RuleSet { privacy: PrivacySettings; rules: Rule[] }

/** Which values must never be seen by the cloud under these rules (allowed ones may legitimately leave). */
function mustNotLeave(kind: Kind, rules: RuleSet): boolean {
  return actionFor(kind, rules) !== 'allow';
}

function actionFor(kind: Kind, rules: RuleSet): 'allow' | 'redact' | 'never-cloud' {
  if (kind === 'CODEWORD') return rules.rules.some((r) => r.action === 'never-cloud') ? 'never-cloud' : 'allow';
  if (kind === 'HEALTH') return rules.privacy.categories.HEALTH;
  return rules.privacy.entities[kind];
}

const faults: Record<string, Fault[] | null> = {
  healthy: null,
  'cloud-500': [{ kind: 'status', status: 500 }],
  'cloud-429': [{ kind: 'status', status: 429, retryAfterSeconds: 0 }],
  'cloud-reset': [{ kind: 'reset-before' }, { kind: 'reset-after', bytes: 120 }],
  'cloud-stall': [{ kind: 'stall', ms: 1_500 }],
};

describe.skipIf(!hasShared)('privacy guarantee under every mode, rule and fault', () => {
  let wire: OpenAiWireServer;
  let faultProxy: FaultProxy;
  let recorder: RecordingProxy;

  beforeAll(async () => {
    wire = await startOpenAiWireServer({ apiKey: 'stand-in-key', scenarios: { 'big-1': { kind: 'stream', script: { text: ['Sure', ', here you go.'], usage: { prompt: 20, completion: 4 } } } } });
    faultProxy = await startFaultProxy(wire.baseUrl);
    recorder = await startRecordingProxy(faultProxy.url);
  });
  afterAll(async () => {
    await recorder?.close();
    await faultProxy?.close();
    await wire?.close();
  });

  function engineFor(localDown: boolean): Engine {
    return createEngine({
      settings: settingsSchema.parse({
        local: [{ id: 'tiny', path: localDown ? '/missing/model.gguf' : modelPath('stories260K-chatml.gguf'), contextSize: 1024 }],
        providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: recorder.url, apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128_000, price: { input: 1, output: 2 } }] }],
      }),
      threads: 1,
      classifier: false,
      secrets: createLayeredSecrets({ keychain: null, env: { ACME_KEY: 'stand-in-key' }, envVars: { acme: 'ACME_KEY' } }),
      runtime: { retry: { maxRetries: 1, baseMs: 1, maxMs: 5, maxRetryAfterMs: 5 }, timeouts: { firstPartMs: 400, idleMs: 400 }, breaker: { failureThreshold: 1000, minRequests: 1000 } },
    });
  }

  it('never lets a protected value reach the cloud', async () => {
    const r = seededRandom(4242);
    const pool = samples(180, r);
    const modes: Mode[] = ['privacy', 'cost', 'speed', 'balanced'];
    const leaks: string[] = [];
    let requests = 0;
    let cloudSends = 0;
    let redactedSends = 0;
    for (const localDown of [false, true]) {
      const engine = engineFor(localDown);
      try {
        for (const [faultName, script] of Object.entries(faults)) {
          faultProxy.random(script === null ? null : { probability: 1, seed: 7, faults: script });
          for (const mode of modes) {
            for (const [ruleName, ruleInput] of Object.entries(ruleSets)) {
              const rules: RuleSet = { privacy: privacySettingsSchema.parse(ruleInput.privacy ?? {}), rules: rulesSchema.parse(ruleInput.rules ?? []) };
              engine.updateSettings({ mode, ...rules });
              const offset = (requests * 7) % pool.length;
              const batch = [...pool.slice(offset), ...pool].slice(0, 6);
              for (const [i, sample] of batch.entries()) {
                requests += 1;
                const model = i % 3 === 2 ? 'big-1' : 'auto';
                const before = recorder.received.length;
                try {
                  const { parts } = await engine.gateway.handle(
                    { model, messages: [{ role: 'user', content: sample.text }], maxTokens: 2 },
                    { channel: 'openai-port' },
                    AbortSignal.timeout(10_000),
                  );
                  for await (const _part of parts) void _part;
                } catch {
                  // Refusals (403), fallbacks exhausted (5xx) and missing models are all fine; leaks are not.
                }
                const sent = recorder.received.slice(before).map((b) => b.toString('utf8')).join('\n');
                if (sent !== '') cloudSends += 1;
                const where = `mode ${mode}, rules ${ruleName}, fault ${faultName}, local ${localDown ? 'down' : 'up'}, model ${model}`;
                for (const { kind, value } of sample.values) {
                  if (mustNotLeave(kind, rules) && (sent.includes(value) || sent.includes(value.replace(/[\s-]/g, '')))) {
                    leaks.push(`${kind} leaked: ${where}`);
                  }
                  // A redacted value that was sent arrives as its placeholder, not dropped or garbled.
                  if (sent !== '' && actionFor(kind, rules) === 'redact' && kind !== 'CODEWORD') {
                    if (!sent.includes(`[${kind}_`)) leaks.push(`${kind} sent without its placeholder: ${where}`);
                    else redactedSends += 1;
                  }
                }
              }
            }
          }
        }
      } finally {
        await engine.dispose();
      }
    }
    expect(leaks).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(900);
    // The test must exercise cloud paths, or it proves nothing.
    expect(cloudSends).toBeGreaterThan(100);
    // Names, addresses and (under health-redact) diagnoses really went out redacted, so that path was exercised.
    expect(redactedSends).toBeGreaterThan(20);
  }, 600_000);
});
