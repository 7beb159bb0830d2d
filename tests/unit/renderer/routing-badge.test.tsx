import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/decision';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { RoutingBadge } from '../../../renderer/src/chat/routing-badge';

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'dec_1', target: 'local', model: 'stories260K', provider: 'local', taskType: 'creative', score: 0.16, confidence: 0.8, mode: 'balanced',
  reasons: ['contains a credit card number → kept local'], rules: ['CREDIT_CARD: never-cloud'], privacy: [{ type: 'CREDIT_CARD', count: 1 }],
  fallbacks: [], rung: 0, ladder: ["stories260K"], routingMicros: 420, ...over,
});

describe('RoutingBadge', () => {
  it('names the target and model, closed by default', () => {
    const html = renderToStaticMarkup(<RoutingBadge decision={decision()} />);
    expect(html).toContain('local · stories260K');
    expect(html).toContain('data-target="local"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('kept local');
  });

  it('shows tier-0 without a model name', () => {
    const html = renderToStaticMarkup(<RoutingBadge decision={decision({ target: 'tier0', model: 'tier0', privacy: [] })} />);
    expect(html).toMatch(/>tier-0<\/button>/);
  });

  it('opens to reasons, privacy types with counts, routing time, tokens, cost and fallback', () => {
    const entry = { costUsd: 0.0123, fallbackUsed: true, servedBy: { model: 'backup', provider: 'acme', target: 'cloud' } } as RoutingLogEntry;
    const html = renderToStaticMarkup(<RoutingBadge decision={decision()} usage={{ promptTokens: 12, completionTokens: 34 }} entry={entry} initiallyOpen />);
    expect(html).toContain('contains a credit card number → kept local');
    expect(html).toContain('CREDIT_CARD×1');
    expect(html).toContain('420 µs');
    expect(html).toContain('12 in / 34 out');
    expect(html).toContain('$0.01');
    expect(html).toContain('yes, served by backup');
    // The badge shows who actually answered when a fallback served.
    expect(html).toContain('cloud · backup');
  });

  it('shows the ladder with the rung that served', () => {
    const html = renderToStaticMarkup(<RoutingBadge decision={decision({ ladder: ['stories260K', 'mini', 'flagship'], rung: 0 })} initiallyOpen />);
    expect(html).toContain('rung 1 of 3: [stories260K] → mini → flagship');
  });
});
