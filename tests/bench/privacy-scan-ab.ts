/**
 * A/B scan speed: the privacy engine of another checkout (e.g. the commit before a change, from `git archive`)
 * against this one, on the same 1 KB Arena-Hard pieces, in alternating blocks within one process. On a shared,
 * loaded machine this gives a fairer before/after than two runs of privacy-throughput.ts minutes apart.
 * Run: npx tsx tests/bench/privacy-scan-ab.ts /path/to/other/checkout
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot, sharedDir } from '../helpers/fixtures';

const other = process.argv[2];
const arena = join(sharedDir, 'data', 'router', 'arena-hard', 'v2.0', 'question.jsonl');
if (other === undefined || !existsSync(join(other, 'electron/core/privacy/index.ts')) || !existsSync(arena)) {
  console.log('usage: npx tsx tests/bench/privacy-scan-ab.ts OTHER_CHECKOUT (needs ../shared for the prompts)');
  process.exit(other === undefined ? 1 : 0);
}
type Scan = (text: string) => unknown;
const scanners: [string, Scan][] = [];
for (const [name, root] of [['other', other], ['this', repoRoot]] as const) {
  // Inside this repository (dist/ is ignored) so the bundles' external packages resolve from node_modules.
  const file = join(repoRoot, 'dist', 'bench', `privacy-ab-${name}.mjs`);
  await build({ entryPoints: [join(root, 'electron/core/privacy/index.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  scanners.push([name, ((await import(pathToFileURL(file).href)) as { scanText: Scan }).scanText]);
}
const corpus = readFileSync(arena, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { prompt: string }).prompt).join('\n\n');
const texts: string[] = [];
for (let i = 0; texts.length < 500; i += 1) {
  const start = (i * 7919 * 13) % (corpus.length - 1024);
  texts.push(corpus.slice(start, start + 1024));
}
const micros = new Map<string, number[]>(scanners.map(([name]) => [name, []]));
for (const [, scan] of scanners) for (const text of texts) scan(text); // warm-up
for (let round = 0; round < 10; round += 1) {
  for (const [name, scan] of round % 2 === 0 ? scanners : [...scanners].reverse()) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      scan(text);
      micros.get(name)!.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
}
console.log(`1 KB Arena-Hard pieces, ${texts.length} × 10 rounds each, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const [name, list] of micros) {
  list.sort((a, b) => a - b);
  const at = (q: number): string => list[Math.floor(q * list.length)]!.toFixed(1);
  console.log(`${name === 'this' ? 'this checkout ' : `${other} `.padEnd(14)} p10 ${at(0.1)} µs   p50 ${at(0.5)} µs   p90 ${at(0.9)} µs`);
}
