import { describe, expect, it } from 'vitest';
import { toChatHistory } from '../../../../electron/core/backends/local/chat-history';
import { InvalidRequestError } from '../../../../shared/errors';

describe('toChatHistory', () => {
  it('maps system, developer, user and assistant messages and ends with an empty model response', () => {
    expect(
      toChatHistory([
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: [{ type: 'text', text: 'Use ' }, { type: 'text', text: 'English.' }] },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'Story?' },
      ]),
    ).toEqual([
      { type: 'system', text: 'Be brief.' },
      { type: 'system', text: 'Use English.' },
      { type: 'user', text: 'Hi' },
      { type: 'model', response: ['Hello!'] },
      { type: 'user', text: 'Story?' },
      { type: 'model', response: [] },
    ]);
  });

  it('turns tool calls and their results into function-call items the model continues after', () => {
    const history = toChatHistory([
      { role: 'user', content: 'Weather in Oslo and Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
          { id: 'call_2', type: 'function', function: { name: 'weather', arguments: 'not json' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_2', content: 'sunny' },
      { role: 'tool', tool_call_id: 'call_1', content: 'rain' },
    ]);
    expect(history).toEqual([
      { type: 'user', text: 'Weather in Oslo and Paris?' },
      {
        type: 'model',
        response: [
          { type: 'functionCall', name: 'weather', params: { city: 'Oslo' }, result: 'rain' },
          { type: 'functionCall', name: 'weather', params: 'not json', result: 'sunny' },
        ],
      },
    ]);
  });

  it('starts a new model response when the user speaks after tool results', () => {
    const history = toChatHistory([
      { role: 'user', content: 'q' },
      { role: 'assistant', tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'a', content: 'r' },
      { role: 'user', content: 'thanks' },
    ]);
    expect(history.at(-1)).toEqual({ type: 'model', response: [] });
    expect(history.at(-2)).toEqual({ type: 'user', text: 'thanks' });
  });

  it('rejects a tool message that answers no call, and a final unanswered call', () => {
    expect(() => toChatHistory([{ role: 'tool', tool_call_id: 'ghost', content: 'x' }])).toThrow(InvalidRequestError);
    expect(() =>
      toChatHistory([{ role: 'user', content: 'q' }, { role: 'assistant', tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }] }]),
    ).toThrow(/missing: a/);
  });
});
