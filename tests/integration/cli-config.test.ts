import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, waitForUrl } from '../helpers/cli-process';
import { hasShared, modelPath } from '../helpers/fixtures';

const HARD = 'Prove that there are infinitely many primes, then design and compare two distributed algorithms to enumerate them, deriving their complexity step by step.';

// Issue 5's example config, verbatim but for the port: auto routes between the local model and the provider.
describe.skipIf(!hasShared)('switchyard serve --config with a local model and an OpenAI-compatible provider', () => {
  it('routes auto between them with no other setup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-config-'));
    const upstreamConfig = join(dir, 'upstream.json');
    writeFileSync(upstreamConfig, JSON.stringify({ local: [{ id: 'big-1', path: modelPath('stories260K-chatml.gguf') }] }));
    const upstream = runCli(['serve', '--config', upstreamConfig, '--port', '0', '--threads', '1', '--token', 'acme-secret']);
    const upstreamUrl = await waitForUrl(upstream);
    try {
      const config = join(dir, 'switchyard.json');
      writeFileSync(config, JSON.stringify({
        mode: 'balanced',
        local: [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf') }],
        providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: `${upstreamUrl}/v1`, apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128000, price: { input: 2.5, output: 10 } }] }],
      }));
      const main = runCli(['serve', '--config', config, '--port', '0', '--threads', '1'], { ACME_KEY: 'acme-secret' });
      const url = await waitForUrl(main);
      try {
        const ask = async (content: string): Promise<Response> =>
          fetch(`${url}/v1/chat/completions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content }], max_tokens: 4 }),
          });
        const hard = await ask(HARD);
        expect(hard.status).toBe(200);
        expect(hard.headers.get('x-switchyard-target')).toBe('cloud');
        expect(hard.headers.get('x-switchyard-model')).toBe('big-1');
        const easy = await ask('thanks, bye!');
        expect(easy.headers.get('x-switchyard-target')).toBe('local');
        expect(main.stderr()).not.toContain('acme-secret');
      } finally {
        main.child.kill('SIGTERM');
        await main.exited;
      }
    } finally {
      upstream.child.kill('SIGTERM');
      await upstream.exited;
    }
  });
});
