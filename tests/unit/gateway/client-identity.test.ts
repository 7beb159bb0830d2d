import { describe, expect, it } from 'vitest';
import { clientMatches, type ClientInfo } from '../../../shared/client';
import { clientOf } from '../../../electron/core/gateway/origin';
import { inspectRequest } from '../../../electron/core/privacy';
import { compileRuleSet, matchRoutingRules } from '../../../electron/core/rules';
import { defaultPrivacySettings, rulesSchema } from '../../../shared/settings';

const web = clientOf({ channel: 'control-api', userAgent: 'Mozilla/5.0 Chrome/156' });
const window = clientOf({ channel: 'desktop-chat' });
const api = clientOf({ channel: 'openai-port', userAgent: 'OpenAI/Python 1.99', apiKey: 'sk-secret-raw-key', apiKeyLabel: 'ci-bot' });

describe('one client identity', () => {
  it('never carries the raw API key', () => {
    expect(JSON.stringify(api)).not.toContain('sk-secret');
    expect(clientMatches('sk-secret-raw-key', api)).toBe(false);
  });

  it("'desktop' is Switchyard's own chat in the window and in the web UI; 'window' and 'web' tell them apart", () => {
    expect(clientMatches('desktop', window)).toBe(true);
    expect(clientMatches('Desktop', web)).toBe(true);
    expect(clientMatches('window', web)).toBe(false);
    expect(clientMatches('web', web)).toBe(true);
    expect(clientMatches('desktop', api)).toBe(false);
    expect(clientMatches('cli', clientOf({ channel: 'cli' }))).toBe(true);
  });

  it('an API key label or a User-Agent substring names a port client', () => {
    expect(clientMatches('ci-bot', api)).toBe(true);
    expect(clientMatches('openai/python', api)).toBe(true);
    expect(clientMatches('langchain', api)).toBe(false);
  });

  it('routing rules and privacy rules match the same clients', () => {
    const routing = compileRuleSet(rulesSchema.parse([{ name: 'ui-local', action: 'always-local', match: { clients: ['desktop'] } }]));
    const privacy = { privacy: defaultPrivacySettings(), rules: rulesSchema.parse([{ name: 'ui-private', action: 'never-cloud', match: { clients: ['desktop'] } }]) };
    const facts = (client: ClientInfo) => ({ mode: 'balanced' as const, client, conversationId: undefined, request: () => ({ taskType: 'chitchat' as const, promptTokens: 1 }) });
    for (const client of [window, web]) {
      expect(matchRoutingRules(routing, 'hi', facts(client))).toHaveLength(1);
      expect(inspectRequest({ model: 'auto', messages: [{ role: 'user', content: 'hi' }] }, { mode: 'balanced', client }, privacy).neverCloud).toBe(true);
    }
    expect(inspectRequest({ model: 'auto', messages: [{ role: 'user', content: 'hi' }] }, { mode: 'balanced', client: api }, privacy).neverCloud).toBe(false);
  });
});
