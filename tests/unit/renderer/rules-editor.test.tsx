import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultPrivacySettings, type Rule } from '../../../shared/settings';
import { RulesEditor } from '../../../renderer/src/privacy/rules-editor';

const checked = (html: string, type: string): string | undefined =>
  new RegExp(`<input[^>]*name="action-${type}" checked="" value="([a-z-]+)"`).exec(html)?.[1];

describe('RulesEditor', () => {
  it('shows the action in force for every entity type and category', () => {
    const { entities, categories } = defaultPrivacySettings();
    const rules: Rule[] = [];
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities, categories, rules }} onSave={() => {}} />);
    for (const [type, action] of Object.entries({ ...entities, ...categories })) expect(checked(html, type), type).toBe(action);
    expect(html).toContain('aria-label="CREDIT_CARD: never-cloud"');
    expect(html).toContain('No rules of your own yet.');
  });

  it('groups the types and names each in plain words with an example, the type name only as a hint', () => {
    const { entities, categories } = defaultPrivacySettings();
    const rules: Rule[] = [];
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities, categories, rules }} onSave={() => {}} />);
    const groups = [...html.matchAll(/<th scope="rowgroup"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(groups).toEqual(['Names and contact details', 'Identity numbers', 'Money', 'Health and legal matters', 'Secrets']);
    expect(html).toContain('<span class="type-label">Email addresses</span><span class="type-example">e.g. maria.lopez@example.com<span class="type-hint">EMAIL</span></span>');
    expect(html).toContain('<span class="type-label">Health information about a person</span>');
    expect(html).toContain('<span class="type-hint">HEALTH · topic</span>');
    // Every row sits in its group: US_SSN among identity numbers, IBAN under money.
    const group = (type: string): string | undefined => new RegExp(`data-group="([a-z-]+)"(?:(?!</tbody>).)*data-rule="${type}"`, 's').exec(html)?.[1];
    expect(group('US_SSN')).toBe('identity');
    expect(group('IBAN')).toBe('money');
    expect(group('SECRET')).toBe('secrets');
    expect(html).not.toContain('<span class="type-label">US_SSN</span>');
  });

  it('still shows a type this UI has no words for, by its name', () => {
    const { entities, categories } = defaultPrivacySettings();
    const rules: Rule[] = [];
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities: { ...entities, ...{ SHOE_SIZE: 'redact' } } as typeof entities, categories, rules }} onSave={() => {}} />);
    expect(html).toContain('>Other</th>');
    expect(checked(html, 'SHOE_SIZE')).toBe('redact');
  });

  it('lists user rules with their action and an enable switch', () => {
    const { entities, categories } = defaultPrivacySettings();
    const rules: Rule[] = [
      { name: 'Falcon', enabled: true, action: 'never-cloud', match: { keywords: ['falcon', 'hawk-7'] } },
      { name: 'Tickets', enabled: false, action: 'redact', match: { regex: 'T-\\d{4}' } },
      { name: 'Bot', enabled: true, action: 'always-cloud', match: { clients: ['ci-bot'], minTokens: 100 } },
      { name: 'Code', enabled: true, action: 'use-model', model: 'big-1', match: { taskTypes: ['code'] } },
    ];
    const html = renderToStaticMarkup(<RulesEditor rules={{ entities: { ...entities, EMAIL: 'allow' }, categories, rules }} onSave={() => {}} />);
    expect(checked(html, 'EMAIL')).toBe('allow');
    expect(html).toContain('keep local: falcon, hawk-7');
    expect(html).toContain('redact: /T-\\d{4}/');
    expect(html).toContain('answer in the cloud: from client ci-bot, 100–∞ tokens');
    expect(html).toContain('use big-1: task code');
    expect(html).toContain('aria-label="Remove rule Tickets"');
    expect(html).toMatch(/<input type="checkbox"\/> Tickets/);
  });
});
