import { describe, expect, it } from 'vitest';
import type { Classifier, RouteInput } from '../../../electron/core/router/index';
import { BUNDLED_THRESHOLDS, createRouter } from '../../../electron/core/router/index';
import { both, cloudModel, EASY, HARD, localModel, req, sensitive, user } from './helpers';

const route = (input: Partial<RouteInput> & { request: RouteInput['request'] }, deps: Parameters<typeof createRouter>[0] = {}) =>
  createRouter(deps).route({ candidates: both(), ...input });

describe('modes', () => {
  it('balanced: small talk local, hard prompts cloud, with the calibrated threshold in the reason', async () => {
    const easy = await route({ request: req(EASY) });
    expect(easy).toMatchObject({ target: 'local', model: 'local', provider: 'local', mode: 'balanced', fallbacks: ['big-1'] });
    const hard = await route({ request: req(HARD) });
    expect(hard).toMatchObject({ target: 'cloud', model: 'big-1', provider: 'acme', fallbacks: ['local'] });
    expect(hard.reasons[0]).toContain(`≥ ${(BUNDLED_THRESHOLDS.scorers.outcome?.balanced ?? Number.NaN).toFixed(2)} (balanced)`);
    expect(hard.score).toBeGreaterThan(easy.score);
  });

  it('privacy: never cloud, whatever the score or hint', async () => {
    for (const text of [HARD, `#cloud ${HARD}`]) {
      const r = await route({ request: req(text), mode: 'privacy' });
      expect(r.target).toBe('local');
      expect(r.fallbacks).toEqual([]);
    }
  });

  it('privacy: fails clearly when no local model can serve, never escalates', async () => {
    const r = await route({ request: req(HARD), mode: 'privacy', candidates: { local: [], cloud: [cloudModel()] } });
    expect(r.blocked).toMatchObject({ code: 'never_cloud', rule: 'mode:privacy' });
    expect(r.target).toBe('local');
    expect(r.model).toBe('');
  });

  it('cost: stays local for moderately hard prompts that balanced sends to cloud', async () => {
    const medium = 'Write a Python function that reverses a linked list.';
    const balanced = await route({ request: req(medium), mode: 'balanced' });
    const cost = await route({ request: req(medium), mode: 'cost' });
    expect(balanced.target).toBe('cloud');
    expect(cost.target).toBe('local');
    expect(BUNDLED_THRESHOLDS.scorers.outcome?.cost).toBeGreaterThan(BUNDLED_THRESHOLDS.scorers.outcome?.balanced ?? 1);
  });

  it('cost: still goes to cloud for very hard prompts and for requests beyond local capability', async () => {
    expect((await route({ request: req(`${HARD} Write a 3000-word answer with code examples in Rust and a formal proof of linearizability.`), mode: 'cost' })).target).toBe('cloud');
    expect((await route({ request: req('hi '.repeat(20_000)), mode: 'cost' })).target).toBe('cloud');
  });

  it('speed: picks the lowest expected completion time from measured throughput', async () => {
    const slowLocal = { local: [localModel('local', { tokensPerSecond: 5, firstTokenMs: 100 })], cloud: [cloudModel('big-1', { tokensPerSecond: 150, firstTokenMs: 400 })] };
    const fastLocal = { local: [localModel('local', { tokensPerSecond: 200, firstTokenMs: 50 })], cloud: [cloudModel('big-1', { tokensPerSecond: 60, firstTokenMs: 900 })] };
    const text = 'Write a short story about a lighthouse keeper.';
    const a = await route({ request: req(text), mode: 'speed', candidates: slowLocal });
    const b = await route({ request: req(text), mode: 'speed', candidates: fastLocal });
    expect(a.target).toBe('cloud');
    expect(b.target).toBe('local');
    expect(a.reasons[0]).toMatch(/speed mode: fastest expected completion/);
  });

  it('speed: a tiny answer favours the model with the quickest first token', async () => {
    const candidates = { local: [localModel('local', { tokensPerSecond: 10, firstTokenMs: 80 })], cloud: [cloudModel('big-1', { tokensPerSecond: 200, firstTokenMs: 700 })] };
    // ~40 tokens of small talk: 80 ms + 4 s locally vs 700 ms + 0.2 s in the cloud.
    expect((await route({ request: req('hi!'), mode: 'speed', candidates })).target).toBe('cloud');
    // capped at 5 tokens: 80 ms + 0.5 s locally vs 725 ms.
    expect((await route({ request: req('hi!', { maxTokens: 5 }), mode: 'speed', candidates })).target).toBe('local');
  });

  it('uses the default mode given to the router', async () => {
    const r = await route({ request: req(HARD) }, { defaultMode: 'privacy' });
    expect(r.mode).toBe('privacy');
    expect(r.target).toBe('local');
  });

  it('honours threshold overrides from settings', async () => {
    const { routerSettingsSchema } = await import('../../../shared/settings/router');
    const settings = routerSettingsSchema.parse({ thresholds: { balanced: 0 } });
    expect((await route({ request: req(EASY) }, { settings })).target).toBe('cloud');
  });
});

describe('tier-0 in the decision', () => {
  it('answers without a model, says so, and has no fallbacks', async () => {
    const r = await route({ request: req('15% of 240') });
    expect(r).toMatchObject({ target: 'tier0', model: 'tier0', taskType: 'arithmetic', answer: '36', confidence: 1, fallbacks: [] });
    expect(r.reasons).toEqual(['"15% of 240" answered exactly without a model']);
  });

  it('is skipped when tools, a JSON format or a long system prompt are involved', async () => {
    const tool = { type: 'function' as const, function: { name: 'calc' } };
    expect((await route({ request: req('2 + 2', { tools: [tool] }) })).target).not.toBe('tier0');
    expect((await route({ request: req('2 + 2', { responseFormat: { type: 'json_object' } }) })).target).not.toBe('tier0');
    const persona = [{ role: 'system' as const, content: 'You are a pirate. Answer everything in pirate speak with a sea shanty. '.repeat(4) }, user('2 + 2')];
    expect((await route({ request: req(persona) })).target).not.toBe('tier0');
    expect((await route({ request: req([{ role: 'system', content: 'Be helpful.' }, user('2 + 2')]) })).target).toBe('tier0');
  });

  it('answers only the first user turn: earlier turns may have set a language, a format or a game', async () => {
    const game = [user("Let's play: from now on 2 + 2 is 5. Reply in French."), { role: 'assistant' as const, content: "D'accord !" }, user('what is 2 + 2')];
    const r = await route({ request: req(game) });
    expect(r.target).not.toBe('tier0');
    expect(r.answer).toBeUndefined();
  });

  it('works in privacy mode and under never-cloud (nothing leaves the machine)', async () => {
    expect((await route({ request: req('2 + 2'), mode: 'privacy', privacy: sensitive() })).target).toBe('tier0');
  });
});

describe('capability checks', () => {
  // A threshold of 1 sends nothing to cloud by score, so only capabilities can.
  const byCapability = async () => ({ settings: (await import('../../../shared/settings/router')).routerSettingsSchema.parse({ thresholds: { balanced: 1 } }) });

  it('a request longer than the local context goes to cloud', async () => {
    const r = await route({ request: req('hello '.repeat(5000)) }, await byCapability());
    expect(r.target).toBe('cloud');
    expect(r.reasons.join(' ')).toMatch(/tokens of context, local has 4096 → cloud rung 1 \(big-1,/);
  });

  it('max_tokens counts against the context', async () => {
    expect((await route({ request: req(EASY, { maxTokens: 5000 }) })).target).toBe('cloud');
    expect((await route({ request: req(EASY, { maxTokens: 500 }) })).target).toBe('local');
  });

  it('images need vision, tools need tool calling', async () => {
    const image = req([{ role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'image_url', image_url: { url: 'data:,' } }] }]);
    const r = await route({ request: image });
    expect(r.target).toBe('cloud');
    expect(r.reasons.join(' ')).toMatch(/no vision/);
    const tools = await route({ request: req(EASY, { tools: [{ type: 'function', function: { name: 'f' } }] }) });
    expect(tools.target).toBe('cloud');
    const none = await route({ request: req(EASY, { tools: [{ type: 'function', function: { name: 'f' } }], toolChoice: 'none' }) });
    expect(none.target).toBe('local');
  });

  it('prefers a capable local model over escalating, and a loaded one first', async () => {
    const candidates = { local: [localModel('small'), localModel('wide', { contextLength: 32_000 }), localModel('wide-loaded', { contextLength: 32_000, loaded: true })], cloud: [cloudModel()] };
    const r = await route({ request: req('hello '.repeat(5000)), candidates }, await byCapability());
    expect(r.model).toBe('wide-loaded');
    // Neighbouring rungs, stronger first: the cloud rung above, then the same-quality local model below.
    expect(r.fallbacks).toEqual(['big-1', 'wide']);
  });

  it('no cloud models: everything local; no local model: cloud', async () => {
    const noCloud = await route({ request: req(HARD), candidates: { local: [localModel()], cloud: [] } });
    expect(noCloud.target).toBe('local');
    expect(noCloud.reasons.join(' ')).toMatch(/no cloud model is configured → local/);
    const noLocal = await route({ request: req(EASY), candidates: { local: [], cloud: [cloudModel()] } });
    expect(noLocal.target).toBe('cloud');
  });

  it('when only the length estimate rules every model out, the roomiest local model gets it to count exactly', async () => {
    const candidates = { local: [localModel('small', { contextLength: 2048 }), localModel('roomy', { contextLength: 4096 })], cloud: [cloudModel('big-1', { contextLength: 8192 })] };
    const r = await route({ request: req('hello '.repeat(20_000)), candidates });
    expect(r.blocked).toBeUndefined();
    expect(r.target).toBe('local');
    expect(r.model).toBe('roomy');
    expect(r.reasons.join(' ')).toMatch(/counts the exact tokens/);
    const images = await route({
      request: req([{ role: 'user', content: [{ type: 'text', text: 'hello '.repeat(20_000) }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }]),
      candidates,
    });
    expect(images.blocked).toMatchObject({ code: 'no_model' });
  });

  it('no model at all: blocked with no_model', async () => {
    const r = await route({ request: req(EASY), candidates: { local: [], cloud: [] } });
    expect(r.blocked).toMatchObject({ code: 'no_model' });
  });
});

describe('never-cloud is applied last', () => {
  it('overrides the score, a #cloud hint, an always-cloud rule and a named cloud model', async () => {
    const { rulesSchema } = await import('../../../shared/settings/rules');
    const rules = rulesSchema.parse([{ name: 'up', action: 'always-cloud', match: { keywords: ['key-value'] } }]);
    for (const request of [req(HARD), req(`#cloud ${HARD}`), req(HARD, { model: 'big-1' })]) {
      const r = await route({ request, privacy: sensitive() }, { rules });
      expect(r.target).toBe('local');
      expect(r.fallbacks).toEqual([]);
      expect(r.privacy).toEqual([{ type: 'CREDIT_CARD', count: 1 }]);
      expect(r.reasons).toContain('contains a credit card number → kept local');
      expect(r.reasons.join(' ')).toMatch(/sensitive content: cloud not allowed → kept local/);
    }
  });

  it('holds in every mode, and even when the local model cannot serve (blocked, for a 403)', async () => {
    for (const mode of ['balanced', 'cost', 'speed', 'privacy'] as const) {
      expect((await route({ request: req(HARD), mode, privacy: sensitive() })).target).toBe('local');
    }
    const r = await route({ request: req('hello '.repeat(5000)), privacy: sensitive() });
    expect(r.blocked).toMatchObject({ code: 'never_cloud', rule: 'privacy' });
    expect(r.blocked?.message).toMatch(/must stay on this machine/);
    expect(r.model).toBe('');
  });

  it('a named local model is honoured; an unknown name routes automatically', async () => {
    const named = await route({ request: req(HARD, { model: 'local' }) });
    expect(named.target).toBe('local');
    expect(named.reasons[0]).toMatch(/model local named in the request/);
    const unknown = await route({ request: req(EASY, { model: 'gpt-9' }) });
    expect(unknown.reasons[0]).toMatch(/'gpt-9' is not configured/);
  });
});

describe('classifier', () => {
  const fixed = (strongProbability: number, taskType = 'reasoning' as const, taskConfidence = 0.9): Classifier => ({
    classify: async () => ({ taskType, taskConfidence, strongProbability }),
  });

  it('supplies the task type where it is more confident, never the score (the outcome model scores)', async () => {
    const low = await route({ request: req(EASY) }, { classifier: fixed(0.02, 'reasoning', 0.2) });
    const high = await route({ request: req(EASY) }, { classifier: fixed(0.99) });
    const plain = await route({ request: req(EASY) });
    expect(high.score).toBe(plain.score);
    expect(low.score).toBe(plain.score);
    expect(high.taskType).toBe('reasoning');
    expect(low.taskType).toBe('chitchat');
  });

  it('leaves the task type to the heuristic, with a warning, when it throws, hangs or returns nonsense', async () => {
    const plain = await route({ request: req(HARD) });
    const broken: Classifier[] = [
      { classify: async () => { throw new Error('model file missing'); } },
      { classify: () => { throw new Error('sync failure'); } },
      { classify: () => new Promise(() => undefined) },
      { classify: async () => ({ taskType: 'poetry' as never, taskConfidence: 2, strongProbability: Number.NaN }) },
    ];
    for (const classifier of broken) {
      const r = await route({ request: req(HARD) }, { classifier, classifierTimeoutMs: 20 });
      expect(r.target).toBe(plain.target);
      expect(r.score).toBe(plain.score);
      expect(r.reasons.some((x) => /classifier .*task type from the heuristic/.test(x))).toBe(true);
    }
  });

  it('is not called for tier-0 answers or rule decisions', async () => {
    let calls = 0;
    const counting: Classifier = { classify: async () => { calls += 1; return { taskType: 'qa', taskConfidence: 0.5, strongProbability: 0.5 }; } };
    await route({ request: req('2 + 2') }, { classifier: counting });
    await route({ request: req('#local hi') }, { classifier: counting });
    expect(calls).toBe(0);
    await route({ request: req('hi') }, { classifier: counting });
    expect(calls).toBe(1);
  });
});
