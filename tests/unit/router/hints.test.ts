import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../shared/chat';
import { routerSettingsSchema } from '../../../shared/settings/router';
import { createRouter, stripHint } from '../../../electron/core/router/index';
import { both, EASY, HARD, req, user } from './helpers';

describe('routing hints', () => {
  it('reads and strips a leading #local or #cloud from the last user message', () => {
    const first: ChatMessage[] = [user('#cloud earlier message'), { role: 'assistant', content: 'ok' }, user('#local  what now?')];
    const r = stripHint(first);
    expect(r.hint).toBe('local');
    expect(r.messages[2]).toEqual(user('what now?'));
    expect(r.messages[0]).toEqual(user('#cloud earlier message'));
    expect(first[2]).toEqual(user('#local  what now?')); // input untouched
    expect(stripHint([user('#CLOUD: hi')]).hint).toBe('cloud');
  });

  it('strips the hint from the first text part of multi-part content', () => {
    const r = stripHint([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:,' } }, { type: 'text', text: '#cloud describe this' }] }]);
    expect(r.hint).toBe('cloud');
    expect(r.messages[0]).toEqual({ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:,' } }, { type: 'text', text: 'describe this' }] });
  });

  it.each(['#localhost is down', 'use #local please', 'issue #cloud-42', '# local'])('ignores %j', (text) => {
    const messages = [user(text)];
    const r = stripHint(messages);
    expect(r.hint).toBeNull();
    expect(r.messages).toBe(messages);
  });

  it('routes by the hint and returns the stripped messages', async () => {
    const router = createRouter();
    const cloud = await router.route({ request: req(`#cloud ${EASY}`), candidates: both() });
    expect(cloud.target).toBe('cloud');
    expect(cloud.messages).toEqual([user(EASY)]);
    expect(cloud.reasons[0]).toMatch(/#cloud hint/);
    const local = await router.route({ request: req(`#local ${HARD}`), candidates: both() });
    expect(local.target).toBe('local');
    expect(local.confidence).toBe(1);
  });

  it('a hint skips tier-0 (the user asked for a model)', async () => {
    const r = await createRouter().route({ request: req('#local what is 2 + 2'), candidates: both() });
    expect(r.target).toBe('local');
    expect(r.answer).toBeUndefined();
  });

  it('can be turned off in settings', async () => {
    const router = createRouter({ settings: { ...defaults(), hints: false } });
    const r = await router.route({ request: req('#cloud hi'), candidates: both() });
    expect(r.target).toBe('local');
    expect(r.messages).toEqual([user('#cloud hi')]);
  });
});

const defaults = () => routerSettingsSchema.parse({});
