import { describe, expect, it } from 'vitest';
import { classifierText } from '../../../electron/core/router/classifier-port';
import { MAX_INPUT_CHARS, clipForClassifier } from '../../../electron/core/router/classifier/classifier-text';

describe('classifierText', () => {
  it('puts the last user message first and adds a little system context', () => {
    const text = classifierText([
      { role: 'system', content: `You are a terse assistant. ${'x'.repeat(500)}` },
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'an answer' },
      { role: 'user', content: [{ type: 'text', text: 'prove it' }] },
    ]);
    expect(text.startsWith('prove it\nYou are a terse assistant.')).toBe(true);
    expect(text.length).toBe('prove it\n'.length + 200);
  });

  it('works without a system prompt or user message, and clips huge input', () => {
    expect(classifierText([{ role: 'user', content: 'hi' }])).toBe('hi');
    expect(classifierText([])).toBe('');
    expect(clipForClassifier('a'.repeat(MAX_INPUT_CHARS * 3)).length).toBe(MAX_INPUT_CHARS);
  });
});
