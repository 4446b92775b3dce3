// Runs a Hype Lens command-line tool (scan, eval, bench, train) from a bundle that esbuild rebuilds
// only when a source file changed: plain `node` startup instead of a TypeScript loader per run,
// and one file to load instead of compromise's hundred modules.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = ['scan', 'eval', 'bench', 'train'];
// The bundle includes its npm dependencies, so a changed lockfile rebuilds it too.
const SOURCES = ['cli', 'lib/analyze', 'lib/rules', 'tests/bench', 'package-lock.json'];

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command ?? '')) {
  process.stderr.write(`usage: node cli/run.mjs <${COMMANDS.join('|')}> [arguments]\n`);
  process.exit(1);
}

function newestSource(dir) {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const outfile = join(ROOT, '.cache', 'cli', `${command}.mjs`);
const stale =
  !existsSync(outfile) ||
  statSync(outfile).mtimeMs < Math.max(...SOURCES.map((d) => newestSource(join(ROOT, d))), 0);
if (stale) {
  mkdirSync(dirname(outfile), { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'cli', `${command}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
}
process.env.HYPE_LENS_ROOT = ROOT;
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
