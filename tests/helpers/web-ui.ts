import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CliRun } from './cli-process';
import { repoRoot } from './fixtures';

/** Shared by the Playwright tests: Debian's Chromium against `switchyard serve`'s web UI. */
const chromiumPath = '/usr/bin/chromium';
export const shotsDir = join(repoRoot, 'test-results', 'e2e');

export const rendererBuilt = ((): boolean => {
  try {
    return readFileSync(join(repoRoot, 'renderer', 'dist', 'index.html')).length > 0;
  } catch {
    return false;
  }
})();

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function openPage(browser: Browser, url: string, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: options.acceptDownloads ?? false, viewport: { width: 1280, height: 820 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  return page;
}

/** The start-up URL with the UI token, as `switchyard serve` prints it. */
export async function waitForUiUrl(run: CliRun): Promise<string> {
  for (let i = 0; i < 400; i += 1) {
    const match = /Switchyard UI: (http:\/\/\S+)/.exec(run.stdout());
    if (match?.[1] !== undefined) return match[1];
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no UI URL in: ${run.stdout()}`);
}

/** Where a test ended, as a screenshot under test-results/e2e/ named after the file and the test. */
export async function endOfTestShot(page: Page | undefined, file: string, testName: string): Promise<void> {
  const slug = testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  await page?.screenshot({ path: join(shotsDir, `${file}--${slug}.png`), fullPage: true });
}
