import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import * as z from 'zod/mini';
import { type Analyzer, createAnalyzer, type Finding, SENSITIVITIES } from '../lib/analyze';
import { builtInRules, CATEGORY_INFO, ruleById } from '../lib/rules';
import { htmlToText } from './html-text';
import { paragraphs } from './paragraphs';

const USAGE = `Usage: npm run scan -- [options] FILE

Finds effortless-income claims in FILE and explains each one.
FILE is a .txt file, an .html file (its visible text), a .jsonl file with --jsonl, or - for stdin.

Options:
  --json               one JSON report for the whole input
  --jsonl              input lines {"id", "text"}; one output line {"id", "findings"} per input line
  --sensitivity LEVEL  low | medium | high (default medium)
  --help               show this help

Exit codes: 0 done, 1 usage error, 2 some input could not be read (the rest is still processed).`;

/** The command line, validated. */
const Args = z.object({
  file: z
    .string({ error: 'missing FILE (use - for stdin)' })
    .check(z.minLength(1, 'missing FILE (use - for stdin)')),
  format: z.enum(['text', 'json', 'jsonl']),
  sensitivity: z.enum(SENSITIVITIES),
});

/** One input line of `--jsonl`. Fields other than id and text are ignored. */
const JsonlLine = z.object({
  id: z.union([z.string(), z.number()], { error: 'id must be a string or a number' }),
  text: z.string({ error: 'text must be a string' }),
});

function parseArgs(argv: string[]): z.infer<typeof Args> | null {
  const raw: Record<string, string> = { format: 'text', sensitivity: 'medium' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return null;
    if (arg === '--json') raw.format = 'json';
    else if (arg === '--jsonl') raw.format = 'jsonl';
    else if (arg === '--sensitivity') raw.sensitivity = argv[++i] ?? '';
    else if (arg.startsWith('--sensitivity=')) raw.sensitivity = arg.slice('--sensitivity='.length);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (raw.file === undefined) raw.file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

/** Finds claims in every paragraph of a document, with offsets into the whole document. */
function analyzeDocument(analyzer: Analyzer, text: string): Finding[] {
  return paragraphs(text).flatMap((p) =>
    analyzer
      .analyze(text.slice(p.start, p.end))
      .map((f) => ({ ...f, start: f.start + p.start, end: f.end + p.start })),
  );
}

function publicFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    start: f.start,
    end: f.end,
    quote: f.quote,
    severity: f.severity,
  };
}

function scanJsonl(analyzer: Analyzer, input: string, out: string[], errors: string[]): void {
  const lines = input.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let id: string | null = null;
    try {
      const value: unknown = JSON.parse(line);
      const parsed = JsonlLine.safeParse(value);
      if (!parsed.success) {
        id = idOf(value);
        throw new Error(
          parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '),
        );
      }
      id = String(parsed.data.id);
      out.push(
        JSON.stringify({ id, findings: analyzer.analyze(parsed.data.text).map(publicFinding) }),
      );
    } catch (error) {
      const message = `line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`;
      errors.push(message);
      out.push(JSON.stringify({ id, error: message, findings: [] }));
    }
  });
}

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

function report(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No effortless-income claims found.';
  const lines = [`${findings.length} claim${findings.length === 1 ? '' : 's'} found.`, ''];
  for (const f of findings) {
    const rule = ruleById(f.ruleId);
    const line = text.slice(0, f.start).split('\n').length;
    lines.push(
      `line ${line}  [${f.severity}] ${rule?.title ?? f.ruleId} (${CATEGORY_INFO[f.category].label})`,
    );
    lines.push(`  "${f.quote}"`);
    if (rule) lines.push(`  Why: ${rule.explanation}`);
    if (rule) for (const q of rule.questions) lines.push(`  Ask: ${q}`);
    if (f.signals.length > 0) lines.push(`  Signals: ${f.signals.join(', ')}`);
    if (rule)
      lines.push(
        `  Source: ${rule.source.article}${rule.source.regulator ? `; ${rule.source.regulator}` : ''}`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let args: z.infer<typeof Args> | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`scan: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let input: string;
  try {
    input = readInput(args.file);
  } catch (error) {
    process.stderr.write(
      `scan: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 2;
  }
  const analyzer = createAnalyzer(builtInRules(), { sensitivity: args.sensitivity });
  if (args.format === 'jsonl') {
    const out: string[] = [];
    const errors: string[] = [];
    scanJsonl(analyzer, input, out, errors);
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    for (const e of errors) process.stderr.write(`scan: ${e}\n`);
    return errors.length > 0 ? 2 : 0;
  }
  const text = extname(args.file).toLowerCase().startsWith('.htm') ? htmlToText(input) : input;
  const findings = analyzeDocument(analyzer, text);
  if (args.format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ file: args.file, findings: findings.map((f) => ({ ...publicFinding(f), signals: f.signals })) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${report(text, findings)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
