import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { createAnalyzer, SENSITIVITIES } from '../lib/analyze';
import { builtInRules, CATEGORIES } from '../lib/rules';
import { devFiles, readCorpus, type Sample } from './corpus';
import { type Counts, score } from './metrics';
import { ROOT } from './paths';

const USAGE = `Usage: npm run eval -- [--split dev|devN|test|all] [--sensitivity low|medium|high] [--show-test]

Scores the analyzer on the labelled corpus in tests/corpus/: precision, recall and F1 overall
(a sample counts as flagged when it has at least one finding) and per category. Lists the misses
of the dev split; the held-out test split's misses are only listed with --show-test. --split dev
scores all tuning splits together, --split dev19 one of them.`;

const Args = z.object({
  split: z._default(z.string().check(z.regex(/^(?:dev\d*|test|all)$/)), 'all'),
  sensitivity: z._default(z.enum(SENSITIVITIES), 'medium'),
  showTest: z._default(z.boolean(), false),
});

function parseArgs(argv: string[]): z.infer<typeof Args> | null {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help') return null;
    if (arg === '--split') raw.split = argv[++i];
    else if (arg === '--sensitivity') raw.sensitivity = argv[++i];
    else if (arg === '--show-test') raw.showTest = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

const pct = (x: number) => x.toFixed(3);

function evaluate(
  name: string,
  samples: Sample[],
  sensitivity: z.infer<typeof Args>['sensitivity'],
  listMisses: boolean,
) {
  const analyzer = createAnalyzer(builtInRules(), { sensitivity });
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const perCategory = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 } as Counts]));
  const misses: string[] = [];
  for (const sample of samples) {
    const findings = analyzer.analyze(sample.text);
    const flagged = findings.length > 0;
    if (flagged && sample.hype) overall.tp++;
    else if (flagged) overall.fp++;
    else if (sample.hype) overall.fn++;
    const predicted = new Set(findings.map((f) => f.category));
    const expected = new Set(sample.hype ? sample.categories : []);
    for (const c of CATEGORIES) {
      const counts = perCategory.get(c) as Counts;
      if (predicted.has(c) && expected.has(c)) counts.tp++;
      else if (predicted.has(c)) counts.fp++;
      else if (expected.has(c)) counts.fn++;
    }
    if (listMisses && flagged !== sample.hype) {
      const what = flagged
        ? `FP ${findings.map((f) => `${f.ruleId}:"${f.quote}"`).join(' ')}`
        : `FN expected ${sample.categories.join(',')} ${analyzer
            .explain(sample.text)
            .map((v) => `${v.ruleId}:"${v.quote}"=${v.suppressed}`)
            .join(' ')}`;
      misses.push(
        `  ${sample.id} [${sample.kind}] ${what}\n      ${sample.text.replace(/\n/g, ' ').slice(0, 240)}`,
      );
    }
  }
  const s = score(overall);
  console.log(
    `\n== ${name}: ${samples.length} samples (${samples.filter((x) => x.hype).length} hype), sensitivity ${sensitivity}`,
  );
  console.log(
    `overall   precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${overall.tp}, fp ${overall.fp}, fn ${overall.fn})`,
  );
  console.log("per category (a finding's category against the sample's labels):");
  for (const [c, counts] of perCategory) {
    const cs = score(counts);
    console.log(
      `  ${c.padEnd(22)} P ${pct(cs.precision)}  R ${pct(cs.recall)}  F1 ${pct(cs.f1)}   (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`,
    );
  }
  if (listMisses)
    console.log(
      misses.length ? `misses (${misses.length}):\n${misses.join('\n')}` : 'misses: none',
    );
  return s;
}

function main(argv: string[]): number {
  let args: z.infer<typeof Args> | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const root = pathToFileURL(join(ROOT, 'tests', 'corpus', '/'));
  if (args.split !== 'test') {
    const one = /^dev\d+$/.test(args.split) ? `${args.split}.jsonl` : null;
    const files = devFiles(root.pathname).filter((f) => !one || f === one);
    if (files.length === 0) {
      console.error(`eval: no tuning split ${args.split} in tests/corpus/\n\n${USAGE}`);
      return 1;
    }
    const dev = files.flatMap((f) => readCorpus(new URL(f, root).pathname));
    evaluate(`dev split (${files.join(' + ')})`, dev, args.sensitivity, true);
  }
  if (args.split === 'test' || args.split === 'all')
    evaluate(
      'held-out test split',
      readCorpus(new URL('test.jsonl', root).pathname),
      args.sensitivity,
      args.showTest,
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
