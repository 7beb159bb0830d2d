import { describe, expect, it } from 'vitest';
import { clientMatches } from '../../../shared/client';
import { clientOf } from '../../../electron/core/gateway/origin';
import { inspectRequest } from '../../../electron/core/privacy';
import { compileRules, matchRules } from '../../../electron/core/router/policy/rules';
import { privacySettingsSchema } from '../../../shared/settings/privacy';
import { routingRuleSchema } from '../../../shared/settings/router';

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
    const routing = compileRules([routingRuleSchema.parse({ name: 'ui-local', action: 'always-local', match: { clients: ['desktop'] } })]);
    const privacy = privacySettingsSchema.parse({ rules: [{ kind: 'client', name: 'ui-private', client: 'desktop' }] });
    for (const client of [window, web]) {
      expect(matchRules(routing, { text: 'hi', promptTokens: 1, taskType: 'chitchat', client, conversationId: undefined })).toHaveLength(1);
      expect(inspectRequest({ model: 'auto', messages: [{ role: 'user', content: 'hi' }] }, { mode: 'balanced', client }, privacy).neverCloud).toBe(true);
    }
    expect(inspectRequest({ model: 'auto', messages: [{ role: 'user', content: 'hi' }] }, { mode: 'balanced', client: api }, privacy).neverCloud).toBe(false);
  });
});
