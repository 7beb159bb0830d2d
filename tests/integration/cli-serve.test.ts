import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, modelPath } from '../helpers/fixtures';
import { runCli, waitForUrl } from '../helpers/cli-process';

describe.skipIf(!hasShared)('switchyard serve (child process)', () => {
  it('prints the URL, serves, and shuts down cleanly on SIGINT', async () => {
    const run = runCli(['serve', '--model', modelPath('stories260K-chatml.gguf'), '--port', '0', '--threads', '1']);
    const url = await waitForUrl(run);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const models = (await (await fetch(`${url}/v1/models`)).json()) as { data: Array<{ id: string }> };
    expect(models.data.map((m) => m.id)).toEqual(['auto', 'stories260K-chatml']);
    const answer = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
      body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4 }),
    });
    expect(answer.status).toBe(200);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('Stopped.');
  });

  it('ends an in-flight stream with an error chunk on SIGTERM and exits 0', async () => {
    const run = runCli(['serve', '--model', modelPath('stories260K-chatml.gguf'), '--port', '0', '--threads', '1']);
    const url = await waitForUrl(run);
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'A long story' }], max_tokens: 1800, stream: true }),
    });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    run.child.kill('SIGTERM');
    let text = new TextDecoder().decode(first?.value);
    for (;;) {
      const next = await reader?.read();
      if (next === undefined || next.done) break;
      text += new TextDecoder().decode(next.value);
    }
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(text).toContain('shutting_down');
    expect(await run.exited).toBe(0);
  });

  it('says what to do when the model file is missing', async () => {
    const run = runCli(['serve', '--model', '/nowhere/model.gguf', '--port', '0']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/Model file not found: \/nowhere\/model\.gguf/);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('rejects an invalid config file naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ mode: 'turbo', local: [] }));
    const run = runCli(['serve', '--config', file, '--port', '0']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/mode/);
  });

  it('rejects unknown flags with one line', async () => {
    const run = runCli(['serve', '--bogus']);
    expect(await run.exited).toBe(2);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('lists configured models, and which a running server has loaded', async () => {
    const run = runCli(['models', '--model', modelPath('stories260K.gguf'), '--port', '1']);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/stories260K\tlocal\tnot loaded/);
    expect(run.stdout()).toMatch(/no server answering/);
  });
});
