import { describe, expect, it } from 'vitest';
import type { ChatRequest, StreamPart } from '../../../shared/chat';
import { messageText } from '../../../shared/chat';
import { ModelNotFoundError, PrivacyBlockedError, UpstreamError } from '../../../shared/errors';
import type { ModelInfo } from '../../../shared/models';
import { settingsSchema, type SettingsInput } from '../../../shared/settings';
import type { ChatBackend } from '../../../electron/core/backends/chat-backend';
import { createGateway, type CompletedRequest } from '../../../electron/core/gateway';
import { createRouter } from '../../../electron/core/router';
import { createRuntime } from '../../../electron/core/runtime';

/**
 * The gateway on fake inputs: in-memory backends that record what they were sent and echo it back, the real
 * router and runtime, no GGUF, no HTTP — so the composition (privacy → router → never-cloud → runtime → log) is
 * checked in milliseconds.
 */
const caps = { tools: false, vision: false, jsonSchema: false, embeddings: false };

interface Echo extends ChatBackend { received: ChatRequest[]; embedded: unknown[][] }

function echo(id: string, kind: 'local' | 'cloud', models: string[], fail = false): Echo {
  const received: ChatRequest[] = [];
  const embedded: unknown[][] = [];
  return {
    id, kind, received, embedded,
    async embed(_model, inputs) {
      embedded.push([...inputs]);
      return { vectors: inputs.map((input) => [input.length]), promptTokens: inputs.length };
    },
    models: (): ModelInfo[] => models.map((model) => ({
      id: model, provider: kind === 'local' ? 'local' : id, kind, contextLength: 32_000, capabilities: { ...caps, embeddings: kind === 'local' || model.startsWith('embed') },
      ...(kind === 'cloud' ? { outputPrice: 10 } : { parameters: 1e9 }),
    })),
    async stream(request) {
      received.push(request);
      if (fail) throw new UpstreamError('the stand-in cloud is down', { status: 503, shouldRetry: false });
      const text = messageText(request.messages[request.messages.length - 1]!);
      return (async function* (): AsyncGenerator<StreamPart> {
        yield { type: 'text-delta', text: `${id} saw: ${text}` };
        yield { type: 'finish', reason: 'stop', usage: { promptTokens: 3, completionTokens: 4 } };
      })();
    },
    dispose: async () => {},
  };
}

function setup(input: SettingsInput = {}, opts: { cloudDown?: boolean; local?: boolean } = {}) {
  const local = echo('local', 'local', opts.local === false ? [] : ['tiny']);
  const cloud = echo('acme', 'cloud', ['big-1', 'embed-1'], opts.cloudDown === true);
  const settings = settingsSchema.parse(input);
  const logged: CompletedRequest[] = [];
  const router = createRouter({ settings: settings.router, rules: settings.rules });
  const gateway = createGateway({
    backends: () => [local, cloud],
    settings: () => settings,
    router: async () => router,
    runtime: createRuntime({ options: { retry: { maxRetries: 0 } }, random: () => 0 }),
    log: (record) => logged.push(record),
  });
  return { gateway, local, cloud, logged };
}

const ask = (content: string, model = 'auto'): ChatRequest => ({ model, messages: [{ role: 'user', content }] });
const HARD = 'Design a globally distributed key-value store with tunable consistency, compare Raft and Paxos for replication, and analyze its failure modes in depth.';
const signal = () => new AbortController().signal;

async function text(parts: AsyncIterable<StreamPart>): Promise<string> {
  let out = '';
  for await (const part of parts) if (part.type === 'text-delta') out += part.text;
  return out;
}

describe('gateway', () => {
  it('sends a hard prompt to the cloud and names who served', async () => {
    const { gateway, cloud, logged } = setup();
    const response = await gateway.handle(ask(HARD), { channel: 'openai-port' }, signal());
    expect(response.decision.target).toBe('cloud');
    expect(response.served).toMatchObject({ target: 'cloud', model: 'big-1', fallback: false });
    expect(await text(response.parts)).toContain('acme saw:');
    expect(cloud.received).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged.map((r) => r.outcome)).toEqual(['ok']);
  });

  it('keeps a card number local: the cloud backend is never called', async () => {
    const { gateway, cloud } = setup();
    const response = await gateway.handle(ask(`${HARD} Charge card 4111 1111 1111 1111.`), { channel: 'openai-port' }, signal());
    expect(response.decision.target).toBe('local');
    expect(response.decision.privacy).toEqual([{ type: 'CREDIT_CARD', count: 1 }]);
    expect(response.decision.fallbacks.every((id) => id !== 'big-1')).toBe(true);
    await text(response.parts);
    expect(cloud.received).toHaveLength(0);
  });

  it('answers 403 with the rule, never the value, when only the cloud could serve a never-cloud request', async () => {
    const { gateway, cloud, logged } = setup({}, { local: false });
    const error = await gateway.handle(ask('Charge card 4111 1111 1111 1111 for the order.'), { channel: 'openai-port' }, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivacyBlockedError);
    expect((error as PrivacyBlockedError).param).toBe('CREDIT_CARD: never-cloud');
    expect((error as Error).message).toMatch(/Why: contains .* → kept local/);
    expect((error as Error).message).not.toContain('4111');
    expect(cloud.received).toHaveLength(0);
    expect(logged.map((r) => r.outcome)).toEqual(['error']);
  });

  it('a never-cloud rule beats an always-cloud rule on the same words, whatever their order', async () => {
    const { gateway, cloud } = setup({ rules: [
      { name: 'push', action: 'always-cloud', match: { keywords: ['falcon'] } },
      { name: 'guard', action: 'never-cloud', match: { keywords: ['falcon'] } },
    ] });
    const response = await gateway.handle(ask(`Falcon: ${HARD}`), { channel: 'openai-port' }, signal());
    expect(response.decision.target).toBe('local');
    expect(response.decision.rules).toEqual(expect.arrayContaining(['guard', 'push']));
    await text(response.parts);
    expect(cloud.received).toHaveLength(0);
  });

  it('redacts before the cloud send and restores the answer', async () => {
    const { gateway, cloud } = setup();
    const response = await gateway.handle(ask(`${HARD} Mail the summary to sam.lee@example.org.`), { channel: 'openai-port' }, signal());
    expect(response.decision.target).toBe('cloud');
    const answer = await text(response.parts);
    const sent = messageText(cloud.received[0]!.messages[0]!);
    expect(sent).not.toContain('sam.lee@example.org');
    expect(sent).toContain('[EMAIL_1]');
    expect(answer).toContain('sam.lee@example.org');
  });

  it('falls back down the ladder when the cloud fails before the first part, and says so', async () => {
    const { gateway, local } = setup({}, { cloudDown: true });
    const response = await gateway.handle(ask(HARD), { channel: 'openai-port' }, signal());
    expect(response.decision.model).toBe('big-1');
    expect(response.served).toMatchObject({ target: 'local', model: 'tiny', fallback: true, rung: 0 });
    expect(await text(response.parts)).toContain('local saw:');
    expect(local.received).toHaveLength(1);
  });

  it('answers tier-0 questions without any backend', async () => {
    const { gateway, local, cloud } = setup();
    const response = await gateway.handle(ask('what is 6 * 7'), { channel: 'openai-port' }, signal());
    expect(response.decision.target).toBe('tier0');
    expect(await text(response.parts)).toContain('42');
    expect(local.received.length + cloud.received.length).toBe(0);
  });

  it('refuses a model nobody serves with 404', async () => {
    const { gateway } = setup();
    await expect(gateway.handle(ask('hi', 'gpt-99'), { channel: 'openai-port' }, signal())).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('decides as it handles: decide() runs the same stages without executing', async () => {
    const { gateway, local, cloud } = setup({ rules: [{ name: 'ui-local', action: 'always-local', match: { clients: ['ui'] } }] });
    for (const origin of [{ channel: 'desktop-chat' as const }, { channel: 'openai-port' as const }]) {
      const { decision } = await gateway.decide(ask(HARD), origin);
      const handled = await gateway.handle(ask(HARD), origin, signal());
      await text(handled.parts);
      const pick = (d: typeof decision) => ({ target: d.target, model: d.model, rules: d.rules, rung: d.rung, ladder: d.ladder, score: d.score });
      expect(pick(handled.decision)).toEqual(pick(decision));
    }
    expect(local.received).toHaveLength(1);
    expect(cloud.received).toHaveLength(1);
  });

  it('embeds on a cloud model only past the privacy stage: never-cloud refuses, redact-level values are replaced', async () => {
    const { gateway, cloud, local } = setup();
    const origin = { channel: 'openai-port' as const };
    const card = await gateway.embed('embed-1', ['invoice for card 4111 1111 1111 1111', 'hello'], origin, signal()).catch((e: unknown) => e);
    expect(card).toBeInstanceOf(PrivacyBlockedError);
    expect((card as Error).message).not.toContain('4111');
    expect(cloud.embedded).toEqual([]);
    const mail = await gateway.embed('embed-1', ['write to sam.lee@example.org', 'plain text'], origin, signal());
    expect(cloud.embedded).toEqual([['write to [EMAIL_1]', 'plain text']]);
    expect(mail.vectors).toHaveLength(2);
    // On a local model nothing leaves: the texts are embedded as given.
    await gateway.embed('tiny', ['card 4111 1111 1111 1111'], origin, signal());
    expect(local.embedded).toEqual([['card 4111 1111 1111 1111']]);
  });

  it('refuses cloud embeddings in privacy mode and for a client a rule keeps local', async () => {
    const privacy = setup({ mode: 'privacy' });
    await expect(privacy.gateway.embed('embed-1', ['hello'], { channel: 'openai-port' }, signal())).rejects.toBeInstanceOf(PrivacyBlockedError);
    const ruled = setup({ rules: [{ name: 'bot local', action: 'never-cloud', match: { clients: ['ci-bot'] } }] });
    await expect(ruled.gateway.embed('embed-1', ['hello'], { channel: 'openai-port', apiKeyLabel: 'ci-bot' }, signal())).rejects.toThrow(/rule 'bot local'/);
    expect(privacy.cloud.embedded.length + ruled.cloud.embedded.length).toBe(0);
  });
});
