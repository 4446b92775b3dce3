import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import {
  decodeWeights,
  type PitchModel,
  pitchFeatures,
  WEIGHT_ALPHABET,
} from '../lib/analyze/pitch';
import { devFiles, readCorpus } from './corpus';
import { score } from './metrics';
import { ROOT } from './paths';

const USAGE = `Usage: npm run train -- [--cv] [--without SPLIT,...] [--bits N] [--levels N]

Trains the pitch model (lib/analyze/pitch.ts) on the tuning splits tests/corpus/dev*.jsonl and
writes lib/analyze/pitch-model.ts. The held-out test split is never read.
  --cv            only report: leave one tuning split out at a time, train on the others, and
                  score the split that was left out (each split has its own writer)
  --without S,..  leave these splits out of training (to score them as unseen data)
  --bits N        2^N hashed feature buckets (default 13)
  --levels N      weight steps after quantisation (default 6)
  --scores FILE   with --cv, also write each sample's left-out score as JSON lines`;

const Args = z.object({
  cv: z._default(z.boolean(), false),
  without: z._default(z.array(z.string()), []),
  bits: z._default(z.number().check(z.int(), z.minimum(8), z.maximum(16)), 13),
  levels: z._default(z.number().check(z.int(), z.minimum(4), z.maximum(64)), 6),
  scores: z.optional(z.string()),
});
type Args = z.infer<typeof Args>;

// Plain stochastic gradient descent on the logistic loss, with a little L2 shrinkage.
const EPOCHS = 10;
const LEARNING_RATE = 0.1;
const L2 = 1e-2;
// Weights beyond this quantile of |w| are clipped, so the steps resolve the many small weights.
const CLIP_QUANTILE = 0.995;

interface Example {
  id: string;
  split: string;
  features: number[];
  hype: boolean;
}

function parseArgs(argv: string[]): Args | null {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help') return null;
    if (arg === '--cv') raw.cv = true;
    else if (arg === '--without') raw.without = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--bits') raw.bits = Number(argv[++i]);
    else if (arg === '--levels') raw.levels = Number(argv[++i]);
    else if (arg === '--scores') raw.scores = argv[++i];
    else throw new Error(`unknown argument ${arg}`);
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

/** A small seeded generator (mulberry32), so that training is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Logistic regression over the examples' hashed features. */
function fitWeights(examples: Example[], bits: number): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(1 << bits);
  let bias = 0;
  const next = random(1);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const { features, hype } = examples[index] as Example;
      let z = bias;
      for (const f of features) z += weights[f] as number;
      const gradient = 1 / (1 + Math.exp(-z)) - (hype ? 1 : 0);
      for (const f of features)
        weights[f] =
          (weights[f] as number) - LEARNING_RATE * (gradient + L2 * (weights[f] as number));
      bias -= LEARNING_RATE * gradient;
    }
  }
  return { weights, bias };
}

/** Writes the weights as one character each, in `levels` equal steps. */
function quantise(weights: Float64Array, bias: number, bits: number, levels: number): PitchModel {
  const sorted = [...weights].map(Math.abs).sort((a, b) => a - b);
  const clip = sorted[Math.floor(CLIP_QUANTILE * (sorted.length - 1))] || 1;
  const zero = levels >> 1;
  const scale = clip / (zero - 1);
  let text = '';
  for (const w of weights) {
    const step = Math.max(-zero, Math.min(levels - 1 - zero, Math.round(w / scale)));
    text += WEIGHT_ALPHABET[step + zero];
  }
  return { bits, levels, scale, bias, weights: text };
}

function train(examples: Example[], args: Args): PitchModel {
  const { weights, bias } = fitWeights(examples, args.bits);
  return quantise(weights, bias, args.bits, args.levels);
}

/** Area under the ROC curve: the chance that a random pitch scores above a random non-pitch. */
function auc(scored: { p: number; hype: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let positives = 0;
  sorted.forEach((s, rank) => {
    if (s.hype) {
      rankSum += rank;
      positives++;
    }
  });
  const negatives = sorted.length - positives;
  return (rankSum - (positives * (positives - 1)) / 2) / (positives * negatives);
}

function report(name: string, scored: { p: number; hype: boolean }[]) {
  const at = (threshold: number) => {
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of scored) {
      if (s.p > threshold && s.hype) counts.tp++;
      else if (s.p > threshold) counts.fp++;
      else if (s.hype) counts.fn++;
    }
    const m = score(counts);
    return `at ${threshold}: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
  };
  console.log(`${name.padEnd(8)} AUC ${auc(scored).toFixed(4)}  ${at(0.5)}  ${at(0.8)}`);
}

function main(argv: string[]): number {
  let args: Args | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`train: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const folder = join(ROOT, 'tests', 'corpus');
  const bits = args.bits;
  const examples: Example[] = devFiles(folder).flatMap((file) =>
    readCorpus(join(folder, file)).map((s) => ({
      id: s.id,
      split: file.replace(/\.jsonl$/, ''),
      features: pitchFeatures(s.text, bits),
      hype: s.hype,
    })),
  );
  const without = new Set(args.without);
  const training = examples.filter((e) => !without.has(e.split));
  if (args.cv) {
    const splits = [...new Set(training.map((e) => e.split))];
    const all: { id: string; p: number; hype: boolean }[] = [];
    for (const split of splits) {
      const model = train(
        training.filter((e) => e.split !== split),
        args,
      );
      const weights = decodeWeights(model);
      const scored = training
        .filter((e) => e.split === split)
        .map((e) => ({
          id: e.id,
          p: scoreFeatures(weights, model.bias, e.features),
          hype: e.hype,
        }));
      report(split, scored);
      all.push(...scored);
    }
    report('all', all);
    if (args.scores) writeFileSync(args.scores, all.map((s) => `${JSON.stringify(s)}\n`).join(''));
    return 0;
  }
  const model = train(training, args);
  const out = join(ROOT, 'lib', 'analyze', 'pitch-model.ts');
  writeFileSync(out, renderModel(model, [...new Set(training.map((e) => e.split))]));
  const weights = decodeWeights(model);
  report(
    'training',
    training.map((e) => ({ p: scoreFeatures(weights, model.bias, e.features), hype: e.hype })),
  );
  if (without.size > 0)
    report(
      'unseen',
      examples
        .filter((e) => without.has(e.split))
        .map((e) => ({ p: scoreFeatures(weights, model.bias, e.features), hype: e.hype })),
    );
  console.log(`wrote ${out}`);
  return 0;
}

/** The score of a block from its features (as `scoreWith` computes it from text). */
function scoreFeatures(weights: Float64Array, bias: number, features: number[]): number {
  let z = bias;
  for (const f of features) z += weights[f] as number;
  return 1 / (1 + Math.exp(-z));
}

const LINE = 100;

function renderModel(model: PitchModel, splits: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < model.weights.length; i += LINE)
    lines.push(`    '${model.weights.slice(i, i + LINE)}',`);
  return `// Generated by \`npm run train\` from tests/corpus/{${splits.join(',')}}.jsonl; do not edit.
import type { PitchModel } from './pitch';

/** The shipped pitch model: ${1 << model.bits} hashed word and word-pair weights. */
export const PITCH_MODEL: PitchModel = {
  bits: ${model.bits},
  levels: ${model.levels},
  scale: ${model.scale},
  bias: ${model.bias},
  weights: [
${lines.join('\n')}
  ].join(''),
};
`;
}

process.exitCode = main(process.argv.slice(2));
