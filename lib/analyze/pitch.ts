/** The pitch score: how much a block reads like a seller's pitch rather than commentary on one. */
import * as z from 'zod/mini';
import { PITCH_MODEL } from './pitch-model';

// Words (with an inner apostrophe), sums of money, numbers, and any other single symbol or emoji.
const TOKEN =
  /[$€£¥₹]\s?\d[\d,.]*\s?[km]?(?![\p{L}\p{N}])|\d[\d,.]*|\p{L}+(?:['’]\p{L}+)*|[^\s\p{L}\p{N}]/gu;
/** How much of a block the score reads (its start), and the longest text judged as a post: the score costs linear time whatever the page holds. */
export const PITCH_READ = 4000;
const CURRENCY = '$€£¥₹';

/** The alphabet the weights are written in: one character per weight, 0 in the middle. */
export const WEIGHT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A trained model: one weight per hashed word or word pair, quantised to `levels` steps of `scale`. */
export const PitchModel = z.object({
  bits: z.number().check(z.int(), z.minimum(8), z.maximum(16)),
  levels: z.number().check(z.int(), z.minimum(2), z.maximum(WEIGHT_ALPHABET.length)),
  scale: z.number().check(z.positive()),
  bias: z.number(),
  weights: z.string().check(z.regex(/^[A-Za-z0-9+/]*$/)),
});

/** A trained model, as `npm run train` writes it. */
export type PitchModel = z.infer<typeof PitchModel>;

/** The tokens a block's features are made of: lower-cased words, `<sum>` and `<num>`, symbols. */
export function pitchTokens(text: string): string[] {
  const tokens: string[] = [];
  const lower = text.slice(0, PITCH_READ).toLowerCase().replaceAll('’', "'");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m !== null; m = TOKEN.exec(lower)) {
    const token = m[0];
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57) tokens.push('<num>');
    else if (token.length > 1 && CURRENCY.includes(token[0] as string)) tokens.push('<sum>');
    else tokens.push(token);
  }
  return tokens;
}

/** The distinct buckets of a block's features, each word and each pair of neighbouring words, hashed into `2^bits` buckets. */
export function pitchFeatures(text: string, bits: number): number[] {
  const buckets: number[] = [];
  eachFeature(text, bits, (bucket) => buckets.push(bucket));
  return buckets;
}

// Which buckets the current block has already visited: a stamp per bucket, no allocation per block.
let seen = new Uint32Array(0);
let stamp = 0;

/** Calls `visit` once for each distinct bucket of the block's features. */
function eachFeature(text: string, bits: number, visit: (bucket: number) => void): void {
  const mask = (1 << bits) - 1;
  if (seen.length !== mask + 1) seen = new Uint32Array(mask + 1);
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) seen.fill(0);
  const once = (bucket: number) => {
    if (seen[bucket] === stamp) return;
    seen[bucket] = stamp;
    visit(bucket);
  };
  let previous = -1;
  for (const token of pitchTokens(text)) {
    const hash = fnv1a(token, OFFSET_BASIS);
    once(hash & mask);
    // The pair's hash continues from the first word's: the same as hashing "first second".
    if (previous !== -1) once(fnv1a(token, fnv1a(' ', previous)) & mask);
    previous = hash;
  }
}

const OFFSET_BASIS = 0x811c9dc5;

/** FNV-1a over UTF-16 code units, continuing from `h`: a fast, stable 32-bit string hash. */
function fnv1a(s: string, from: number): number {
  let h = from;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Decodes a model's weights; throws when the model is malformed. */
export function decodeWeights(model: PitchModel): Float64Array {
  const parsed = PitchModel.parse(model);
  if (parsed.weights.length !== 1 << parsed.bits)
    throw new Error(
      `pitch model: ${parsed.weights.length} weights for ${1 << parsed.bits} buckets`,
    );
  const zero = parsed.levels >> 1;
  const weights = new Float64Array(parsed.weights.length);
  for (let i = 0; i < weights.length; i++)
    weights[i] = (WEIGHT_ALPHABET.indexOf(parsed.weights[i] as string) - zero) * parsed.scale;
  return weights;
}

/** The probability, from 0 to 1, that a block is a pitch, under the given weights. */
function scoreWith(weights: Float64Array, bias: number, bits: number, text: string): number {
  let z = bias;
  eachFeature(text, bits, (bucket) => {
    z += weights[bucket] as number;
  });
  return 1 / (1 + Math.exp(-z));
}

let shipped: Float64Array | null = null;

/** The probability, from 0 to 1, that a block reads as someone selling an income claim (the shipped model). */
export function pitchScore(text: string): number {
  shipped ??= decodeWeights(PITCH_MODEL);
  return scoreWith(shipped, PITCH_MODEL.bias, PITCH_MODEL.bits, text);
}
