import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../../../tests/bench/routellm-data';

/**
 * Real per-prompt outcomes (../shared/data/router-outcomes) as (text, strong quality, weak quality) for one
 * weak/strong pair per source, chosen to match Switchyard's question "will the local-class model do as well
 * as the strong one?":
 *   routerbench — gpt-4-1106-preview vs mixtral-8x7b-chat (the pair RouteLLM's benchmark uses), 0/1 correctness;
 *   llmrouter   — llama-3.1-nemotron-51b vs llama-3.1-8b, score in [0,1];
 *   arena       — gpt-4-1106-preview vs Mixtral-8x7B-Instruct, GPT-4 judge score 1–10 scaled to [0,1].
 * `others` holds the qualities of the source's other local-class models, which training may average into a
 * softer target (one model's coin-flip failures are noise; several models failing is a property of the prompt).
 */
export type OutcomeSource = 'routerbench' | 'llmrouter' | 'arena';
export const SOURCES: readonly OutcomeSource[] = ['routerbench', 'llmrouter', 'arena'];

export interface OutcomeRow {
  source: OutcomeSource;
  /** What a user would have typed: for few-shot ARC/WinoGrande prompts, the last question block. */
  text: string;
  strong: number;
  weak: number;
  others: number[];
}

const ROUTERBENCH = { strong: 'gpt-4-1106-preview', weak: 'mistralai/mixtral-8x7b-chat', others: ['mistralai/mistral-7b-chat', 'WizardLM/WizardLM-13B-V1.2'] };
const LLMROUTER = { strong: 'llama-3.1-nemotron-51b-instruct', weak: 'llama-3.1-8b-instruct', others: ['mistral-7b-instruct-v0.3', 'qwen2.5-7b-instruct', 'gemma-2-9b-it'] };
const ARENA = { strong: 'gpt-4-1106-preview', weak: 'mistralai/Mixtral-8x7B-Instruct-v0.1', others: ['mistralai/Mistral-7B-Instruct-v0.1', 'Starling-LM-7B-alpha', 'openchat_3.5'] };

/** Few-shot prompts end "…Answer:\nB\n\n<the question>"; the routed question is the block after the last exemplar. */
export function lastQuestion(prompt: string): string {
  const parts = prompt.split(/Answer:[ \t]*\n?[A-E][ \t]*\n\s*\n/);
  return (parts[parts.length - 1] ?? prompt).trim();
}

function csvObjects(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const num = (v: string | undefined): number | undefined => (v === undefined || v.trim() === '' ? undefined : Number(v));

function fromColumns(source: OutcomeSource, text: string, get: (col: string) => number | undefined, pair: typeof ROUTERBENCH, scale: number): OutcomeRow | undefined {
  const strong = get(pair.strong); const weak = get(pair.weak);
  if (strong === undefined || weak === undefined || Number.isNaN(strong) || Number.isNaN(weak) || text === '') return undefined;
  const others = pair.others.map(get).filter((v): v is number => v !== undefined && !Number.isNaN(v)).map((v) => v / scale);
  return { source, text, strong: strong / scale, weak: weak / scale, others };
}

const llmrouterSchema = z.object({ prompt: z.string(), scores: z.record(z.string(), z.number()) });

export function loadOutcomes(sharedDir: string): OutcomeRow[] {
  const root = join(sharedDir, 'data', 'router-outcomes');
  const out: OutcomeRow[] = [];
  for (const r of csvObjects(join(root, 'routerbench-subset', 'train.csv'))) {
    const row = fromColumns('routerbench', lastQuestion(r.prompt ?? ''), (c) => num(r[c]), ROUTERBENCH, 1);
    if (row) out.push(row);
  }
  for (const line of readFileSync(join(root, 'llmrouter', 'train.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = llmrouterSchema.parse(JSON.parse(line));
    const row = fromColumns('llmrouter', r.prompt.trim(), (c) => r.scores[c], LLMROUTER, 1);
    if (row) out.push(row);
  }
  for (const r of csvObjects(join(root, 'arena-bench-v1', 'scores.csv'))) {
    const row = fromColumns('arena', (r.prompt ?? '').trim(), (c) => num(r[c]), ARENA, 10);
    if (row) out.push(row);
  }
  return out;
}

/** A prompt's key for de-duplication across sources (and against the priors). */
export const textKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
