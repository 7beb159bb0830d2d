import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/decision';
import { canRate, FeedbackView } from '../../../renderer/src/chat/feedback-buttons';
import { FeedbackSummary } from '../../../renderer/src/privacy/feedback-panel';

const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'dec_1', target: 'local', model: 'tiny', provider: 'local', taskType: 'qa', score: 0.2, confidence: 0.8, mode: 'balanced',
  reasons: [], rules: [], privacy: [], fallbacks: [], rung: 0, ladder: ['tiny'], routingMicros: 300, ...over,
});

describe('answer feedback in the chat', () => {
  it('offers 👍/👎 on routed answers only: not tier-0, not a failed answer, not before a decision', () => {
    expect(canRate(decision(), undefined)).toBe(true);
    expect(canRate(decision({ target: 'cloud' }), undefined)).toBe(true);
    expect(canRate(decision({ target: 'tier0' }), undefined)).toBe(false);
    expect(canRate(decision(), 'Stopped.')).toBe(false);
    expect(canRate(undefined, undefined)).toBe(false);
  });

  it('labels the buttons for assistive technology and keeps the rating pressed', () => {
    const fresh = renderToStaticMarkup(<FeedbackView rated={null} note={null} onRate={() => {}} />);
    expect(fresh).toContain('aria-label="Rate this answer"');
    expect(fresh).toContain('aria-label="Good answer" aria-pressed="false"');
    expect(fresh).toContain('aria-label="Bad answer" aria-pressed="false"');
    expect(fresh).not.toContain('disabled');
    const rated = renderToStaticMarkup(<FeedbackView rated="bad" note="Thanks: routing on this device learns from it." onRate={() => {}} />);
    expect(rated).toMatch(/aria-label="Bad answer" aria-pressed="true" disabled/);
    expect(rated).toContain('role="status"');
  });

  it('says how many labels are stored and how far they may move a score', () => {
    const html = renderToStaticMarkup(<FeedbackSummary status={{ labels: 3, updatedAt: 1, weight: 1, bias: 0.01, taskBias: {}, maxDelta: 0.15 }} />);
    expect(html).toContain('<strong>3 labels</strong> stored on this device');
    expect(html).toContain('never sent anywhere');
    expect(html).toContain('±0.15');
  });
});
