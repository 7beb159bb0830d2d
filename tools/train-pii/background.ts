/**
 * Real text without labels, used as negatives (every token O) and as carriers around generated names: short user
 * requests (CLINC150, Bot Framework chit-chat, self-instruct seed tasks, from ../shared/data/router) and source code
 * (this repository's own TypeScript, Python files installed under node_modules). Texts that contain a word of the
 * name lists are dropped, so real but unlabelled names do not become negatives. The corpora used to check the
 * tagger's precision (Arena-Hard, OpenAssistant, HumanEval, MBPP) and ../shared/bench are never read here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

export interface Background {
  prose: string[];
  code: string[];
}

const routerDir = (shared: string): string => join(shared, 'data', 'router');

function walk(dir: string, keep: (path: string) => boolean, out: string[], depth = 0): void {
  if (depth > 12 || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === '.git' || name === 'dist' || name === 'out') continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (stat.isDirectory()) walk(path, keep, out, depth + 1);
    else if (stat.size < 200_000 && keep(path)) out.push(path);
  }
}

/** Pieces of 3–14 lines of each file, comments and licence headers included. */
function codePieces(files: string[]): string[] {
  const pieces: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; ) {
      const size = 3 + ((i * 7 + lines.length) % 12);
      const piece = lines.slice(i, i + size).join('\n').trim();
      if (piece.length > 20) pieces.push(piece.slice(0, 1500));
      i += size;
    }
  }
  return pieces;
}

/**
 * `common`: given names that are not everyday words (dropped in any casing); `listed`: every name of the
 * gazetteers (dropped when capitalised inside a sentence, where it is likely a name).
 */
export function loadBackground(repoRoot: string, shared: string, common: ReadonlySet<string>, listed: ReadonlySet<string>): Background {
  // All-lower-case requests (CLINC150) write names in lower case too: there any common given name drops the text.
  // Elsewhere only a capitalised listed name inside a sentence does (code keeps `max`, `elif`, `will`).
  const clean = (text: string): boolean => {
    const words = text.split(/[^\p{L}'’-]+/u);
    const lower = text === text.toLowerCase();
    return !words.some((word, i) => (lower && common.has(word)) || (i > 0 && /^\p{Lu}\p{Ll}/u.test(word) && listed.has(word.toLowerCase())));
  };
  const prose: string[] = [];
  const router = routerDir(shared);
  const clincFile = join(router, 'clinc150', 'data_full.json');
  if (existsSync(clincFile)) {
    const clinc = z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))).parse(JSON.parse(readFileSync(clincFile, 'utf8')));
    for (const rows of Object.values(clinc)) for (const [utterance] of rows) prose.push(utterance);
  }
  const chitchat = join(router, 'botframework-chitchat', 'Chitchat_en-us.qna');
  if (existsSync(chitchat)) {
    for (const line of readFileSync(chitchat, 'utf8').split('\n')) {
      const text = line.replace(/^(?:- |## \? )/, '').trim();
      if (text.length > 3 && !text.startsWith('>') && !text.startsWith('```')) prose.push(text);
    }
  }
  const seeds = join(router, 'self-instruct', 'seed_tasks.jsonl');
  if (existsSync(seeds)) {
    const task = z.object({ instruction: z.string(), instances: z.array(z.object({ input: z.string(), output: z.string() })) });
    for (const line of readFileSync(seeds, 'utf8').trim().split('\n')) {
      const row = task.parse(JSON.parse(line));
      prose.push(row.instruction);
      for (const instance of row.instances) for (const text of [instance.input, instance.output]) if (text.length > 3) prose.push(text.slice(0, 1500));
    }
  }
  const files: string[] = [];
  walk(join(repoRoot, 'electron'), (p) => p.endsWith('.ts'), files);
  walk(join(repoRoot, 'renderer'), (p) => /\.tsx?$/.test(p), files);
  walk(join(repoRoot, 'shared'), (p) => p.endsWith('.ts'), files);
  walk(join(repoRoot, 'node_modules', '@electron', 'node-gyp'), (p) => p.endsWith('.py'), files);
  walk(join(repoRoot, 'node_modules', 'flatted'), (p) => p.endsWith('.py'), files);
  const code = codePieces(files.filter((f) => !relative(repoRoot, f).includes('first-names')).sort());
  return { prose: prose.filter(clean), code: code.filter(clean) };
}
