import { open, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { privacyEntityTypes } from '../../../../shared/settings/privacy';
import { scanText } from '../../privacy';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });
const entityTypes = new Set<string>(privacyEntityTypes);

/**
 * `switchyard scan --jsonl FILE` (DESIGN.md §4): `{id, text}` in → `{id, entities: [{type, start, end}]}` out, one
 * line per input line, in order, streamed. A malformed line yields `{id?, error}` and the run goes on. Categories
 * (HEALTH…) are not entities and are not listed; a failed detector adds `"failedClosed": true`.
 */
export async function runScan(args: { jsonl: string }, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let file: FileHandle;
  try {
    file = await open(args.jsonl, 'r');
  } catch (error) {
    io.stderr.write(`switchyard scan: cannot read ${args.jsonl}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const lines = createInterface({ input: file.createReadStream({ encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!io.stdout.write(`${JSON.stringify(scanLine(line))}\n`)) await once(io.stdout, 'drain');
  }
  return 0;
}

function scanLine(line: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: 'not a JSON object: expected {"id": ..., "text": "..."}' };
  }
  const parsed = lineSchema.safeParse(raw);
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ...(id === undefined ? {} : { id }), error: `invalid line: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}` };
  }
  try {
    const result = scanText(parsed.data.text);
    const entities = result.spans.filter((s) => entityTypes.has(s.type)).map(({ type, start, end }) => ({ type, start, end }));
    return { id: parsed.data.id, entities, ...(result.failedClosed ? { failedClosed: true } : {}) };
  } catch (error) {
    return { id: parsed.data.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** argv adapter for the CLI's command table: `scan --jsonl FILE`. */
export async function runScanCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { jsonl: { type: 'string' } }, strict: true });
  if (values.jsonl === undefined) throw new UsageError('scan needs --jsonl FILE (one {"id", "text"} object per line)');
  return runScan({ jsonl: values.jsonl }, io);
}
