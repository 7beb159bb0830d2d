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
          { kind: 'keyword', name: 'Project Falcon', keywords: ['falcon'], action: 'never-cloud' },
          { kind: 'regex', name: 'Ticket ids', pattern: 'TCK-\\d{4}', action: 'redact' },
          { kind: 'keyword', name: 'Switched off', keywords: ['heron'], enabled: false },
        ],
      }, ctx);
      const text = 'Falcon update for ana@example.com: TCK-4821 is done, heron next.';
      const result = await callChannel(handlers, 'privacy.test', { text }, ctx);
      const found = result.entities.map((e) => ({ text: text.slice(e.start, e.end), type: e.type, rule: e.rule, action: e.action }));
      expect(found).toEqual([
        { text: 'Falcon', type: 'CUSTOM', rule: 'Project Falcon', action: 'never-cloud' },
        { text: 'ana@example.com', type: 'EMAIL', rule: undefined, action: 'redact' },
        { text: 'TCK-4821', type: 'CUSTOM', rule: 'Ticket ids', action: 'redact' },
      ]);
      expect(result.decision.reasons.join(' ')).toContain("rule 'Project Falcon'");
      expect(result.decision.target).not.toBe('cloud');
    } finally {
      await engine.dispose();
    }
  });
});
