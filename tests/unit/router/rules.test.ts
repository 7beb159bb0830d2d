import { describe, expect, it } from 'vitest';
import type { RouterSettingsInput } from '../../../shared/settings/router';
import { defaultPrivacySettings, rulesSchema, type RuleInput } from '../../../shared/settings';
import type { ClientInfo, RouteInput } from '../../../electron/core/router/index';
import { createRouter, parseRouterSettings } from '../../../electron/core/router/index';
import { inspectRequest } from '../../../electron/core/privacy';
import { both, cloudModel, EASY, HARD, localModel, req } from './helpers';

type Setup = RouterSettingsInput & { rules?: RuleInput[] };
const routerWith = ({ rules = [], ...settings }: Setup) => createRouter({ settings: parseRouterSettings(settings), rules: rulesSchema.parse(rules) });
/** As the gateway does it: the privacy stage applies the privacy actions (never-cloud here), the router the rest. */
const route = async (setup: Setup, text: string, extra: Partial<RouteInput> = {}) => {
  const request = req(text);
  const verdict = inspectRequest(request, { mode: extra.mode ?? 'balanced', ...(extra.client === undefined ? {} : { client: extra.client }) }, {
    privacy: defaultPrivacySettings(), rules: rulesSchema.parse(setup.rules ?? []),
  });
  const r = await routerWith(setup).route({ request, candidates: both(), privacy: verdict, ...extra });
  return { ...r, rules: [...verdict.rules, ...r.rules] };
};

describe('hard rules', () => {
  it('always-local by keyword keeps a hard prompt local and names the rule', async () => {
    const r = await route({ rules: [{ name: 'project-x', action: 'always-local', match: { keywords: ['key-value store'] } }] }, HARD);
    expect(r.target).toBe('local');
    expect(r.rules).toEqual(['project-x']);
    expect(r.reasons.join(' ')).toMatch(/rule 'project-x' \(always-local\)/);
    expect(r.confidence).toBe(1);
  });

  it('always-cloud by task type sends small talk to cloud and skips tier-0 decisions only when matched', async () => {
    const settings = { rules: [{ name: 'chat-cloud', action: 'always-cloud' as const, match: { taskTypes: ['chitchat' as const] } }] };
    expect((await route(settings, EASY)).target).toBe('cloud');
    expect((await route(settings, 'what is 6 * 7')).target).toBe('tier0');
  });

  it('a rule on the arithmetic task can send tier-0 questions to a model', async () => {
    const r = await route({ rules: [{ name: 'no-calc', action: 'always-local', match: { taskTypes: ['arithmetic'] } }] }, 'what is 6 * 7');
    expect(r.target).toBe('local');
    expect(r.answer).toBeUndefined();
  });

  it('use-model picks the named model or family, else is skipped with a reason', async () => {
    const candidates = { local: [localModel()], cloud: [cloudModel('big-1'), cloudModel('claude-sonnet-9')] };
    const family = await routerWith({ rules: [{ name: 'claude', action: 'use-model', model: 'claude-', match: { keywords: ['hello'] } }] })
      .route({ request: req('hello'), candidates });
    expect(family.model).toBe('claude-sonnet-9');
    expect(family.provider).toBe('acme');
    const missing = await route({ rules: [{ name: 'ghost', action: 'use-model', model: 'nope', match: { keywords: ['hello'] } }] }, 'hello');
    expect(missing.target).toBe('local');
    expect(missing.reasons.join(' ')).toMatch(/ghost.*not configured; rule skipped/);
  });

  it('matches prompt length in tokens (min and max, inclusive)', async () => {
    const long = 'word '.repeat(2000);
    const settings = { rules: [{ name: 'long', action: 'always-cloud' as const, match: { minTokens: 1000 } }] };
    expect((await route(settings, long)).rules).toEqual(['long']);
    expect((await route(settings, 'short')).rules).toEqual([]);
    const short = { rules: [{ name: 'tiny', action: 'always-local' as const, match: { maxTokens: 20 } }] };
    expect((await route(short, HARD)).rules).toEqual([]);
    expect((await route(short, EASY)).rules).toEqual(['tiny']);
  });

  it('matches a regex case-insensitively, anywhere in the message', async () => {
    const settings = { rules: [{ name: 'ticket', action: 'always-local' as const, match: { regex: 'ticket-\\d+' } }] };
    expect((await route(settings, 'Look at TICKET-42 please')).rules).toEqual(['ticket']);
    expect((await route(settings, `${'x'.repeat(5000)} ticket-42`)).rules).toEqual(['ticket']);
    expect((await route(settings, 'no tickets here')).rules).toEqual([]);
  });

  it.each<[string, ClientInfo | undefined, boolean]>([
    ['desktop', { kind: 'desktop' }, true],
    ['desktop', { kind: 'api', userAgent: 'curl/8' }, false],
    ['ci-bot', { kind: 'api', apiKeyLabel: 'CI-Bot' }, true],
    ['python-requests', { kind: 'api', userAgent: 'Python-Requests/2.31' }, true],
    ['ci-bot', undefined, false],
  ])('matches client %s against %j → %s', async (entry, client, hit) => {
    const r = await route({ rules: [{ name: 'c', action: 'never-cloud', match: { clients: [entry] } }] }, HARD, { client });
    expect(r.rules.includes('c')).toBe(hit);
    expect(r.target).toBe(hit ? 'local' : 'cloud');
  });

  it('matches a conversation id', async () => {
    const settings = { rules: [{ name: 'conv', action: 'always-cloud' as const, match: { conversationIds: ['c-7'] } }] };
    expect((await route(settings, EASY, { conversationId: 'c-7' })).target).toBe('cloud');
    expect((await route(settings, EASY, { conversationId: 'c-8' })).target).toBe('local');
  });

  it('ANDs conditions inside a rule', async () => {
    const settings = { rules: [{ name: 'both', action: 'always-cloud' as const, match: { keywords: ['report'], minTokens: 50 } }] };
    expect((await route(settings, 'the report')).rules).toEqual([]);
    expect((await route(settings, `the report ${'word '.repeat(300)}`)).rules).toEqual(['both']);
  });

  it('evaluates in the documented order: never-cloud (privacy stage), always-local, always-cloud, use-model; list order within an action', async () => {
    const m = { keywords: ['zebra'] };
    const r = await route({
      rules: [
        { name: 'model', action: 'use-model', model: 'big-1', match: m },
        { name: 'cloud-1', action: 'always-cloud', match: m },
        { name: 'cloud-2', action: 'always-cloud', match: m },
        { name: 'local', action: 'always-local', match: m },
        { name: 'guard', action: 'never-cloud', match: m },
      ],
    }, 'zebra facts');
    expect(r.rules).toEqual(['guard', 'local', 'cloud-1', 'cloud-2', 'model']);
    expect(r.target).toBe('local');
    expect(r.reasons.some((x) => /rule 'local' \(always-local\)/.test(x))).toBe(true);
    expect(r.reasons.filter((x) => /also matched/.test(x))).toHaveLength(3);
    const noLocal = await route({ rules: [{ name: 'model', action: 'use-model', model: 'big-1', match: m }, { name: 'c', action: 'always-cloud', match: m }] }, 'zebra');
    expect(noLocal.reasons.some((x) => /^rule 'c' \(always-cloud\) → cloud rung 1 \(big-1, .*\)$/.test(x))).toBe(true);
    expect(noLocal.reasons.some((x) => /rule 'model' \(use-model\) also matched/.test(x))).toBe(true);
  });

  it('never-cloud beats always-cloud, and a rule beats a hint', async () => {
    const m = { keywords: ['zebra'] };
    const r = await route({ rules: [{ name: 'up', action: 'always-cloud', match: m }, { name: 'guard', action: 'never-cloud', match: m }] }, 'zebra');
    expect(r.target).toBe('local');
    expect(r.fallbacks).toEqual([]);
    const hinted = await route({ rules: [{ name: 'stay', action: 'always-local', match: m }] }, '#cloud zebra');
    expect(hinted.target).toBe('local');
    expect(hinted.reasons[0]).toMatch(/overriding the #cloud hint/);
  });

  it('skips disabled rules', async () => {
    const r = await route({ rules: [{ name: 'off', enabled: false, action: 'always-cloud', match: { keywords: ['good'] } }] }, EASY);
    expect(r.rules).toEqual([]);
    expect(r.target).toBe('local');
  });

  it('routes a request to the per-task model family', async () => {
    const code = await route({ taskModels: { code: 'big-1', translation: 'local' } }, 'Write a Python function that adds two numbers.');
    expect(code.model).toBe('big-1');
    expect(code.reasons[0]).toMatch(/asks for code.*→ cloud rung 1 \(big-1,/);
    const translation = await route({ taskModels: { translation: 'local' } }, 'Translate this 2,000-word technical design document on distributed consensus into German, in detail.');
    expect(translation.target).toBe('local');
  });
});
