import { describe, expect, it } from 'vitest';
import { parseChatCompletion } from '../../../electron/core/server/openai/chat-request-schema';

describe('deprecated functions / function_call', () => {
  it('become tools and a tool choice; legacy messages become tool messages answering the call', () => {
    const parsed = parseChatCompletion({
      model: 'auto',
      functions: [{ name: 'lookup', parameters: { type: 'object' } }],
      function_call: { name: 'lookup' },
      messages: [
        { role: 'user', content: 'find it' },
        { role: 'assistant', content: null, function_call: { name: 'lookup', arguments: '{"q":"x"}' } },
        { role: 'function', name: 'lookup', content: 'found' },
      ],
    });
    expect(parsed.legacyFunctions).toBe(true);
    expect(parsed.request.tools).toEqual([{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }]);
    expect(parsed.request.toolChoice).toEqual({ type: 'function', function: { name: 'lookup' } });
    expect(parsed.request.messages[1]).toMatchObject({ role: 'assistant', tool_calls: [{ id: 'call_legacy_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] });
    expect(parsed.request.messages[2]).toEqual({ role: 'tool', content: 'found', tool_call_id: 'call_legacy_1' });
  });

  it('"none" and "auto" pass as tool choices; a plain request is not legacy', () => {
    expect(parseChatCompletion({ model: 'auto', messages: [{ role: 'user', content: 'x' }], functions: [{ name: 'f' }], function_call: 'none' }).request.toolChoice).toBe('none');
    expect(parseChatCompletion({ model: 'auto', messages: [{ role: 'user', content: 'x' }] }).legacyFunctions).toBe(false);
  });

  it('refuses a malformed function list or both forms at once, naming the parameter', () => {
    expect(() => parseChatCompletion({ model: 'auto', messages: [{ role: 'user', content: 'x' }], functions: [{ description: 'no name' }] })).toThrow(/'functions\.0\.name'/);
    expect(() => parseChatCompletion({ model: 'auto', messages: [{ role: 'user', content: 'x' }], functions: [{ name: 'f' }], tools: [] })).toThrow(/either 'tools'/);
  });
});
