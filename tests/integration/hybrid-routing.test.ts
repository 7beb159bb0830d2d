import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/fixtures';
import { CLOUD_KEY, startHybrid, type Hybrid } from '../helpers/hybrid-engine';

const HARD = 'Prove that there are infinitely many primes, then design and compare two distributed algorithms to enumerate them, deriving their complexity step by step.';

// model "auto" between a local GGUF model and an OpenAI-compatible cloud (a second Switchyard on loopback).
describe.skipIf(!hasShared)('hybrid routing through the OpenAI port', () => {
  let h: Hybrid;
  let client: OpenAI;

  beforeAll(async () => {
    h = await startHybrid();
    client = new OpenAI({ baseURL: h.baseURL, apiKey: 'client-key', maxRetries: 0 });
  });
  afterAll(async () => h?.close());

  it('lists auto, the local model and the cloud model', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    expect(ids).toEqual(['auto', 'tiny', 'big-1']);
  });

  it('sends a hard prompt to the cloud model and streams its answer through', async () => {
    const before = h.proxy.received.length;
    const { data, response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: HARD }], max_tokens: 8 })
      .withResponse();
    expect(response.headers.get('x-switchyard-target')).toBe('cloud');
    expect(response.headers.get('x-switchyard-model')).toBe('big-1');
    expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(data.usage?.completion_tokens).toBeGreaterThan(0);
    expect(h.proxy.received.length).toBe(before + 1);
    expect(h.proxy.allText()).toContain(`Bearer ${CLOUD_KEY}`);
  });

  it('keeps small talk local', async () => {
    const { response } = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'good morning :)' }], max_tokens: 4 }).withResponse();
    expect(response.headers.get('x-switchyard-target')).toBe('local');
    expect(response.headers.get('x-switchyard-model')).toBe('tiny');
  });

  it('answers arithmetic with tier-0, streamed like any answer', async () => {
    const stream = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'what is 15% of 240' }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toContain('36');
    const plain = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'Convert 100 km to miles' }] }).withResponse();
    expect(plain.response.headers.get('x-switchyard-target')).toBe('tier0');
    expect(plain.data.choices[0]?.message.content).toMatch(/62\.13/);
  });

  it('keeps a hard prompt with a card number local: the cloud never sees it', async () => {
    const card = '4111 1111 1111 1111';
    const { response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: `${HARD} My card ${card} was declined.` }], max_tokens: 4 })
      .withResponse();
    expect(response.headers.get('x-switchyard-target')).toBe('local');
    expect(h.proxy.allText()).not.toContain(card);
    expect(h.proxy.allText()).not.toContain('4111111111111111');
  });

  it('keeps never-cloud content local even when a cloud model is named', async () => {
    const ssn = '432-11-8765';
    const { response } = await client.chat.completions
      .create({ model: 'big-1', messages: [{ role: 'user', content: `My SSN is ${ssn}, file my taxes.` }], max_tokens: 4 })
      .withResponse();
    expect(response.headers.get('x-switchyard-target')).toBe('local');
    expect(h.proxy.allText()).not.toContain(ssn);
  });

  it('redacts an email before a cloud send and records what left, never the value', async () => {
    const email = 'jane.roe@example.org';
    const { response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: `${HARD} Send the result to ${email}.` }], max_tokens: 4 })
      .withResponse();
    expect(response.headers.get('x-switchyard-target')).toBe('cloud');
    expect(h.proxy.allText()).not.toContain(email);
    expect(h.proxy.allText()).toContain('[EMAIL_1]');
    const id = response.headers.get('x-switchyard-decision') ?? '';
    const entry = h.engine.log.get(id);
    expect(entry?.audit).toEqual([{ destination: 'acme/big-1', bytes: expect.any(Number) as number, redactedTypes: ['EMAIL'] }]);
    expect(JSON.stringify(entry)).not.toContain(email);
  });

  it('reports the routing distribution, spend and savings', async () => {
    const stats = (await (await fetch(`${h.server.url}/v1/routing/stats`)).json()) as {
      total: number; byTarget: Record<string, number>; spendUsd: number; baselineUsd: number; savingsUsd: number;
    };
    expect(stats.total).toBeGreaterThanOrEqual(6);
    expect(stats.byTarget['cloud']).toBeGreaterThanOrEqual(2);
    expect(stats.byTarget['local']).toBeGreaterThanOrEqual(2);
    expect(stats.byTarget['tier0']).toBeGreaterThanOrEqual(2);
    expect(stats.spendUsd).toBeGreaterThan(0);
    expect(stats.savingsUsd).toBeCloseTo(stats.baselineUsd - stats.spendUsd);
    const log = (await (await fetch(`${h.server.url}/v1/routing/log?target=cloud&limit=2`)).json()) as { data: Array<{ decision: { target: string } }> };
    expect(log.data.length).toBeGreaterThan(0);
    expect(log.data.every((e) => e.decision.target === 'cloud')).toBe(true);
  });
});

describe.skipIf(!hasShared)('never-cloud with no local model', () => {
  it('refuses with 403, x-should-retry false and an OpenAI error naming the rule', async () => {
    const h = await startHybrid({ local: false });
    try {
      const client = new OpenAI({ baseURL: h.baseURL, apiKey: 'k', maxRetries: 0 });
      const error = await client.chat.completions
        .create({ model: 'auto', messages: [{ role: 'user', content: 'My IBAN is GB82 WEST 1234 5698 7654 32, is it valid?' }] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
      const e = error as InstanceType<typeof OpenAI.PermissionDeniedError>;
      expect(e.headers?.get('x-should-retry')).toBe('false');
      expect(e.code).toBe('never_cloud');
      expect(e.message).toMatch(/IBAN/i);
      expect(h.proxy.received).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});
