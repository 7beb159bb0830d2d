import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, waitForUrl, type CliRun } from '../helpers/cli-process';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startGgufFileServer, type GgufFileServer } from '../helpers/gguf-file-server';
import { endOfTestShot, launchChromium, openPage, rendererBuilt, shotsDir, waitForUiUrl } from '../helpers/web-ui';

if (!rendererBuilt) console.warn('[e2e] renderer/dist is missing (npm run build:renderer): model download UI tests skipped.');

/** The Models screen in Chromium against `switchyard serve`, downloading from a throttled host on loopback. */
describe.skipIf(!hasShared || !rendererBuilt)('Models screen: add and download GGUF models', () => {
  let run: CliRun;
  let files: GgufFileServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(shotsDir, { recursive: true });
    // ~1.2 MB at 120 kB/s: about ten seconds, long enough to watch the bar move and to cancel.
    files = await startGgufFileServer({ files: { '/org/repo/resolve/main/tiny-story-F32.gguf': readFileSync(modelPath('stories260K.gguf')) }, bytesPerSecond: 120_000 });
    run = runCli(['serve', '--model', modelPath('stories260K-chatml.gguf'), '--threads', '1', '--port', '0']);
    await waitForUrl(run);
    browser = await launchChromium();
    page = await openPage(browser, await waitForUiUrl(run));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.getByRole('button', { name: 'Models' }).click();
  });

  // Every test leaves a screenshot of where it ended, besides the named ones it takes.
  afterEach(async ({ task }) => endOfTestShot(page, 'model-download', task.name));

  afterAll(async () => {
    await browser?.close();
    run?.child.kill('SIGTERM');
    await run?.exited;
    await files?.close();
  });

  it('shows the hardware and each model\'s size, quantisation and memory estimate', async () => {
    await expect.poll(() => page.getByText('Local compute:').textContent()).toMatch(/Local compute: (CPU|GPU \((metal|cuda|vulkan)\))/);
    expect(await page.getByRole('group', { name: 'Hardware' }).textContent()).toMatch(/RAM[\d.]+ [kMGT]?B free of [\d.]+ [kMGT]?BCPU cores\d+/);
    const row = page.locator('tr', { hasText: 'stories260K-chatml' });
    await expect.poll(() => row.textContent()).toMatch(/1\.2 MB.*F32.*2,048.*MB RAM/);
    expect(await row.textContent()).toMatch(/MB RAM/);
    expect(await row.textContent()).toContain('llama');
  });

  it('downloads from a URL with a moving progress bar, speed and ETA; cancel and resume work; the model joins the list', async () => {
    await page.getByLabel('Model URL').fill(`${files.url}/org/repo/resolve/main/tiny-story-F32.gguf`);
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Download progress of tiny-story-F32.gguf' });
    const value = async (): Promise<number> => Number((await bar.getAttribute('aria-valuenow')) ?? -1);
    await expect.poll(value, { timeout: 20_000 }).toBeGreaterThan(5);
    const first = await value();
    await expect.poll(value, { timeout: 20_000 }).toBeGreaterThan(first);
    const item = page.locator('li.download', { hasText: 'tiny-story-F32.gguf' });
    await expect.poll(() => item.locator('.download-speed').textContent()).toMatch(/kB\/s$/);
    expect(await item.locator('.download-eta').textContent()).toMatch(/\d+ s left/);
    await page.screenshot({ path: join(shotsDir, 'model-download-progress.png'), fullPage: true });

    await page.getByRole('button', { name: 'Cancel download of tiny-story-F32.gguf' }).click();
    await expect.poll(() => item.getAttribute('data-state')).toBe('cancelled');
    files.setRate(400_000);
    await page.getByRole('button', { name: 'Resume download of tiny-story-F32.gguf' }).click();
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    expect(await value()).toBe(100);
    expect(await item.textContent()).toContain('added as tiny-story-F32');
    const row = page.locator('tr', { hasText: 'tiny-story-F32' });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toMatch(/1\.2 MB.*F32/);
    await page.screenshot({ path: join(shotsDir, 'model-download-done.png'), fullPage: true });
  });

  it('says a dead link plainly in the list', async () => {
    await page.getByLabel('Model URL').fill(`${files.url}/org/repo/resolve/main/missing-Q4_K_M.gguf`);
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const item = page.locator('li.download', { hasText: 'missing-Q4_K_M.gguf' });
    await expect.poll(() => item.getByRole('alert').textContent()).toContain('has no file at that link (404 Not Found)');
    expect(await item.getByRole('button', { name: /^Resume/ }).count()).toBe(1);
  });

  it('adds a GGUF file by path, refuses a wrong one with a reason, and removes a model', async () => {
    await page.getByLabel('Path to the .gguf file').fill(modelPath('SOURCES.txt'));
    await page.getByRole('button', { name: 'Add model' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Add a GGUF file' }).getByRole('alert').textContent()).toContain('is not a GGUF model file');
    await page.getByLabel('Path to the .gguf file').fill(modelPath('llama-2-tiny-random.gguf'));
    await page.getByLabel('Model id (optional)').fill('tiny-llama');
    await page.getByRole('button', { name: 'Add model' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Added tiny-llama.');
    const row = page.locator('tr', { hasText: 'tiny-llama' });
    await expect.poll(() => row.textContent()).toContain('F16');
    await page.screenshot({ path: join(shotsDir, 'models-added.png'), fullPage: true });
    await page.getByRole('button', { name: 'Remove tiny-llama' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
