import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Calibration prompts sampled from ../shared/data/router (never ../shared/bench, which is for
 * evaluation only). Counts per source define the traffic mix the per-mode cloud shares refer to:
 * small talk and short intents (what a desktop assistant mostly sees), real user prompts, hard Arena
 * prompts, code and math tasks. Changing the mix moves the thresholds; keep it in one place.
 */
export const MIX: Record<string, number> = {
  'botframework-chitchat': 300,
  clinc150: 300,
  'openassistant-prompts': 350,
  'vicuna-bench': 80,
  'self-instruct': 175,
  'arena-hard-v0.1': 250,
  'arena-hard-v2.0': 250,
  mbpp: 150,
  humaneval: 100,
  svamp: 150,
};

export interface Prompt { source: string; text: string }

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
const jsonl = (path: string): unknown[] => lines(path).map((l) => JSON.parse(l) as unknown);
const field = (o: unknown, key: string): string => {
  const v = (o as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : '';
};

/** Every prompt of every source, unsampled. */
export function loadAll(dataDir: string): Record<string, string[]> {
  const d = (...p: string[]): string => join(dataDir, ...p);
  const clinc = JSON.parse(readFileSync(d('clinc150', 'data_full.json'), 'utf8')) as Record<string, [string, string][]>;
  const humaneval = gunzipSync(readFileSync(d('humaneval', 'HumanEval.jsonl.gz'))).toString('utf8')
    .split('\n').filter((l) => l.trim() !== '').map((l) => field(JSON.parse(l), 'prompt'));
  return {
    'botframework-chitchat': lines(d('botframework-chitchat', 'Chitchat_en-us.qna')).filter((l) => l.startsWith('- ') && !l.includes('editorial =')).map((l) => l.slice(2).trim()),
    clinc150: (clinc.test ?? []).map(([text]) => text),
    'openassistant-prompts': [
      ...jsonl(d('openassistant-prompts', 'en_100_text.jsonl')),
      ...jsonl(d('openassistant-prompts', 'prompt_lottery_en_250_text.jsonl')),
    ].filter((v): v is string => typeof v === 'string'),
    'vicuna-bench': jsonl(d('fastchat-llm-judge', 'vicuna_bench', 'question.jsonl')).map((o) => {
      const turns = (o as { turns?: unknown }).turns;
      return Array.isArray(turns) && typeof turns[0] === 'string' ? turns[0] : '';
    }),
    'self-instruct': jsonl(d('self-instruct', 'seed_tasks.jsonl')).map((o) => {
      const instances = (o as { instances?: { input?: string }[] }).instances;
      const input = instances?.[0]?.input ?? '';
      return input === '' ? field(o, 'instruction') : `${field(o, 'instruction')}\n${input}`;
    }),
    'arena-hard-v0.1': jsonl(d('arena-hard', 'v0.1', 'question.jsonl')).map((o) => field(o, 'prompt')),
    'arena-hard-v2.0': jsonl(d('arena-hard', 'v2.0', 'question.jsonl')).map((o) => field(o, 'prompt')),
    mbpp: jsonl(d('deepseek-coder-eval', 'mbpp.jsonl')).map((o) => field(o, 'text')),
    humaneval,
    svamp: jsonl(d('deepseek-coder-eval', 'svamp_test.jsonl')).map((o) => `${field(o, 'Body')} ${field(o, 'Question')}`.trim()),
  };
}

/** Deterministic sample (mulberry32 + partial Fisher–Yates), so re-running gives the same set. */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const copy = items.slice();
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}
