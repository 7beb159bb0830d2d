import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultPrivacySettings } from '../../../shared/settings';
import { RulesEditor } from '../../../renderer/src/privacy/rules-editor';

const checked = (html: string, type: string): string | undefined =>
  new RegExp(`<input[^>]*name="action-${type}" checked="" value="([a-z-]+)"`).exec(html)?.[1];

describe('RulesEditor', () => {
  it('shows the action in force for every entity type and category', () => {
    const { entities, categories, rules } = defaultPrivacySettings();
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities, categories, rules }} onSave={() => {}} />);
    for (const [type, action] of Object.entries({ ...entities, ...categories })) expect(checked(html, type), type).toBe(action);
    expect(html).toContain('aria-label="CREDIT_CARD: never-cloud"');
    expect(html).toContain('No rules of your own yet.');
  });

  it('lists user rules with their action and an enable switch', () => {
    const { entities, categories } = defaultPrivacySettings();
    const rules = [
      { kind: 'keyword' as const, name: 'Falcon', enabled: true, action: 'never-cloud' as const, keywords: ['falcon', 'hawk-7'], caseSensitive: false },
      { kind: 'regex' as const, name: 'Tickets', enabled: false, action: 'redact' as const, pattern: 'T-\\d{4}', flags: 'i' },
    ];
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities: { ...entities, EMAIL: 'allow' }, categories, rules }} onSave={() => {}} />);
    expect(checked(html, 'EMAIL')).toBe('allow');
    expect(html).toContain('never-cloud: falcon, hawk-7');
    expect(html).toContain('redact: /T-\\d{4}/i');
    expect(html).toContain('aria-label="Remove rule Tickets"');
    expect(html).toMatch(/<input type="checkbox"\/> Tickets/);
  });
});
