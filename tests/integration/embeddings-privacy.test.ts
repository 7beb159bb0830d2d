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
});
