/**
 * Scan speed of the privacy detectors: MB/s, p50/p99 latency for 1 KB and 100 KB prompts, and pathological inputs.
 * Run: npx tsx tests/bench/privacy-throughput.ts [--source] [--latency-only]
 * (--latency-only skips the pathological 8 MB inputs, which take minutes with the tagger.)
 * The scanner is measured as it ships: bundled by esbuild, as in `switchyard serve` (dist/cli) and the desktop
 * main process (Vite). `--source` measures the TypeScript sources through tsx's module loader instead, which
 * runs unbundled modules and is slower per call.
 * Prompts are real user prompts (Arena-Hard v2.0 from ../shared) cut into 1 KB / 100 KB pieces, so each timed scan
 * sees different text (no cache hits from repeats); without ../shared a synthetic prose corpus is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as PrivacyModule from '../../electron/core/privacy';
import { repoRoot, sharedDir } from '../helpers/fixtures';

const fromSource = process.argv.includes('--source');
// Inside the repository (dist/ is ignored) so the bundle's external packages resolve from node_modules.
const bundle = join(repoRoot, 'dist', 'bench', 'privacy.mjs');
if (!fromSource) {
  await build({ entryPoints: [join(repoRoot, 'electron/core/privacy/index.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
}
const { ScanInputTooLargeError, cheapDetectors, defaultDetectors, scanText: scanAll } = (await import(fromSource ? '../../electron/core/privacy' : pathToFileURL(bundle).href)) as typeof PrivacyModule;
/** The detector set the latency lines use: all (rules + learned tagger), or the rules alone (--structured-only path). */
let detectors: PrivacyModule.Detector[] = [...defaultDetectors];
const scanText = (text: string): PrivacyModule.ScanResult => scanAll(text, { detectors });

const arena = join(sharedDir, 'data', 'router', 'arena-hard', 'v2.0', 'question.jsonl');
const corpus = existsSync(arena)
  ? readFileSync(arena, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { prompt: string }).prompt).join('\n\n')
  : Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} asks how to sort a list in Python and why the result differs. `).join('');
const pii = ' Reach me at sam.lee@example.org or 312-555-0186; my card is 4111 1111 1111 1111. ';

function pieces(size: number, count: number, withPii: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i += 1) {
    const start = (i * 7919 * 13) % Math.max(1, corpus.length - size);
    const text = corpus.slice(start, start + size);
    out.push(withPii ? text.slice(0, size - pii.length - 1) + pii : text);
  }
  return out;
}

function latency(texts: string[], rounds: number): { p50: number; p99: number; mbps: number; cpu: number } {
  for (const text of texts) scanText(text); // warm-up: one untimed pass, so the figures are the steady state a running server sees
  const micros: number[] = [];
  let bytes = 0;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r += 1) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      scanText(text);
      micros.push(Number(process.hrtime.bigint() - t0) / 1000);
      bytes += Buffer.byteLength(text);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  micros.sort((a, b) => a - b);
  const at = (q: number): number => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!;
  return { p50: at(0.5), p99: at(0.99), mbps: bytes / 1024 / 1024 / seconds, cpu: (cpu.user + cpu.system) / micros.length };
}

const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
console.log(`privacy scan throughput (${existsSync(arena) ? 'Arena-Hard v2.0 prompts' : 'synthetic prose'}), ${fromSource ? 'TypeScript sources through tsx' : 'bundled as shipped'}, node ${process.version}`);
console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (wall-clock percentiles include time the process was descheduled; cpu is this process's CPU time per scan)`);
for (const [set, chosen] of [['rules only (structured path, no learned tagger)', cheapDetectors], ['rules + learned PERSON/ADDRESS tagger', defaultDetectors]] as const) {
  detectors = [...chosen];
  console.log(set);
  for (const [label, size, count, rounds, withPii] of [
    ['1 KB prompt', 1024, 500, 4, false],
    ['1 KB prompt + email, phone, card', 1024, 500, 4, true],
    ['100 KB prompt', 100 * 1024, 20, 3, false],
  ] as const) {
    const { p50, p99, mbps, cpu } = latency(pieces(size, count, withPii), rounds);
    console.log(`  ${label.padEnd(32)} p50 ${fmt(p50).padStart(7)} µs   p99 ${fmt(p99).padStart(7)} µs   cpu ${fmt(cpu).padStart(7)} µs/scan   ${mbps.toFixed(1)} MB/s`);
  }
}
detectors = [...defaultDetectors];

const MB = 1024 * 1024;
const junk: [string, string][] = [
  ['8 MB run of digits', '1'.repeat(8 * MB)],
  ['8 MB of digit groups "1234 "', '1234 '.repeat((8 * MB) / 5)],
  ['8 MB of @', '@'.repeat(8 * MB)],
  ['8 MB of dots', '.'.repeat(8 * MB)],
  ['8 MB of "a@a."', 'a@a.'.repeat((8 * MB) / 4)],
  ['8 MB of "password="', 'password='.repeat(Math.floor((8 * MB) / 9))],
  ['8 MB of "1.1.1.1. "', '1.1.1.1. '.repeat(Math.floor((8 * MB) / 9))],
  ['8 MB of e-mail addresses (1.2 M findings)', 'a@b.io '.repeat(Math.floor((8 * MB) / 7))],
  ['4 M chars of binary junk (≈6 MB)', Buffer.from(Array.from({ length: 4 * MB }, (_, i) => (i * 2654435761) % 256)).toString('latin1')],
];
for (const [label, text] of process.argv.includes('--latency-only') ? [] : junk) {
  const t0 = performance.now();
  scanText(text.slice(0, 8 * MB - 64));
  console.log(`${label.padEnd(34)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
}
const t0 = performance.now();
try {
  scanText('x'.repeat(10 * MB));
} catch (error) {
  if (!(error instanceof ScanInputTooLargeError)) throw error;
  console.log(`${'10 MB input (over the 8 MB limit)'.padEnd(34)} refused in ${(performance.now() - t0).toFixed(1)} ms: ${error.message}`);
}
