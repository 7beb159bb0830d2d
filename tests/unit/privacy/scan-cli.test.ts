import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../../electron/core/cli/commands/scan';

async function scan(lines: string[]): Promise<{ code: number; out: unknown[]; err: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'scan-')), 'in.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runScan({ jsonl: file }, { stdout, stderr });
  return { code, out: out.trim().split('\n').map((line) => JSON.parse(line) as unknown), err };
}

describe('switchyard scan --jsonl', () => {
  it('writes one line per input line, in order, with JS string offsets', async () => {
    const { code, out } = await scan([
      JSON.stringify({ id: 'a', text: '😀 mail sam@example.org' }),
      JSON.stringify({ id: 2, text: 'nothing here' }),
    ]);
    expect(code).toBe(0);
    expect(out).toEqual([
      { id: 'a', entities: [{ type: 'EMAIL', start: 8, end: 23 }] },
      { id: 2, entities: [] },
    ]);
  });

  it('answers a malformed line with an error line and goes on', async () => {
    const { code, out } = await scan(['{not json', JSON.stringify({ id: 'x' }), '', JSON.stringify({ id: 'ok', text: 'card 4111 1111 1111 1111' })]);
    expect(code).toBe(0);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ error: expect.stringContaining('not a JSON object') });
    expect(out[1]).toMatchObject({ id: 'x', error: expect.stringContaining('text') });
    expect(out[2]).toMatchObject({ error: expect.any(String) });
    expect(out[3]).toEqual({ id: 'ok', entities: [{ type: 'CREDIT_CARD', start: 5, end: 24 }] });
  });

  it('leaves categories out of the entity list', async () => {
    const { out } = await scan([JSON.stringify({ id: 'h', text: 'I was diagnosed with cancer.' })]);
    expect(out).toEqual([{ id: 'h', entities: [] }]);
  });

  it('says so when the file cannot be read', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(await runScan({ jsonl: '/nonexistent/in.jsonl' }, { stdout, stderr })).toBe(1);
    expect(err).toMatch(/cannot read \/nonexistent\/in.jsonl/);
  });
});
