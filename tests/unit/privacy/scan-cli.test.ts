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

  it('emits the identifier types (national ids, wallets, cued documents and birth dates)', async () => {
    const text = 'DOB 12/03/1985, MRN: 00123456, passport no. C01X00T47, DL# 12345678, NINO AB123456C, Steuer-ID 86095742719, '
      + 'NIR 255081416802538, DNI 12345678Z, CF RSSMRA85T10A562S, BSN 111222333, Aadhaar 234123412346, '
      + 'BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
    const { out } = await scan([JSON.stringify({ id: 'ids', text })]);
    const entities = (out[0] as { entities: { type: string; start: number; end: number }[] }).entities;
    expect(entities.map((e) => [e.type, text.slice(e.start, e.end)])).toEqual([
      ['DATE_OF_BIRTH', '12/03/1985'], ['MEDICAL_RECORD_NUMBER', '00123456'], ['PASSPORT', 'C01X00T47'],
      ['DRIVER_LICENSE', '12345678'], ['UK_NINO', 'AB123456C'], ['DE_TAX_ID', '86095742719'], ['FR_NIR', '255081416802538'],
      ['ES_DNI', '12345678Z'], ['IT_FISCAL_CODE', 'RSSMRA85T10A562S'], ['NL_BSN', '111222333'], ['IN_AADHAAR', '234123412346'],
      ['CRYPTO_WALLET', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ]);
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
