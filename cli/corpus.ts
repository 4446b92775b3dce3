import { readdirSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { CATEGORIES } from '../lib/rules/schema';

/** One labelled sample of `tests/corpus/*.jsonl`. */
export const Sample = z.object({
  id: z.string(),
  text: z.string(),
  hype: z.boolean(),
  categories: z.array(z.enum(CATEGORIES)),
  kind: z.string(),
});

/** A labelled sample. */
export type Sample = z.infer<typeof Sample>;

/** Reads and validates a corpus file, naming the line of the first bad sample. */
export function readCorpus(path: string): Sample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Sample.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The tuning splits (`dev*.jsonl`) in a folder, in numeric order; `test.jsonl` is held out and only scored. */
export function devFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /^dev\d*\.jsonl$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
