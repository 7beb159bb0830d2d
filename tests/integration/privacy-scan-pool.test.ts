import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../shared/chat';
import { defaultPrivacySettings, rulesSchema } from '../../shared/settings';
import { assertCloudSafeAsync, inspectRequest, inspectRequestAsync, OFFLOAD_BYTES, ScanPool } from '../../electron/core/privacy';

const policy = {
  privacy: defaultPrivacySettings(),
  rules: rulesSchema.parse([{ name: 'tickets', action: 'redact', match: { regex: 'TCK-\\d{4}' } }, { name: 'product', action: 'allow', match: { keywords: ['Ada'], caseSensitive: true } }]),
};
const filler = 'The quarterly report covers revenue, churn and the hiring plan for the next two quarters. ';
const big = (extra: string): ChatRequest => ({
  model: 'auto',
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: `${filler.repeat(Math.ceil(OFFLOAD_BYTES / filler.length))}${extra}` },
  ],
});

describe('the privacy scan worker', () => {
  const pool = new ScanPool();
  afterAll(async () => pool.dispose());

  it('gives the same verdict as the scan on this thread, for a request large enough to go to the worker', async () => {
    for (const extra of [
      'Mail sam.lee@example.org about TCK-1234, and ask Maria Gonzalez to ship Ada.',
      'Charge card 4111 1111 1111 1111.',
      'Nothing private here.',
    ]) {
      const request = big(extra);
      const here = inspectRequest(request, { mode: 'balanced' }, policy);
      const there = await inspectRequestAsync(request, { mode: 'balanced' }, policy, pool);
      expect({ findings: there.findings, neverCloud: there.neverCloud, rules: there.rules, reasons: there.reasons })
        .toEqual({ findings: here.findings, neverCloud: here.neverCloud, rules: here.rules, reasons: here.reasons });
      if (!there.neverCloud) {
        const sent = there.forCloud().request;
        expect(JSON.stringify(sent)).toBe(JSON.stringify(here.forCloud().request));
        await expect(assertCloudSafeAsync(sent, policy, { mode: 'balanced' }, pool)).resolves.toBeUndefined();
      }
    }
  });

  it('refuses an unredacted large request in the cloud guard, as the guard on this thread does', async () => {
    await expect(assertCloudSafeAsync(big('Mail sam.lee@example.org.'), policy, { mode: 'balanced' }, pool)).rejects.toThrow(/unredacted EMAIL/);
  });

  it('fails closed when the worker cannot start or dies: the request stays local and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-worker-'));
    const crashing = join(dir, 'crash.mjs');
    writeFileSync(crashing, 'process.exit(3);\n');
    for (const entry of [{ path: join(dir, 'missing.mjs'), execArgv: [] }, { path: crashing, execArgv: [] }]) {
      const broken = new ScanPool(() => entry);
      const verdict = await inspectRequestAsync(big('hello'), { mode: 'balanced' }, policy, broken);
      expect(verdict.neverCloud).toBe(true);
      expect(verdict.failedClosed).toBe(true);
      expect(verdict.reasons.join(' ')).toContain('a privacy check failed (scan-worker)');
      await broken.dispose();
    }
  });
});
