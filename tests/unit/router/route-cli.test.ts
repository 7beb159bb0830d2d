import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema, type SettingsInput } from '../../../shared/settings';
import { routeEngine, runRoute } from '../../../electron/core/cli/commands/route';
import { sharedDir } from '../../helpers/fixtures';
import type { RouteDeps } from '../../../electron/core/cli/commands/route';
import { HARD } from './helpers';

const capture = () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  return { stream, text: () => text };
};
// The gateway's own decide path over the default settings (stand-ins for both sides), heuristic scoring only.
const engines: { dispose: () => Promise<void> }[] = [];
const engineFor = async (settings: SettingsInput = {}): Promise<RouteDeps> => {
  const engine = await routeEngine(settingsSchema.parse(settings), { stderr: capture().stream }, false);
  engines.push(engine);
  return engine;
};
let standard: RouteDeps;
beforeAll(async () => { standard = await engineFor(); });
afterAll(async () => { await Promise.all(engines.map((e) => e.dispose())); });
const deps = (): RouteDeps => standard;
const tmpFile = (lines: string[]): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'route-cli-')), 'in.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('switchyard route --jsonl', () => {
  it('writes one line per input line, in order, with the DESIGN.md §4 fields; bad lines get an error', async () => {
    const path = tmpFile([
      JSON.stringify({ id: 'a', messages: [{ role: 'user', content: 'What is 8% of 150?' }] }),
      'not json',
      JSON.stringify({ id: 'b', messages: [{ role: 'user', content: HARD }] }),
      JSON.stringify({ id: 7, messages: [] }),
      '',
      JSON.stringify({ id: 'c', messages: [{ role: 'user', content: HARD }], mode: 'privacy' }),
      JSON.stringify({ id: 'd', messages: [{ role: 'robot', content: 'x' }] }),
    ]);
    const out = capture(); const err = capture();
    expect(await runRoute({ jsonl: path }, { stdout: out.stream, stderr: err.stream }, deps())).toBe(0);
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 'a', target: 'tier0', model: 'tier0', task: 'arithmetic', answer: '12', privacy: [] });
    expect(Object.keys(lines[0] as object).sort()).toEqual(['answer', 'id', 'ladder', 'model', 'privacy', 'reasons', 'routing_us', 'rung', 'score', 'served_by_kind', 'target', 'task']);
    expect(lines[0]).toMatchObject({ rung: null, ladder: ['local', 'cloud'], served_by_kind: 'tier0' });
    expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'b', target: 'cloud', model: 'cloud', rung: 1, served_by_kind: 'cloud' });
    expect(lines[2]?.['answer']).toBeUndefined();
    expect(lines[3]).toMatchObject({ id: 7, error: expect.stringMatching(/^line 4: messages/) });
    expect(lines[4]).toMatchObject({ id: null, error: 'line 5: not valid JSON' });
    expect(lines[5]).toMatchObject({ id: 'c', target: 'local', model: 'local' });
    expect(lines[6]).toMatchObject({ id: 'd', error: expect.stringMatching(/^line 7: messages\.0/) });
    for (const l of [lines[0], lines[2], lines[5]]) {
      expect(typeof l?.['routing_us']).toBe('number');
      expect(l?.['score']).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(l?.['reasons'])).toBe(true);
    }
    expect(err.text()).toBe('');
  });

  it('applies --mode to lines without their own mode, and the privacy verdict to every line', async () => {
    const path = tmpFile([
      JSON.stringify({ id: 1, messages: [{ role: 'user', content: HARD }] }),
      JSON.stringify({ id: 2, messages: [{ role: 'user', content: HARD }], mode: 'balanced' }),
    ]);
    const out = capture();
    await runRoute({ jsonl: path, mode: 'privacy' }, { stdout: out.stream, stderr: capture().stream }, deps());
    expect(out.text().trim().split('\n').map((l) => (JSON.parse(l) as { target: string }).target)).toEqual(['local', 'cloud']);
    const flagged = capture();
    const card = `${HARD} Bill it to card 4111 1111 1111 1111.`;
    const withCard = tmpFile([1, 2].map((id) => JSON.stringify({ id, messages: [{ role: 'user', content: card }] })));
    await runRoute({ jsonl: withCard }, { stdout: flagged.stream, stderr: capture().stream }, deps());
    const rows = flagged.text().trim().split('\n').map((l) => JSON.parse(l) as { target: string; privacy: unknown });
    expect(rows.map((r) => r.target)).toEqual(['local', 'local']);
    expect(rows[0]?.privacy).toEqual([{ type: 'CREDIT_CARD', count: 1 }]);
  });

  it('reads standard input with --jsonl -', async () => {
    const stdin = new PassThrough();
    stdin.end(`${JSON.stringify({ id: 'x', messages: [{ role: 'user', content: '5 ft in cm' }] })}\n`);
    const out = capture();
    expect(await runRoute({ jsonl: '-' }, { stdout: out.stream, stderr: capture().stream, stdin }, deps())).toBe(0);
    expect(JSON.parse(out.text())).toMatchObject({ id: 'x', answer: '152.4 cm' });
  });

  it('fails with exit code 1 on an unreadable file and 2 on bad arguments', async () => {
    const err = capture();
    expect(await runRoute({ jsonl: '/nonexistent/in.jsonl' }, { stdout: capture().stream, stderr: err.stream }, deps())).toBe(1);
    expect(err.text()).toMatch(/cannot read/);
    expect(await runRoute({}, { stdout: capture().stream, stderr: capture().stream }, deps())).toBe(2);
    expect(await runRoute({ jsonl: 'a', explain: 'b' }, { stdout: capture().stream, stderr: capture().stream }, deps())).toBe(2);
  });
});

const devFile = join(sharedDir, 'eval-dev', 'routing-dev.jsonl');

describe.skipIf(!existsSync(devFile))('switchyard route on ../shared/eval-dev/routing-dev.jsonl with the real privacy engine', () => {
  it('reaches every expected target, sensitive cases included', async () => {
    const out = capture();
    expect(await runRoute({ jsonl: devFile }, { stdout: out.stream, stderr: capture().stream }, deps())).toBe(0);
    const expected = readFileSync(devFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; expect: string });
    const got = out.text().trim().split('\n').map((l) => JSON.parse(l) as { id: string; target: string; privacy: unknown[] });
    expect(got.map((g) => [g.id, g.target])).toEqual(expected.map((e) => [e.id, e.expect]));
    expect(got.find((g) => g.id === 'd026')?.privacy.length).toBeGreaterThan(0);
  });
});

describe('switchyard route --explain', () => {
  it('prints one decision for a person', async () => {
    const out = capture();
    expect(await runRoute({ explain: HARD }, { stdout: out.stream, stderr: capture().stream }, deps())).toBe(0);
    const text = out.text();
    expect(text).toMatch(/^Target: {5}cloud: cloud \(cloud\)$/m);
    expect(text).toMatch(/^Why:\n {2}- .*→ cloud rung 1 \(cloud, .*\)$/m);
    expect(text).toMatch(/^Routing: {4}\d+ µs$/m);
    const tier0 = capture();
    await runRoute({ explain: 'how many minutes are in 2.5 hours?' }, { stdout: tier0.stream, stderr: capture().stream }, deps());
    expect(tier0.text()).toMatch(/^Answer: {5}150 min$/m);
  });
});

describe('switchyard route --config', () => {
  it('routes against the models of that settings file, on their ladder', async () => {
    const engine = await engineFor({
      providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', requiresApiKey: false, models: [
        { id: 'acme-mini', contextLength: 32_000, price: { input: 0.1, output: 0.4 } },
        { id: 'acme-max', contextLength: 200_000, price: { input: 5, output: 25 } },
      ] }],
    });
    const out = capture();
    const path = tmpFile([JSON.stringify({ id: 'hard', messages: [{ role: 'user', content: HARD }] })]);
    await runRoute({ jsonl: path }, { stdout: out.stream, stderr: capture().stream }, engine);
    const line = JSON.parse(out.text()) as { ladder: string[]; rung: number; model: string };
    expect(line.ladder).toEqual(['local', 'acme-mini', 'acme-max']);
    expect(line.model).toBe(line.ladder[line.rung]);
  });
});
