import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli, waitForUrl, type CliRun } from '../helpers/cli-process';
import { startFakeModelsProvider, type FakeModelsProvider } from '../helpers/fake-models-provider';
import { rawRequest } from '../helpers/raw-http';
import { endOfTestShot, launchChromium, openPage, rendererBuilt, shotsDir as shots } from '../helpers/web-ui';

const TOKEN = 'providers-e2e-token-0123456789';
const KEY = 'sk-e2e-provider-key-51f0c2d7a9e84b36';
// The key is saved to the OS keychain: only inside tests/helpers/with-keyring.sh's throwaway keyring.
const inKeyring = process.env.SWITCHYARD_KEYRING_HOME !== undefined;
if (!rendererBuilt) console.warn('[e2e] renderer/dist is missing (npm run build:renderer): providers UI tests skipped.');
if (!inKeyring) console.warn('[e2e] providers UI tests skipped: run them in a throwaway keyring: bash tests/helpers/with-keyring.sh npx vitest run tests/e2e/providers.test.ts');

/** Providers & keys and the Local API switch in Debian's Chromium against a real `switchyard serve`. */
describe.skipIf(!rendererBuilt || !inKeyring)('providers and local API screens', () => {
  let run: CliRun;
  let fake: FakeModelsProvider;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    fake = await startFakeModelsProvider({ apiKey: KEY, models: ['fake-big', 'fake-small'], answer: 'Hello from the fake cloud.' });
    run = runCli(['serve', '--port', '0', '--token', TOKEN]);
    base = await waitForUrl(run);
    browser = await launchChromium();
    page = await openPage(browser, `${base}/?token=${TOKEN}`);
  });

  // Every test leaves a screenshot of where it ended, besides the named ones it takes.
  afterEach(async ({ task }) => endOfTestShot(page, 'providers', task.name));

  afterAll(async () => {
    await browser?.close();
    run?.child.kill('SIGTERM');
    await run?.exited;
    await fake?.close();
  });

  it('adds a provider pointing at a fake upstream, sets its key and tests the connection', async () => {
    await page.getByRole('button', { name: 'Providers & keys' }).click();
    // Saved in the data directory (no --config): no "for this run only" note.
    await expect.poll(() => page.getByRole('button', { name: 'Add provider' }).count()).toBe(1);
    expect(await page.getByText('Changes here last until').count()).toBe(0);
    await page.getByRole('button', { name: 'Add provider' }).click();
    const form = page.getByRole('form', { name: 'Add provider' });
    await form.getByLabel('Kind').selectOption('openai-compatible');
    await form.getByLabel('Id', { exact: true }).fill('fakecloud');
    await form.getByLabel('Base URL').fill(fake.baseUrl);
    await form.getByLabel('Models (comma-separated)').fill('fake-big, fake-small');
    await form.getByRole('button', { name: 'Add provider' }).click();

    const card = page.getByRole('listitem', { name: 'Provider fakecloud' });
    await expect.poll(() => card.textContent()).toContain('no key');
    expect(await card.textContent()).toContain('fake-big, fake-small');

    await card.getByRole('button', { name: 'Test connection to fakecloud' }).click();
    await expect.poll(() => card.getByRole('status', { name: 'Connection test for fakecloud' }).textContent()).toContain('set a key first');

    await card.getByLabel('New key for fakecloud').fill(KEY);
    await card.getByRole('button', { name: 'Save key' }).click();
    await expect.poll(() => card.textContent()).toContain('key set (keychain)');
    expect(await card.getByLabel('New key for fakecloud').inputValue()).toBe('');

    await card.getByRole('button', { name: 'Test connection to fakecloud' }).click();
    const status = card.getByRole('status', { name: 'Connection test for fakecloud' });
    await expect.poll(() => status.textContent()).toMatch(/✓ Connected to 'fakecloud' in \d+ ms; it offers 2 models/);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models', authorization: `Bearer ${KEY}` });
    expect(await page.content()).not.toContain(KEY);
    await page.screenshot({ path: join(shots, 'providers.png') });
  });

  it('refuses a second provider with the same id in words', async () => {
    await page.getByRole('button', { name: 'Add provider' }).click();
    const form = page.getByRole('form', { name: 'Add provider' });
    await form.getByLabel('Id', { exact: true }).fill('fakecloud');
    await form.getByLabel('Base URL').fill(fake.baseUrl);
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain("'fakecloud' already exists");
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('edits a provider\'s models and deletes it after a confirmation', async () => {
    const card = page.getByRole('listitem', { name: 'Provider fakecloud' });
    await card.getByRole('button', { name: 'Edit fakecloud' }).click();
    const form = page.getByRole('form', { name: 'Edit provider fakecloud' });
    await form.getByLabel('Models (comma-separated)').fill('fake-big');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => card.getByText(/^Models: /).textContent()).toBe('Models: fake-big');

    await card.getByRole('button', { name: 'Delete fakecloud' }).click();
    const confirm = card.getByRole('alertdialog', { name: 'Delete fakecloud?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: 'Provider fakecloud' }).count()).toBe(0);
    await expect.poll(() => page.getByText('No cloud providers yet').count()).toBe(1);
  });

  it('turns the local API off and on, and the endpoint follows', async () => {
    await page.getByRole('button', { name: 'Local API' }).click();
    const toggle = page.getByRole('switch', { name: 'Local API' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('.api-switch [role="status"]').textContent()).toContain('Off');
    const off = await rawRequest(`${base}/v1/models`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(off.status).toBe(503);
    expect(off.body).toContain('turned off in Switchyard');
    await page.screenshot({ path: join(shots, 'local-api-off.png') });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect((await rawRequest(`${base}/v1/models`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('shows the token in the snippets only after Show, like the token field', async () => {
    const snippets = page.locator('.local-api .snippet pre');
    await expect.poll(() => snippets.count()).toBeGreaterThan(0);
    expect(await snippets.allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining(TOKEN)]));
    await page.locator('.local-api').getByRole('button', { name: 'Show' }).click();
    await expect.poll(async () => (await snippets.allTextContents()).every((text) => text.includes(TOKEN))).toBe(true);
    await page.locator('.local-api').getByRole('button', { name: 'Hide' }).click();
  });
});
