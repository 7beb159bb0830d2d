/**
 * PERSON precision and recall of the scanner as shipped (rules + learned tagger) on hand-written chat requests
 * (tests/bench/data/person-requests.txt: names of many cultures, alone or in full, lower-case, at the start, in
 * lists; and requests that name nobody), beside presidio's synthetic sentences in privacy-ner-compare.ts. Also
 * counts PERSON spans on 500 real prompts without labels (Arena-Hard, first 1 KB each), where few real names occur.
 * Run: npx tsx tests/bench/privacy-person-requests.ts [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../electron/core/privacy';
import { repoRoot, sharedDir } from '../helpers/fixtures';

interface Labelled { text: string; names: { start: number; end: number }[] }

/** "Ask [[PERSON:Priya]] today" → the text without markup and the name's offsets. */
function parseMarkup(line: string): Labelled {
  let text = '';
  const names: Labelled['names'] = [];
  let from = 0;
  for (const m of line.matchAll(/\[\[PERSON:([^\]]+)\]\]/g)) {
    text += line.slice(from, m.index);
    names.push({ start: text.length, end: text.length + m[1]!.length });
    text += m[1];
    from = m.index + m[0].length;
  }
  return { text: text + line.slice(from), names };
}

const show = process.argv.includes('--show');
const requests = readFileSync(join(repoRoot, 'tests/bench/data/person-requests.txt'), 'utf8').split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#')).map(parseMarkup);
const names = requests.reduce((n, r) => n + r.names.length, 0);
let tp = 0;
let fp = 0;
let fn = 0;
for (const { text, names: gold } of requests) {
  const found = scanText(text).spans.filter((s) => s.type === 'PERSON');
  for (const n of gold) {
    if (found.some((s) => s.start < n.end && n.start < s.end)) continue;
    fn += 1;
    if (show) console.log(`  missed "${text.slice(n.start, n.end)}" in: ${text}`);
  }
  for (const s of found) {
    if (gold.some((n) => s.start < n.end && n.start < s.end)) tp += 1;
    else {
      fp += 1;
      if (show) console.log(`  false "${text.slice(s.start, s.end)}" in: ${text}`);
    }
  }
}
console.log(`${requests.length} hand-written requests, ${names} names (overlap match)`);
console.log(`PERSON precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${((names - fn) / names).toFixed(3)}  (${fn} missed, ${fp} false)`);

const arena = join(sharedDir, 'data', 'router', 'arena-hard', 'v2.0', 'question.jsonl');
if (existsSync(arena)) {
  const real = readFileSync(arena, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { prompt: string }).prompt.slice(0, 1024)).slice(0, 500);
  const hits = real.reduce((n, text) => n + scanText(text).spans.filter((s) => s.type === 'PERSON').length, 0);
  console.log(`PERSON spans on ${real.length} real prompts without labels (Arena-Hard, first 1 KB): ${hits}`);
}
