import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';
import { ConversationsStore, createEngineHandlers } from '../../electron/core/server';
import { callChannel } from '../../electron/core/server/control';

/** privacy.test on the real engine handlers (the same object serves the control API and desktop IPC). */
describe('privacy.test channel', () => {
  const ctx = { emit: () => {}, signal: new AbortController().signal };

  it("reports matches of the user's own rules with the rule's name, and what each finding would get", async () => {
    const engine = createEngine({ settings: settingsSchema.parse({}), classifier: false });
    try {
      const handlers = createEngineHandlers({ engine, conversations: new ConversationsStore(undefined), server: () => ({ apiBaseUrl: '', apiToken: null }), channel: 'control-api' });
      const { entities, categories } = engine.settings().privacy;
      await callChannel(handlers, 'privacy.setRules', {
        entities, categories,
        rules: [
          { name: 'Project Falcon', enabled: true, action: 'never-cloud', match: { keywords: ['falcon'] } },
          { name: 'Ticket ids', enabled: true, action: 'redact', match: { regex: 'TCK-\\d{4}' } },
          { name: 'Switched off', enabled: false, action: 'never-cloud', match: { keywords: ['heron'] } },
          { name: 'Team inbox', enabled: true, action: 'allow', match: { keywords: ['team@example.com'] } },
        ],
      }, ctx);
      expect((await callChannel(handlers, 'settings.get', {}, ctx)).privacy.rules.map((r) => r.name))
        .toEqual(['Project Falcon', 'Ticket ids', 'Switched off', 'Team inbox']);
      const text = 'Falcon update for ana@example.com and team@example.com: TCK-4821 is done, heron next.';
      const result = await callChannel(handlers, 'privacy.test', { text }, ctx);
      const found = result.entities.map((e) => ({ text: text.slice(e.start, e.end), type: e.type, rule: e.rule, action: e.action }));
      expect(found).toEqual([
        { text: 'Falcon', type: 'CUSTOM', rule: 'Project Falcon', action: 'never-cloud' },
        { text: 'ana@example.com', type: 'EMAIL', rule: undefined, action: 'redact' },
        { text: 'team@example.com', type: 'EMAIL', rule: 'Team inbox', action: 'allow' },
        { text: 'TCK-4821', type: 'CUSTOM', rule: 'Ticket ids', action: 'redact' },
      ]);
      expect(result.decision.reasons.join(' ')).toContain("rule 'Project Falcon'");
      expect(result.decision.target).not.toBe('cloud');
    } finally {
      await engine.dispose();
    }
  });

  it("applies rules about this screen's client: a rule for the UI keeps the test box's decision local too", async () => {
    const engine = createEngine({ settings: settingsSchema.parse({ rules: [{ name: 'UI stays here', action: 'never-cloud', match: { clients: ['ui'] } }] }), classifier: false });
    try {
      const handlers = createEngineHandlers({ engine, conversations: new ConversationsStore(undefined), server: () => ({ apiBaseUrl: '', apiToken: null }), channel: 'control-api' });
      const result = await callChannel(handlers, 'privacy.test', { text: 'Design a distributed database and compare consensus protocols in depth.' }, ctx);
      expect(result.decision.rules).toContain('UI stays here');
      expect(result.decision.reasons.join(' ')).toContain("everything from client 'ui' stays local → kept local (rule 'UI stays here')");
    } finally {
      await engine.dispose();
    }
  });
});
