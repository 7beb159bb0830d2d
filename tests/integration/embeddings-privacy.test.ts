import OpenAI, { PermissionDeniedError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/fixtures';
import { startHybrid, type Hybrid } from '../helpers/hybrid-engine';

/** Embeddings on a cloud model pass the privacy stage like chats: the recording proxy sees what would leave. */
describe.skipIf(!hasShared)('embeddings on a cloud model', () => {
  let h: Hybrid;
  let client: OpenAI;
  beforeAll(async () => {
    h = await startHybrid({ cloudEmbeddings: true });
    client = new OpenAI({ baseURL: h.baseURL, apiKey: 'client-key', maxRetries: 0 });
  });
  afterAll(async () => h?.close());

  it('refuses never-cloud content with 403 and sends nothing', async () => {
    const before = h.proxy.received.length;
    const error = await client.embeddings.create({ model: 'embed-1', input: ['Refund card 4111 1111 1111 1111', 'hello'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(String((error as Error).message)).not.toContain('4111');
    expect(h.proxy.received.length).toBe(before);
  });

  it('replaces redact-level values before they leave, and answers in input order', async () => {
    const before = h.proxy.received.length;
    const result = await client.embeddings.create({ model: 'embed-1', input: ['Reach me at sam.lee@example.org', 'plain words'] });
    expect(result.data.map((d) => d.index)).toEqual([0, 1]);
    expect(result.data[0]?.embedding.length).toBeGreaterThan(0);
    expect(h.proxy.received.length).toBe(before + 1);
    expect(h.proxy.allText()).not.toContain('sam.lee@example.org');
    expect(h.proxy.allText()).toContain('[EMAIL_1]');
  });

  it('embeds on the local model with nothing sent', async () => {
    const before = h.proxy.received.length;
    const result = await client.embeddings.create({ model: 'tiny', input: 'card 4111 1111 1111 1111' });
    expect(result.data).toHaveLength(1);
    expect(h.proxy.received.length).toBe(before);
  });

  it("takes token ids on a local model (langchain-openai's default input), checked against its vocabulary", async () => {
    const one = await client.embeddings.create({ model: 'tiny', input: [1, 2, 3] });
    expect(one.data).toHaveLength(1);
    expect(one.usage.prompt_tokens).toBe(3);
    const two = await client.embeddings.create({ model: 'tiny', input: [[1, 2, 3], [4, 5]] });
    expect(two.data.map((d) => d.index)).toEqual([0, 1]);
    expect(two.data[0]?.embedding).toHaveLength(one.data[0]?.embedding.length ?? -1);
    const bad = await fetch(`${h.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'tiny', input: [1, 99_999] }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/Token id 99999 is not in the vocabulary of tiny \(512 tokens\)/);
    // The host is still healthy.
    expect((await client.embeddings.create({ model: 'tiny', input: 'hello' })).data).toHaveLength(1);
  });

  it('refuses token ids for a cloud model: they cannot be checked for private data', async () => {
    const before = h.proxy.received.length;
    const response = await fetch(`${h.baseURL}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'embed-1', input: [[1, 2, 3]] }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe('input');
    expect(h.proxy.received.length).toBe(before);
  });
});
