import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, waitForUrl, type CliRun } from '../helpers/cli-process';
import { hasShared, modelPath } from '../helpers/fixtures';
import { launchChromium, rendererBuilt, shotsDir as shots, waitForUiUrl } from '../helpers/web-ui';

const canRun = hasShared && rendererBuilt;
if (!rendererBuilt) console.warn('[e2e] renderer/dist is missing (npm run build:renderer): web UI tests skipped.');

/** The headless web UI in Debian's Chromium against a real `switchyard serve` with a tiny local model. */
describe.skipIf(!canRun)('web UI against switchyard serve', () => {
  let run: CliRun;
  let browser: Browser;
  let page: Page;
  let uiUrl: string;
  /** Script errors and CSP refusals seen by the page while the engine is up. */
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    run = runCli(['serve', '--model', modelPath('stories260K-chatml.gguf'), '--threads', '1', '--port', '0']);
    await waitForUrl(run);
    uiUrl = await waitForUiUrl(run);
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 820 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await page.goto(uiUrl);
  });

  afterAll(async () => {
    await browser?.close();
    run?.child.kill('SIGTERM');
    await run?.exited;
  });

  const assistant = (): ReturnType<Page['locator']> => page.locator('article.message.assistant').last();
  /** Sends a message and waits until its answer has finished streaming. */
  async function send(text: string): Promise<void> {
    const before = await page.locator('article.message.assistant').count();
    await page.getByLabel('Message', { exact: true }).fill(text);
    await page.getByLabel('Message', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('article.message.assistant').count()).toBe(before + 1);
    await expect.poll(() => assistant().getAttribute('aria-busy'), { timeout: 45_000 }).toBe('false');
  }

  it('trades the start-up token for an HttpOnly cookie and drops it from the address bar', async () => {
    expect(new URL(page.url()).search).toBe('');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'switchyard_ui')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await expect.poll(() => page.getByRole('radio', { name: 'Balanced' }).getAttribute('aria-checked')).toBe('true');
    await page.screenshot({ path: join(shots, 'start.png') });
  });

  it('streams an answer from the local model with a routing badge', async () => {
    await send('Tell me a story about a little cat.');
    const badge = assistant().locator('button.badge');
    await expect.poll(() => badge.getAttribute('data-target')).toBe('local');
    expect(await badge.textContent()).toContain('stories260K-chatml');
    expect((await assistant().locator('.markdown').textContent())?.trim().length).toBeGreaterThan(0);
    await badge.click();
    const details = assistant().getByRole('region', { name: 'Routing decision' });
    await expect.poll(() => details.textContent()).toMatch(/Tokens\d+ in \/ \d+ out/);
    await page.screenshot({ path: join(shots, 'chat.png') });
  });

  it('takes a 👎 on a local answer and says routing learns from it', async () => {
    await assistant().getByRole('button', { name: 'Bad answer' }).click();
    await expect.poll(() => assistant().getByRole('status').textContent()).toContain('routing on this device learns from it');
    expect(await assistant().getByRole('button', { name: 'Bad answer' }).getAttribute('aria-pressed')).toBe('true');
    expect(await assistant().getByRole('button', { name: 'Good answer' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(shots, 'feedback.png') });
  });

  it('answers "what is 15% of 240" at tier 0 with 36', async () => {
    await page.keyboard.press('Control+n');
    await send('what is 15% of 240');
    await expect.poll(() => assistant().locator('button.badge').getAttribute('data-target')).toBe('tier0');
    expect(await assistant().locator('.markdown').textContent()).toContain('36');
    expect(await assistant().locator('button.badge').textContent()).toBe('tier-0');
    await page.screenshot({ path: join(shots, 'tier0.png') });
  });

  it('runs a tier-0 answer again on the local model', async () => {
    await assistant().getByRole('button', { name: 'Run again locally' }).click();
    await expect.poll(() => assistant().locator('button.badge').getAttribute('data-target')).not.toBe('tier0');
    await expect.poll(() => assistant().getAttribute('aria-busy'), { timeout: 45_000 }).toBe('false');
    expect(await assistant().locator('button.badge').getAttribute('data-target')).toBe('local');
    expect(await page.locator('article.message.assistant').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'run-again-local.png') });
  });

  it('stops a streaming answer and says so', async () => {
    await page.keyboard.press('Control+n');
    await page.getByLabel('Message', { exact: true }).fill('Tell me a very long story about a dog and a boat.');
    await page.getByLabel('Message', { exact: true }).press('Enter');
    await expect.poll(() => assistant().locator('.markdown').count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => assistant().locator('.message-error').textContent(), { timeout: 15_000 }).toBe('Stopped.');
    await page.screenshot({ path: join(shots, 'stopped.png') });
  });

  it('keeps requests local in privacy mode and says so in the badge', async () => {
    await page.getByRole('radio', { name: 'Privacy' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Privacy' }).getAttribute('aria-checked')).toBe('true');
    await send('Write a long essay comparing three sorting algorithms, with proofs of their complexity.');
    const badge = assistant().locator('button.badge');
    expect(await badge.getAttribute('data-target')).toBe('local');
    await badge.click();
    expect(await assistant().getByRole('region', { name: 'Routing decision' }).textContent()).toContain('Modeprivacy');
    await page.screenshot({ path: join(shots, 'privacy-mode.png') });
  });

  it('flags a card number and a match of your own rule in the privacy test box and says where it would go', async () => {
    await page.getByRole('button', { name: 'Privacy', exact: true }).click();
    expect(await page.locator('tr[data-rule="EMAIL"] .type-label').textContent()).toBe('Email addresses');
    await page.getByLabel('Rule name').fill('Project Falcon');
    await page.getByLabel('Keywords, comma separated').fill('falcon');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Rules saved' }).count()).toBe(1);
    await page.getByLabel('Text to test').fill('Please charge my card 4111 1111 1111 1111 for the Falcon order.');
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    const mark = page.locator('mark[data-type="CREDIT_CARD"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toContain('4111 1111 1111 1111');
    expect(await page.locator('mark[data-type="CUSTOM"]').textContent()).toBe('FalconProject Falcon');
    expect(await page.getByRole('list', { name: 'Findings' }).textContent()).toContain('Your rule “Project Falcon”: “Falcon”');
    expect(await page.locator('.test-result .route').getAttribute('data-target')).toBe('local');
    // Tall enough for the whole panel in the screenshot (the page scrolls inside the app's main area).
    await page.setViewportSize({ width: 1280, height: 1720 });
    await page.screenshot({ path: join(shots, 'privacy-panel.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 820 });
  });

  it('shows the stored feedback on the privacy screen and resets it', async () => {
    const panel = page.getByRole('region', { name: 'Routing feedback' });
    await expect.poll(() => panel.textContent()).toContain('1 label stored on this device');
    await panel.getByRole('button', { name: 'Reset routing feedback' }).click();
    await expect.poll(() => panel.textContent()).toContain('0 labels stored on this device');
    expect(await panel.getByRole('button', { name: 'Reset routing feedback' }).isDisabled()).toBe(true);
  });

  it('lists the requests in the routing log, filters them, opens a decision and exports CSV', async () => {
    await page.getByRole('button', { name: 'Routing log' }).click();
    const rows = page.locator('table.log-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel('Filter by target').selectOption('tier0');
    await page.getByLabel('Search the log').fill('arithmetic');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('tier-0');
    await rows.first().click();
    expect(await page.getByRole('dialog', { name: 'Decision details' }).textContent()).toContain('answered exactly without a model');
    await page.screenshot({ path: join(shots, 'routing-log-drawer.png') });
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.getByLabel('Search the log').fill('');
    await page.getByLabel('Filter by target').selectOption('');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(shots, 'routing-log.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('switchyard-routing-log.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('id,time,client,target,model,task,score,routing_us,total_ms,prompt_tokens,completion_tokens,cost_usd,outcome');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(csv).toContain(',tier0,');
  });

  it('unloads and loads the local model from the Models screen', async () => {
    await page.getByRole('button', { name: 'Models' }).click();
    const row = page.locator('tr', { hasText: 'stories260K-chatml' });
    await expect.poll(() => row.textContent()).toContain('loaded');
    await row.getByRole('button', { name: 'Unload' }).click();
    // Unloading ends the model's inference host process; on a busy 2-core machine that can take a few seconds.
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain('not loaded');
    await row.getByRole('button', { name: 'Load' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Unload' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('Local compute:').textContent()).toMatch(/CPU|GPU/);
    await page.screenshot({ path: join(shots, 'models.png') });
  });

  it('keeps renamed conversations and an unsent draft across a reload', async () => {
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    const active = page.locator('.conversations li.active');
    await active.getByRole('button', { name: /^Rename / }).click();
    await page.getByLabel('Conversation title').fill('Sorting essay');
    await page.getByLabel('Conversation title').press('Enter');
    await page.getByLabel('Message', { exact: true }).fill('a draft I have not sent');
    await page.reload();
    await expect.poll(() => page.locator('.conversations li.active').textContent()).toContain('Sorting essay');
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toBe('a draft I have not sent');
    expect(await page.locator('.conversations li').count()).toBeGreaterThanOrEqual(3);
    await page.getByLabel('Message', { exact: true }).fill('');
    expect(problems).toEqual([]);
  });

  it('says the engine is gone and keeps the draft when a send fails', async () => {
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    run.child.kill('SIGTERM');
    await run.exited;
    const draft = 'This question must not be lost';
    await page.getByLabel('Message', { exact: true }).fill(draft);
    await page.getByLabel('Message', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('.chat-main .error-banner').textContent(), { timeout: 15_000 }).toContain('Cannot reach the Switchyard engine');
    expect(await page.getByLabel('Message', { exact: true }).inputValue()).toBe(draft);
    await page.screenshot({ path: join(shots, 'engine-gone.png') });
  });
});

