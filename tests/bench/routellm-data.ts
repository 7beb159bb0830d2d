import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One RouteLLM evaluation prompt with the strong (GPT-4) and weak (Mixtral) model's correctness. */
export interface BenchPrompt {
  prompt: string;
  strong: number;
  weak: number;
}

/** RFC 4180 CSV (quoted fields may hold commas, newlines and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const bool = z.enum(['True', 'False']).transform((v) => (v === 'True' ? 1 : 0));

function readResponses(file: string): BenchPrompt[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  const strongCol = header.findIndex((h) => h === 'gpt-4-1106-preview');
  const weakCol = header.findIndex((h) => h === 'mistralai/Mixtral-8x7B-Instruct-v0.1');
  const promptCol = header.indexOf('prompt');
  if (strongCol < 0 || weakCol < 0 || promptCol < 0) throw new Error(`${file}: unexpected header ${header.join(',')}`);
  return rows.filter((r) => r.length === header.length).map((r) => ({
    prompt: z.string().parse(r[promptCol]), strong: bool.parse(r[strongCol]), weak: bool.parse(r[weakCol]),
  }));
}

/** Prompts RouteLLM removes because they overlap its routers' training data; removed here too, to compare alike. */
function contaminated(file: string): Set<string> {
  const rowSchema = z.object({ eval_prompt: z.string() });
  return new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => rowSchema.parse(JSON.parse(l)).eval_prompt));
}

export function loadGsm8k(benchDir: string): BenchPrompt[] {
  const skip = contaminated(join(benchDir, 'gsm8k', 'contaminated_prompts.jsonl'));
  return readResponses(join(benchDir, 'gsm8k', 'gsm8k_responses.csv')).filter((p) => !skip.has(p.prompt));
}

export function loadMmlu(benchDir: string): BenchPrompt[] {
  const dir = join(benchDir, 'mmlu', 'responses');
  const skip = contaminated(join(benchDir, 'mmlu', 'contaminated_prompts.jsonl'));
  return readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()
    .flatMap((f) => readResponses(join(dir, f))).filter((p) => !skip.has(p.prompt));
}
