import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { LogTable } from '../../../renderer/src/log/log-table';

function entry(id: string, over: Partial<RoutingLogEntry> = {}): RoutingLogEntry {
  return {
    id, time: Date.UTC(2026, 10, 21, 12), channel: 'openai-port', client: 'curl/8', servedBy: { model: 'tiny', provider: 'local', target: 'local' },
    decision: { id, target: 'local', model: 'tiny', provider: 'local', taskType: 'qa', score: 0.25, confidence: 0.9, mode: 'balanced', reasons: [], rules: [], privacy: [], fallbacks: [], rung: 0, ladder: ['tiny'], routingMicros: 1500 },
    fallbackUsed: false, firstTokenMs: 12, totalMs: 345.6, promptTokens: 10, completionTokens: 20, costUsd: 0, baselineCostUsd: 0.002, topRungCostUsd: 0.003,
    outcome: 'ok', error: null, audit: [], ...over,
  };
}

describe('LogTable', () => {
  it('renders one row per decision with client, target, model, task, score, routing time, latency, tokens, cost and outcome', () => {
    const html = renderToStaticMarkup(<LogTable entries={[entry('dec_a'), entry('dec_b', { servedBy: { model: 'gpt-x', provider: 'acme', target: 'cloud' }, fallbackUsed: true, costUsd: 0.5, outcome: 'error' })]} onSelect={() => {}} />);
    expect(html.match(/<tr data-id=/g)?.length).toBe(2);
    const second = html.slice(html.indexOf('data-id="dec_b"'));
    for (const cell of ['curl/8', 'badge-cloud', 'gpt-x', 'qa', '0.25', '1.5 ms', '346 ms', '>30<', '$0.50', 'error (fallback)']) expect(second).toContain(cell);
    expect(second).toContain('class="row-error"');
  });

  it('puts only the rows in view in the DOM, with a spacer for the rest', () => {
    const many = Array.from({ length: 2000 }, (_, i) => entry(`dec_${i}`));
    const html = renderToStaticMarkup(<LogTable entries={many} onSelect={() => {}} />);
    const rendered = html.match(/<tr data-id=/g)?.length ?? 0;
    expect(rendered).toBeGreaterThan(20);
    expect(rendered).toBeLessThan(60);
    expect(html).toContain('aria-rowcount="2001"');
    expect(html).toMatch(new RegExp(`<tr aria-hidden="true" style="height:${(2000 - rendered) * 29}px"`));
  });

  it('marks the selected row and says when the log is empty', () => {
    expect(renderToStaticMarkup(<LogTable entries={[entry('dec_a')]} selectedId="dec_a" onSelect={() => {}} />)).toContain('aria-selected="true"');
    expect(renderToStaticMarkup(<LogTable entries={[]} onSelect={() => {}} />)).toContain('No requests logged yet.');
  });
});
