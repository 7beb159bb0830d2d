import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasShared } from '../helpers/fixtures';

/** usage_metadata as LangChain sends it (its declared type does not resolve under this repo's strict settings). */
const outputTokens = (message: unknown): number | undefined => (message as { usage_metadata?: { output_tokens?: number } }).usage_metadata?.output_tokens;
import { startTestServer, type TestServer } from '../helpers/test-server';

// A third real client library: LangChain JS (@langchain/openai), as users point it at Switchyard.
describe.skipIf(!hasShared)('OpenAI port with LangChain JS', () => {
  let t: TestServer;
  const chat = (extra: Record<string, unknown> = {}) =>
    new ChatOpenAI({ model: 'tiny', apiKey: 'langchain', configuration: { baseURL: t.baseURL }, maxRetries: 0, maxTokens: 24, ...extra });

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t?.close());

  it('invokes, with usage', async () => {
    const message = await chat().invoke('Tell me a story.');
    expect(typeof message.content).toBe('string');
    expect(String(message.content).length).toBeGreaterThan(0);
    expect(outputTokens(message)).toBeGreaterThan(0);
  });

  it('streams, with usage in the last chunk', async () => {
    let text = '';
    let tokens = 0;
    for await (const chunk of await chat({ streamUsage: true }).stream('Once upon a time')) {
      text += String(chunk.content);
      tokens = outputTokens(chunk) ?? tokens;
    }
    expect(text.length).toBeGreaterThan(0);
    expect(tokens).toBeGreaterThan(0);
  });

  it('returns structured output from a zod schema with integers, bounds and an enum', async () => {
    const schema = z.object({
      name: z.string().max(12),
      age: z.number().int(),
      stars: z.number().int().min(1).max(5),
      mood: z.enum(['happy', 'sad']),
    });
    const result = await chat({ maxTokens: 80 }).withStructuredOutput(schema, { name: 'character', method: 'jsonSchema' }).invoke('Give me a character.');
    expect(() => schema.parse(result)).not.toThrow();
  });

  it('binds a tool and gets a forced call back with parseable arguments', async () => {
    const weather = { type: 'function' as const, function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string', maxLength: 10 } }, required: ['city'] } } };
    const message = await chat({ maxTokens: 80 }).bindTools([weather], { tool_choice: 'get_weather' }).invoke('What is the weather in Oslo?');
    expect(message.tool_calls?.[0]?.name).toBe('get_weather');
    expect(typeof message.tool_calls?.[0]?.args.city).toBe('string');
  });

  it('embeds documents and a query', async () => {
    const embeddings = new OpenAIEmbeddings({ model: 'tiny', apiKey: 'langchain', configuration: { baseURL: t.baseURL }, maxRetries: 0 });
    const vectors = await embeddings.embedDocuments(['a story about a cat', 'a story about a dog']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]?.length).toBeGreaterThan(0);
    expect((await embeddings.embedQuery('cats')).length).toBe(vectors[0]?.length);
  });

  it('aborts a stream mid-answer, and the port keeps serving', async () => {
    const controller = new AbortController();
    let chunks = 0;
    await expect((async () => {
      for await (const _chunk of await chat({ maxTokens: 1500 }).stream('A very long story', { signal: controller.signal })) {
        chunks += 1;
        if (chunks === 3) controller.abort();
      }
    })()).rejects.toThrow();
    expect(chunks).toBe(3);
    expect(String((await chat({ maxTokens: 4 }).invoke('Hi')).content).length).toBeGreaterThan(0);
  });
});
