import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/decision';
import { TestResult } from '../../../renderer/src/privacy/test-box';

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'dec_1', target: 'local', model: 'stories260K', provider: 'local', taskType: 'chitchat', score: 0.2, confidence: 0.8, mode: 'balanced',
  reasons: ["contains text matched by rule 'Project Falcon' → kept local (rule 'Project Falcon')"], rules: ['Project Falcon'],
  privacy: [{ type: 'CUSTOM', count: 1 }, { type: 'EMAIL', count: 1 }], fallbacks: [], rung: 0, ladder: ['stories260K'], routingMicros: 300, ...over,
});
const text = 'Falcon notes for ana@example.com';
const entities = [
  { type: 'EMAIL', start: 17, end: 32, action: 'redact' as const },
  { type: 'CUSTOM', start: 0, end: 6, rule: 'Project Falcon', action: 'never-cloud' as const },
];

describe('privacy test result', () => {
  it("names built-in findings in plain words and the user's rule matches by the rule's name", () => {
    const html = renderToStaticMarkup(<TestResult text={text} result={{ entities, decision: decision() }} />);
    expect(html).toContain('<strong>Your rule “Project Falcon”</strong>: “Falcon”');
    expect(html).toContain('keeps the request on this machine');
    expect(html).toContain('<strong>Email addresses</strong>: “ana@example.com”');
    expect(html).toContain('redacted before a cloud send');
    // Marks in text order, the rule's mark labelled with the rule's name.
    expect(html.indexOf('data-type="CUSTOM"')).toBeLessThan(html.indexOf('data-type="EMAIL"'));
    expect(html).toMatch(/<mark data-type="CUSTOM" data-action="never-cloud" title="Your rule “Project Falcon”">Falcon<span class="mark-type">Project Falcon<\/span><\/mark>/);
  });

  it('says where the request would go: this machine, or the cloud after redaction', () => {
    const local = renderToStaticMarkup(<TestResult text={text} result={{ entities, decision: decision() }} />);
    expect(local).toContain('data-target="local"');
    expect(local).toContain('<strong>on this machine</strong>: local model stories260K, in balanced mode.');
    const cloud = renderToStaticMarkup(<TestResult text="mail ana@example.com" result={{ entities: [{ type: 'EMAIL', start: 5, end: 20, action: 'redact' }], decision: decision({ target: 'cloud', provider: 'acme', model: 'big-1', reasons: [] }) }} />);
    expect(cloud).toContain('<strong>to the cloud</strong>: acme/big-1, after the redacted parts are replaced by placeholders, in balanced mode.');
  });

  it('says when nothing was found', () => {
    const html = renderToStaticMarkup(<TestResult text="hello" result={{ entities: [], decision: decision({ reasons: [], privacy: [] }) }} />);
    expect(html).toContain('Nothing sensitive found.');
  });
});
