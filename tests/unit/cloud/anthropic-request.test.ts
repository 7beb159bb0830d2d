import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../shared/chat';
import { InvalidRequestError } from '../../../shared/errors';
import { cloudModelSchema } from '../../../shared/settings';
import { toAnthropicBody } from '../../../electron/core/backends/cloud/anthropic/anthropic-request';
import { cacheSystemPromptTokens, defaultMaxTokens } from '../../../electron/core/backends/cloud';

const model = cloudModelSchema.parse({ id: 'claude-x', contextLength: 200000 });
const body = (extra: Partial<ChatRequest>) => toAnthropicBody({ model: 'claude-x', messages: [{ role: 'user', content: 'hi' }], ...extra }, model);
const tools: ChatRequest['tools'] = [{ type: 'function', function: { name: 'lookup' } }];

describe('ChatRequest → Anthropic Messages body', () => {
  it('requires max_tokens, so falls back to the default when neither request nor model sets it', () => {
    expect(body({}).max_tokens).toBe(defaultMaxTokens);
  });

  it('maps tool_choice auto/required/none/function and leaves it out without tools', () => {
    expect(body({ tools, toolChoice: 'auto' }).tool_choice).toEqual({ type: 'auto' });
    expect(body({ tools, toolChoice: 'required' }).tool_choice).toEqual({ type: 'any' });
    expect(body({ tools, toolChoice: 'none' }).tool_choice).toEqual({ type: 'none' });
    expect(body({ tools, toolChoice: { type: 'function', function: { name: 'lookup' } } }).tool_choice).toEqual({ type: 'tool', name: 'lookup' });
    expect(body({ toolChoice: 'auto' }).tool_choice).toBeUndefined();
    expect(body({ tools }).tools).toEqual([{ name: 'lookup', input_schema: { type: 'object', properties: {} } }]);
  });

  it('puts cache_control on a system prompt only from the caching threshold up', () => {
    const long = 'x'.repeat(cacheSystemPromptTokens * 4);
    const short = 'x'.repeat(cacheSystemPromptTokens * 4 - 4);
    expect(body({ messages: [{ role: 'system', content: long }, { role: 'user', content: 'q' }] }).system).toEqual([{ type: 'text', text: long, cache_control: { type: 'ephemeral' } }]);
    expect(body({ messages: [{ role: 'system', content: short }, { role: 'user', content: 'q' }] }).system).toEqual([{ type: 'text', text: short }]);
  });

  it('joins system and developer messages into one system prompt, leaving none when there are none', () => {
    const system = body({ messages: [{ role: 'system', content: 'a' }, { role: 'developer', content: [{ type: 'text', text: 'b' }] }, { role: 'user', content: 'q' }] }).system;
    expect(system).toEqual([{ type: 'text', text: 'a\n\nb' }]);
    expect(body({}).system).toBeUndefined();
  });

  it('turns a JSON schema response format into an instruction carrying the schema', () => {
    const schema = { type: 'object', properties: { n: { type: 'number' } } };
    const system = body({ responseFormat: { type: 'json_schema', json_schema: { name: 'n', schema } } }).system as { text: string }[];
    expect(system[0]?.text).toContain(JSON.stringify(schema));
    expect(body({ responseFormat: { type: 'text' } }).system).toBeUndefined();
  });

  it('sends image URLs that are not data URLs as url sources', () => {
    const messages = body({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }] }).messages;
    expect(messages).toEqual([{ role: 'user', content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] }]);
  });

  it('drops seed and clamps temperature into 0..1', () => {
    const result = body({ seed: 1, temperature: -1 });
    expect(result.seed).toBeUndefined();
    expect(result.temperature).toBe(0);
  });

  it('rejects earlier tool-call arguments that are not JSON', () => {
    const request: Partial<ChatRequest> = {
      messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'lookup', arguments: '{oops' } }] }],
    };
    expect(() => body(request)).toThrow(InvalidRequestError);
  });
});
