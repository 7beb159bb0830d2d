import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../shared/chat';
import type { Mode } from '../../../shared/decision';
import { createRouter } from '../../../electron/core/router/index';
import { sharedDir } from '../../helpers/fixtures';
import { both, sensitive } from './helpers';

const file = join(sharedDir, 'eval-dev', 'routing-dev.jsonl');
const present = existsSync(file);
if (!present) console.warn(`[router] ${file} not found: routing-dev cases skipped.`);

interface DevCase { id: string; mode: Mode; expect: 'tier0' | 'local' | 'cloud'; task: string; messages: ChatMessage[]; answer?: number }
const cases: DevCase[] = present ? readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DevCase) : [];

describe.skipIf(!present)('../shared/eval-dev/routing-dev.jsonl', () => {
  const router = createRouter();
  // Detecting the sensitive data is the privacy engine's job; here its verdict (never cloud) is given,
  // and what is tested is that the router honours it.
  it.each(cases.map((c) => [c.id, c] as const))('%s reaches the expected target', async (_id, c) => {
    const privacy = c.task.startsWith('sensitive:') ? sensitive(c.task.slice('sensitive:'.length).toUpperCase()) : undefined;
    const r = await router.route({ request: { model: 'auto', messages: c.messages }, mode: c.mode, privacy, candidates: both() });
    expect(r.target).toBe(c.expect);
    if (c.answer !== undefined) {
      const value = Number.parseFloat(r.answer ?? '');
      expect(Math.abs(value - c.answer)).toBeLessThan(0.01 * Math.max(1, Math.abs(c.answer)));
    }
  });
});
