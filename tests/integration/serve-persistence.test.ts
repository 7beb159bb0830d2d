import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, waitForUrl, type CliRun } from '../helpers/cli-process';
import { hasShared, modelPath } from '../helpers/fixtures';
import { rawRequest } from '../helpers/raw-http';

const TOKEN = 'persistence-test-token-0123456789';

/** `switchyard serve` as a user restarts it: what was changed in the web UI is there again, run-only flags are not. */
describe.skipIf(!hasShared)('switchyard serve saves UI changes in the data directory', () => {
  const runs: CliRun[] = [];
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  async function start(args: string[], home: string): Promise<{ run: CliRun; call: (channel: string, body?: unknown) => Promise<unknown> }> {
    const run = runCli(['serve', '--port', '0', '--threads', '1', '--token', TOKEN, ...args], { SWITCHYARD_HOME: home });
    runs.push(run);
    const base = await waitForUrl(run);
    const call = async (channel: string, body: unknown = {}): Promise<unknown> => {
      const res = await rawRequest(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status, `${channel}: ${res.body}`).toBe(200);
      return JSON.parse(res.body) as unknown;
    };
    return { run, call };
  }

  async function stop(run: CliRun): Promise<void> {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    runs.splice(runs.indexOf(run), 1);
  }

  const modelIds = (list: unknown): string[] => (list as { models: { id: string; kind: string }[] }).models.filter((m) => m.kind === 'local').map((m) => m.id);

  it('keeps the mode and an added model across a restart, but not the --model of the first run', async () => {
    const home = mkdtempSync(join(tmpdir(), 'switchyard-persist-'));
    const first = await start(['--model', modelPath('stories260K-chatml.gguf')], home);
    await first.call('settings.setMode', { mode: 'privacy' });
    await first.call('models.add', { path: modelPath('llama-2-tiny-random-chat.gguf') });
    expect(modelIds(await first.call('models.list'))).toEqual(expect.arrayContaining(['stories260K-chatml', 'llama-2-tiny-random-chat']));
    // A model named on the command line loads at start-up.
    await expect.poll(() => first.run.stderr(), { timeout: 15_000 }).toMatch(/loaded stories260K-chatml/);
    await stop(first.run);

    const second = await start([], home);
    expect((await second.call('settings.get') as { mode: string }).mode).toBe('privacy');
    expect(modelIds(await second.call('models.list'))).toEqual(['llama-2-tiny-random-chat']);
    // Saved models load on first use, not at start-up (this one would load in well under a second).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const rows = (await second.call('models.list') as { models: { id: string; loaded: boolean }[] }).models;
    expect(rows.find((m) => m.id === 'llama-2-tiny-random-chat')?.loaded).toBe(false);
  });

  it('with --config, the file stays the one source of truth: nothing is written to the data directory', async () => {
    const home = mkdtempSync(join(tmpdir(), 'switchyard-persist-config-'));
    const config = join(home, 'my-config.json');
    const text = JSON.stringify({ mode: 'cost', local: [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf') }] });
    writeFileSync(config, text);
    const run = await start(['--config', config], home);
    await run.call('settings.setMode', { mode: 'speed' });
    expect((await run.call('providers.list') as { persisted: boolean }).persisted).toBe(false);
    await stop(run.run);
    expect(readFileSync(config, 'utf8')).toBe(text);
    expect(existsSync(join(home, 'settings.json'))).toBe(false);
  });
});
