import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAnalyzer } from '../lib/analyze';
import { compilePrefilter } from '../lib/analyze/prefilter';
import { builtInRules } from '../lib/rules';
import { generateFeed } from '../tests/bench/feed';
import { ROOT } from './paths';

// Benchmarks the analyzer against floors measured in the same run: these machines are noisy,
// so only ratios between numbers taken side by side mean anything.
const MB = 1024 * 1024;
const TMP = join(ROOT, '.tmp');

function time(fn: () => void, repeat = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(46)} ${value}`);
}

function inProcess(): void {
  const posts = generateFeed(4 * MB).map((p) => p.text);
  const bytes = posts.reduce((a, p) => a + p.length, 0);
  const analyzer = createAnalyzer(builtInRules());
  const floor = compilePrefilter(builtInRules().flatMap((r) => r.triggers)) as RegExp;
  let findings = 0;
  const floorMs = time(() => {
    for (const p of posts) {
      floor.lastIndex = 0;
      floor.test(p);
    }
  });
  const analyzeMs = time(() => {
    findings = 0;
    for (const p of posts) findings += analyzer.analyze(p).length;
  });
  const quarter = posts.slice(0, Math.floor(posts.length / 4));
  const quarterMs = time(() => {
    for (const p of quarter) analyzer.analyze(p);
  });
  const huge = 'make passive income on autopilot with AI, no skills needed '.repeat(4_000);
  const hugeMs = time(() => analyzer.analyze(huge), 1);
  const huge4Ms = time(() => analyzer.analyze(huge.repeat(4)), 1);
  console.log(
    `\nIn process: ${(bytes / MB).toFixed(1)} MB of feed-like text, ${posts.length} posts, ${findings} findings`,
  );
  row(
    'floor: one combined trigger regex pass',
    `${(bytes / MB / (floorMs / 1000)).toFixed(1)} MB/s`,
  );
  row(
    'analyzer (prefilter + compromise + context)',
    `${(bytes / MB / (analyzeMs / 1000)).toFixed(1)} MB/s`,
  );
  row('analyzer time / floor time', `${(analyzeMs / floorMs).toFixed(1)}x`);
  row(
    'linearity: 4x the posts / 1x the posts',
    `${(analyzeMs / quarterMs).toFixed(2)} (4.00 is linear)`,
  );
  row(
    'linearity: one 960 kB hype sentence / 240 kB',
    `${(huge4Ms / hugeMs).toFixed(2)} (4.00 is linear)`,
  );
}

function wholeProcess(): void {
  mkdirSync(TMP, { recursive: true });
  const file = join(TMP, 'bench-feed.jsonl');
  const lines = generateFeed(6.4 * MB, 0.03, 7).map((p, i) =>
    JSON.stringify({ id: `p${i}`, text: p.text }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  const bytes = lines.reduce((a, l) => a + l.length + 1, 0);
  const baseline = join(TMP, 'bench-baseline.mjs');
  const triggers = JSON.stringify(
    compilePrefilter(builtInRules().flatMap((r) => r.triggers))?.source,
  );
  writeFileSync(
    baseline,
    `import { readFileSync } from 'node:fs';
const re = new RegExp(${triggers}, 'gi');
let hits = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  re.lastIndex = 0;
  if (re.test(text)) hits++;
}
process.stdout.write(hits + '\\n');
`,
  );
  const scan = join(ROOT, 'cli', 'run.mjs');
  const run = (args: string[]) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { maxBuffer: 256 * MB, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    return performance.now() - start;
  };
  run([scan, 'scan', '--jsonl', file]); // warm the build cache
  const baseMs = Math.min(run([baseline, file]), run([baseline, file]), run([baseline, file]));
  const scanMs = Math.min(
    run([scan, 'scan', '--jsonl', file]),
    run([scan, 'scan', '--jsonl', file]),
  );
  console.log(
    `\nWhole process: scan --jsonl over ${(bytes / MB).toFixed(1)} MB (${lines.length} posts)`,
  );
  row(
    'floor: node, parse each line, one trigger regex',
    `${baseMs.toFixed(0)} ms (${(bytes / MB / (baseMs / 1000)).toFixed(1)} MB/s)`,
  );
  row(
    'npm run scan -- --jsonl (node cli/run.mjs)',
    `${scanMs.toFixed(0)} ms (${(bytes / MB / (scanMs / 1000)).toFixed(1)} MB/s)`,
  );
  row('scan / floor', `${(scanMs / baseMs).toFixed(2)}x (target <= 6x, >= 10 MB/s)`);
}

function bundleSize(): void {
  const out = join(TMP, 'analyzer-bundle');
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'entry.ts');
  writeFileSync(
    entry,
    `import { createAnalyzer } from '../../lib/analyze';\nimport { builtInRules } from '../../lib/rules';\nexport const analyzer = createAnalyzer(builtInRules());\n`,
  );
  const bundled = join(out, 'analyzer.js');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [
    entry,
    '--bundle',
    '--minify',
    '--format=esm',
    `--outfile=${bundled}`,
    '--log-level=error',
  ]);
  const code = execFileSync('cat', [bundled]);
  console.log('\nContent-script cost of the analyzer (rules + compromise/one + zod), minified');
  row('raw', `${(code.length / 1024).toFixed(1)} kB`);
  row('gzip', `${(gzipSync(code).length / 1024).toFixed(1)} kB (target <= 80 kB)`);
}

inProcess();
wholeProcess();
bundleSize();
