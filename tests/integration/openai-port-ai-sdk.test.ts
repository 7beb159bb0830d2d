import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, jsonSchema, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

// A second real client library: Vercel AI SDK's OpenAI-compatible provider.
describe.skipIf(!hasShared)('OpenAI port with the Vercel AI SDK', () => {
  let t: TestServer;
  let provider: ReturnType<typeof createOpenAICompatible>;

  beforeAll(async () => {
    t = await startTestServer();
    provider = createOpenAICompatible({ name: 'switchyard', baseURL: t.baseURL, apiKey: 'ai-sdk', includeUsage: true });
  });
  afterAll(async () => t?.close());

  it('generates text with usage', async () => {
    const result = await generateText({ model: provider('tiny'), prompt: 'Tell me a story.', maxOutputTokens: 12, maxRetries: 0 });
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(result.finishReason);
    expect(result.response.headers?.['x-switchyard-target']).toBe('local');
  });

  it('streams text with usage, and honours stop sequences', async () => {
    const result = streamText({ model: provider('auto'), prompt: 'Once upon a time', maxOutputTokens: 16, maxRetries: 0, stopSequences: ['\n\n\n'] });
    let text = '';
    for await (const delta of result.textStream) text += delta;
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain('\n\n\n');
    expect((await result.usage).outputTokens).toBeGreaterThan(0);
  });

  it('calls a required tool with parseable arguments', async () => {
    const result = await generateText({
      model: provider('tiny'),
      prompt: 'Look up the weather in Oslo.',
      maxOutputTokens: 80,
      maxRetries: 0,
      toolChoice: 'required',
      tools: {
        weather: tool({
          description: 'Weather for a city',
          inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string', maxLength: 10 } }, required: ['city'], additionalProperties: false }),
        }),
      },
    });
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]?.toolName).toBe('weather');
    expect(typeof (result.toolCalls[0]?.input as { city?: unknown }).city).toBe('string');
    expect(result.finishReason).toBe('tool-calls');
  });

  it('surfaces an unknown model as an API error with status 404', async () => {
    const error = await generateText({ model: provider('missing'), prompt: 'x', maxRetries: 0 }).catch((e: unknown) => e);
    expect((error as { statusCode?: number }).statusCode).toBe(404);
  });
});
