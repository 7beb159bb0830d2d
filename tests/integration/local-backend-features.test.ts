import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBackend, type LocalBackend } from '../../electron/core/backends/local';
import type { Tool } from '../../shared/chat';
import { ContextLengthError, InvalidRequestError } from '../../shared/errors';
import { hasShared } from '../helpers/fixtures';
import { collect, fixtureModels, terminalParts, userRequest } from './local-backend-helpers';

const STORIES = 'stories-chatml';
const RANDOM = 'tiny-llama2-chat';

const tools: Tool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: { type: 'object', properties: { city: { enum: ['Paris', 'Oslo'] }, days: { enum: [1, 2, 3] } }, required: ['city', 'days'] },
    },
  },
  { type: 'function', function: { name: 'ping', parameters: { type: 'object', properties: { loud: { type: 'boolean' } }, required: ['loud'] } } },
];

describe.skipIf(!hasShared)('LocalBackend features (real GGUF models)', () => {
  let backend: LocalBackend;

  beforeAll(async () => {
    backend = createLocalBackend({ models: [...fixtureModels, { id: 'stories-2k', path: fixtureModels[0]?.path ?? '', contextSize: 2048 }], threads: 1 });
    await Promise.all([backend.load(STORIES), backend.load(RANDOM)]);
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('a stop sequence ends generation with reason stop and never appears in the output', async () => {
    const free = await collect(backend, userRequest(STORIES, 'Once upon a time', { maxTokens: 40 }));
    // Stop at a piece of the free-running text, several tokens long, so the stop must fire across deltas.
    const stop = free.text.slice(6, 10);
    expect(stop).toHaveLength(4);
    const stopped = await collect(backend, userRequest(STORIES, 'Once upon a time', { maxTokens: 40, stop: [stop] }));
    expect(stopped.finish?.reason).toBe('stop');
    expect(stopped.text).not.toContain(stop);
    expect(stopped.text).toBe(free.text.slice(0, free.text.indexOf(stop)));
    expect(stopped.finish?.usage.completionTokens).toBeLessThan(free.finish?.usage.completionTokens ?? 0);
  });

  it('the same seed and temperature give the same text; another seed gives different text', async () => {
    const run = (seed: number) => collect(backend, userRequest(STORIES, 'Once upon a time', { maxTokens: 30, temperature: 1, topP: 0.95, seed }));
    const [a, b, c] = [await run(42), await run(42), await run(7)];
    expect(a.text.length).toBeGreaterThan(0);
    expect(b.text).toBe(a.text);
    expect(c.text).not.toBe(a.text);
  });

  it('json_schema output is grammar-constrained: it parses and matches the schema', async () => {
    const schema = { type: 'object', properties: { mood: { enum: ['happy', 'sad'] }, ok: { type: 'boolean' } }, required: ['mood', 'ok'] };
    for (const model of [STORIES, RANDOM]) {
      const result = await collect(backend, userRequest(model, 'How do you feel?', { maxTokens: 120, responseFormat: { type: 'json_schema', json_schema: { name: 'feeling', schema } } }));
      expect(result.finish?.reason).toBe('stop');
      const value = JSON.parse(result.text) as { mood: unknown; ok: unknown };
      expect(Object.keys(value).sort()).toEqual(['mood', 'ok']);
      expect(['happy', 'sad']).toContain(value.mood);
      expect(typeof value.ok).toBe('boolean');
    }
  });

  it('a schema the grammar builder cannot handle is an InvalidRequestError on response_format', async () => {
    const request = userRequest(STORIES, 'x', { responseFormat: { type: 'json_schema', json_schema: { name: 'bad', schema: { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } } } } });
    const error = await backend.stream(request, new AbortController().signal).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).param).toBe('response_format');
  });

  it.each([
    ['required', RANDOM, 'required' as const],
    ['required (ChatML template)', 'stories-2k', 'required' as const],
    ['a named function', RANDOM, { type: 'function' as const, function: { name: 'ping' } }],
  ])('tool_choice %s streams tool-call deltas whose arguments parse, finishing with tool_calls', async (_label, model, toolChoice) => {
    // Stop sequences that occur in every call's JSON must not cut the call short.
    const result = await collect(backend, userRequest(model, 'What is the weather in Oslo?', { maxTokens: 120, tools, toolChoice, stop: ['"', 'name'] }));
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.finish?.reason).toBe('tool_calls');
    expect(result.text).toBe('');
    const deltas = result.parts.flatMap((part) => (part.type === 'tool-call-delta' ? [part] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.every((delta) => delta.index === 0)).toBe(true);
    expect(deltas[0]?.id).toMatch(/^call_[0-9a-f]{24}$/);
    const name = deltas[0]?.name;
    expect(typeof toolChoice === 'object' ? ['ping'] : ['get_weather', 'ping']).toContain(name);
    const args = JSON.parse(deltas.map((delta) => delta.argumentsDelta).join('')) as Record<string, unknown>;
    if (name === 'ping') expect(typeof args.loud).toBe('boolean');
    else expect(['Paris', 'Oslo']).toContain(args.city);
  });

  it('tool_choice auto with tool results in the history renders and generates through the chat template', async () => {
    const result = await collect(backend, {
      model: RANDOM,
      maxTokens: 8,
      tools,
      toolChoice: 'auto',
      messages: [
        { role: 'system', content: 'You help with weather.' },
        { role: 'user', content: 'Weather in Oslo?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo","days":1}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'rain' },
      ],
    });
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(['stop', 'length', 'tool_calls']).toContain(result.finish?.reason);
    // The tool call and its result are part of the evaluated prompt.
    const plain = await collect(backend, userRequest(RANDOM, 'Weather in Oslo?', { maxTokens: 1 }));
    expect(result.finish?.usage.promptTokens).toBeGreaterThan(plain.finish?.usage.promptTokens ?? Infinity);
  });

  it('a prompt larger than the context is a ContextLengthError with the counts, before any part', async () => {
    const error = await backend.stream(userRequest(STORIES, 'word '.repeat(200)), new AbortController().signal).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContextLengthError);
    expect((error as ContextLengthError).status).toBe(400);
    expect((error as ContextLengthError).message).toMatch(new RegExp(`^This conversation is \\d+ tokens but model ${STORIES} has a context of 512 tokens; shorten it`));
  });

  it('caps generation at the room left in the context and finishes with length', async () => {
    // The random-weights model practically never emits end-of-text, so it runs into the cap.
    const probe = await collect(backend, userRequest(RANDOM, 'hello '.repeat(450), { maxTokens: 1 }));
    const promptTokens = probe.finish?.usage.promptTokens ?? 0;
    expect(promptTokens).toBeGreaterThan(400);
    const result = await collect(backend, userRequest(RANDOM, 'hello '.repeat(450), { maxTokens: 400, temperature: 0 }));
    expect(result.finish?.reason).toBe('length');
    expect(result.finish?.usage.completionTokens).toBe(512 - promptTokens - 1);
  });

  it('embeds inputs into equal-length vectors and counts their tokens', async () => {
    const { vectors, promptTokens } = await backend.embed(STORIES, ['a cat', 'a dog sat on the mat'], new AbortController().signal);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]?.length).toBeGreaterThan(0);
    expect(vectors[1]?.length).toBe(vectors[0]?.length);
    expect(vectors.flat().every(Number.isFinite)).toBe(true);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(promptTokens).toBe(await backend.tokenCount(STORIES, 'a cat') + await backend.tokenCount(STORIES, 'a dog sat on the mat'));
  });

  it('an aborted embedding request is refused with code aborted, an oversized input with ContextLengthError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(backend.embed(STORIES, ['a cat'], controller.signal)).rejects.toMatchObject({ code: 'aborted' });
    await expect(backend.embed(STORIES, ['word '.repeat(200)], new AbortController().signal)).rejects.toBeInstanceOf(ContextLengthError);
  });

  it('counts tokens with the model tokenizer, loading the model when asked asynchronously', async () => {
    expect(await backend.tokenCount(STORIES, 'Once upon a time')).toBeGreaterThan(3);
    expect(await backend.tokenCount('stories-plain', 'Once upon a time')).toBe(await backend.tokenCount(STORIES, 'Once upon a time'));
  });
});
