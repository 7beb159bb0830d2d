import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/settings';
import { cliCandidates, cliPrivacy, runRoute } from '../../../electron/core/cli/commands/route';
import { sharedDir } from '../../helpers/fixtures';
import type { RouteDeps } from '../../../electron/core/cli/commands/route';
import { createRouter } from '../../../electron/core/router/index';
import { HARD } from './helpers';

const capture = () => {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
  return { stream, text: () => text };
};
const deps = (extra: Partial<RouteDeps> = {}): RouteDeps => ({ router: createRouter(), candidates: cliCandidates({ local: [], providers: [] }), ...extra });
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
    expect(Object.keys(lines[0] as object).sort()).toEqual(['answer', 'id', 'model', 'privacy', 'reasons', 'routing_us', 'score', 'target', 'task']);
    expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'b', target: 'cloud', model: 'cloud' });
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
    const privacy = async () => ({ findings: [{ type: 'EMAIL', count: 2 }], neverCloud: true, reasons: ['contains 2 email addresses'] });
    await runRoute({ jsonl: path }, { stdout: flagged.stream, stderr: capture().stream }, deps({ privacy }));
    const rows = flagged.text().trim().split('\n').map((l) => JSON.parse(l) as { target: string; privacy: unknown });
    expect(rows.map((r) => r.target)).toEqual(['local', 'local']);
    expect(rows[0]?.privacy).toEqual([{ type: 'EMAIL', count: 2 }]);
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
    const settings = settingsSchema.parse({});
    expect(await runRoute({ jsonl: devFile }, { stdout: out.stream, stderr: capture().stream }, deps({ privacy: cliPrivacy(settings) }))).toBe(0);
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

describe('CLI candidates', () => {
  it('uses configured models by metadata, else stand-ins named local and cloud', () => {
    expect(cliCandidates({ local: [], providers: [] })).toMatchObject({ local: [{ id: 'local', kind: 'local' }], cloud: [{ id: 'cloud', kind: 'cloud' }] });
    const c = cliCandidates({
      local: [{ id: 'tiny', path: '/m/tiny.gguf', contextSize: 2048 }],
      providers: [{ id: 'acme', kind: 'openai', requiresApiKey: true, models: [{ id: 'big-1', contextLength: 200_000, capabilities: { tools: true, vision: true, jsonSchema: true, embeddings: false } }] }],
    });
    expect(c.local).toMatchObject([{ id: 'tiny', contextLength: 2048 }]);
    expect(c.cloud).toMatchObject([{ id: 'big-1', provider: 'acme', contextLength: 200_000 }]);
  });
});
