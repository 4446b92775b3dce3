#!/usr/bin/env node
/**
 * Scans the built extension for remote code, eval-like code and network access.
 *
 *   node scripts/check-bundle.mjs [BUILD_DIR...] [--no-lint]
 *
 * Default build folders: chrome-mv3 and firefox-mv2 under $WXT_OUT_DIR (default `.output`).
 * Every occurrence is listed with its file and a snippet. An occurrence passes only when an
 * allowlist entry below matches it, each with the reason it is unreachable or not network.
 * Also checks that zod runs jitless in every entry (content script, background, popup, options)
 * and, for a Firefox build, runs `web-ext lint` and says where each warning comes from.
 * Exits 1 on any finding that is not allowlisted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runLint = !args.includes('--no-lint');
const outDir = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
const given = args.filter((a) => !a.startsWith('--'));
const dirs = (given.length > 0 ? given : ['chrome-mv3', 'firefox-mv2'].map((d) => join(outDir, d)))
  .map((d) => resolve(d))
  .filter((d) => existsSync(join(d, 'manifest.json')));

if (dirs.length === 0) {
  console.error(
    `check-bundle: no build found (looked in ${given.length > 0 ? given.join(', ') : outDir}). ` +
      'Run `npm run build` and `npm run build:firefox` first.',
  );
  process.exit(2);
}

/**
 * What counts as remote code, eval-like code or network access. Each `re` runs over the
 * minified code; `(?<![\w$.])` keeps `x.eval(` and `myeval(` out.
 */
const CHECKS = [
  { id: 'eval', what: 'eval()', re: /(?<![\w$.])eval\s*\(/g },
  { id: 'new-function', what: 'new Function(…)', re: /\bnew\s+Function\s*\(/g },
  { id: 'function-call', what: 'Function(…) called', re: /(?<!\bnew\s+)(?<![\w$.])Function\s*\(/g },
  // zod's JIT probe and compiler alias the constructor (`const F = Function; new F("")`).
  {
    id: 'function-alias',
    what: 'the Function constructor aliased',
    re: /[=(,:]\s*Function\s*[;,)}]/g,
  },
  {
    id: 'string-timer',
    what: 'setTimeout/setInterval with a string',
    re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
  },
  { id: 'remote-import', what: 'import() of a URL', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { id: 'import-scripts', what: 'importScripts()', re: /\bimportScripts\s*\(/g },
  {
    id: 'remote-script',
    what: '<script src> of a remote URL',
    re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi,
  },
  { id: 'fetch', what: 'fetch()', re: /(?<![\w$])fetch\s*\(/g },
  { id: 'xhr', what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g },
  { id: 'websocket', what: 'WebSocket', re: /\bWebSocket\b/g },
  { id: 'beacon', what: 'sendBeacon', re: /\bsendBeacon\b/g },
  { id: 'event-source', what: 'EventSource', re: /\bEventSource\b/g },
  {
    id: 'webtransport',
    what: 'WebTransport / RTCPeerConnection',
    re: /\b(?:WebTransport|RTCPeerConnection)\b/g,
  },
];

/**
 * Occurrences known to be unreachable or not network. `near` must match the code around the
 * occurrence (400 characters either side), so a new, different use is never covered by accident.
 */
const ALLOW = [
  {
    check: 'fetch',
    near: /modulepreload[\s\S]*fetch\s*\(\s*\w+\.href/,
    why:
      "Vite's modulepreload polyfill in the popup/options chunk. It returns at once where " +
      '`<link rel=modulepreload>` is supported (Chromium 66+, Firefox 115+; we require 140+), and ' +
      'even then only fetches the `<link rel=modulepreload>` hrefs of our own pages, which are ' +
      'packaged files (`/chunks/…`). The privacy e2e test sees no request from it.',
  },
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function snippet(code, index, length) {
  const start = Math.max(0, index - 60);
  const end = Math.min(code.length, index + length + 60);
  return code.slice(start, end).replace(/\s+/g, ' ');
}

const findings = [];
const allowed = [];

for (const dir of dirs) {
  for (const file of walk(dir).filter((f) => /\.(m?js|html)$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    for (const check of CHECKS) {
      for (const match of code.matchAll(check.re)) {
        const around = code.slice(Math.max(0, match.index - 400), match.index + 400);
        const entry = {
          file: relative(ROOT, file),
          check: check.id,
          what: check.what,
          snippet: snippet(code, match.index, match[0].length),
        };
        const allow = ALLOW.find((a) => a.check === check.id && a.near.test(around));
        if (allow) allowed.push({ ...entry, why: allow.why });
        else findings.push(entry);
      }
    }
  }
}

/** The files an entry runs: the script itself and every chunk it imports, in evaluation order. */
function moduleGraph(dir, entryFile) {
  const seen = new Set();
  const order = [];
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[^'"`;()]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
      const spec = m[1];
      visit(spec.startsWith('/') ? join(dir, spec) : resolve(dirname(file), spec));
    }
    order.push(file);
  };
  visit(entryFile);
  return order;
}

/** The entries named by the manifest: background, content scripts, and the popup and options pages. */
function entries(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const out = [];
  const bg = manifest.background ?? {};
  for (const s of [bg.service_worker, ...(bg.scripts ?? [])].filter(Boolean)) {
    out.push({ name: 'background', files: [join(dir, s)] });
  }
  for (const cs of manifest.content_scripts ?? []) {
    for (const s of cs.js ?? []) out.push({ name: `content script ${s}`, files: [join(dir, s)] });
  }
  const pages = {
    popup: (manifest.action ?? manifest.browser_action)?.default_popup,
    options: manifest.options_ui?.page ?? manifest.options_page,
  };
  for (const [name, page] of Object.entries(pages)) {
    if (!page) continue;
    const html = readFileSync(join(dir, page), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) =>
      join(dir, m[1].replace(/^\//, '')),
    );
    out.push({ name: `${name} (${page})`, files: scripts });
  }
  return out;
}

const JITLESS = /\(\s*\{\s*jitless\s*:\s*(?:!0|true)\s*\}\s*\)/;
const ZOD = /\bZodMini|_zod\b/;
// zod's `allowsEval` probe (`const F = Function; new F("")`) and its JIT compiler (`doc.compile()`).
const ZOD_JIT = /new\s+\w+\(\s*["'`]{2}\s*\)|\bdoc\.compile\(/;
const zodReport = [];

// acorn comes with web-ext (our lint dependency); without it the order check is reported as skipped.
const acorn = await import('acorn').catch(() => null);

/**
 * Calls that run while the module is evaluated (not inside a function that runs later; bodies of
 * immediately invoked functions count, since bundles wrap whole scripts in one), in source order:
 * `{ kind: 'config' }` for `…({ jitless: true })`, `{ kind: 'parse' }` for `x.parse(…)`-like calls.
 */
function evaluationTimeCalls(code) {
  const calls = [];
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const isFunction = (n) =>
    n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression');
  const visit = (node, deferred) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'CallExpression') {
      const text = code.slice(node.start, node.end);
      const callee = node.callee;
      if (
        !deferred &&
        node.arguments.length === 1 &&
        JITLESS.test(text.slice(code.slice(callee.start, callee.end).length))
      ) {
        calls.push({ kind: 'config', at: node.start });
      }
      if (
        !deferred &&
        callee.type === 'MemberExpression' &&
        !callee.computed &&
        /^(?:parse|safeParse|parseAsync|safeParseAsync|decode|encode)$/.test(callee.property.name)
      ) {
        calls.push({ kind: 'parse', at: node.start, text: text.slice(0, 80) });
      }
      // An immediately invoked function runs now.
      if (isFunction(callee)) {
        visit(callee.body, deferred);
        for (const a of node.arguments) visit(a, deferred);
        return;
      }
    }
    const entering =
      isFunction(node) || node.type === 'FunctionDeclaration' || node.type === 'MethodDefinition';
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const d = deferred || (entering && (key === 'body' || key === 'value'));
      if (Array.isArray(value)) for (const v of value) visit(v, d);
      else if (value && typeof value === 'object') visit(value, d);
    }
  };
  visit(ast, false);
  return calls;
}

for (const dir of dirs) {
  for (const entry of entries(dir)) {
    const graph = [...new Set(entry.files.flatMap((f) => moduleGraph(dir, f)))];
    const code = graph.map((f) => readFileSync(f, 'utf8')).join('\n;\n');
    const usesZod = ZOD.test(code);
    const jitless = JITLESS.test(code);
    // Module bodies run in graph order (a chunk's imports first).
    let order = 'not checked (acorn not found)';
    let configFirst = true;
    if (acorn && usesZod) {
      const calls = graph.flatMap((f) => evaluationTimeCalls(readFileSync(f, 'utf8')));
      const firstConfig = calls.findIndex((c) => c.kind === 'config');
      const firstParse = calls.findIndex((c) => c.kind === 'parse');
      configFirst = firstConfig !== -1 && (firstParse === -1 || firstConfig < firstParse);
      order =
        firstConfig === -1
          ? 'jitless is never set while the modules load'
          : firstParse === -1
            ? 'set while the modules load; no parse runs before main code'
            : configFirst
              ? 'set before the first parse that runs while the modules load'
              : `a parse runs first: ${calls[firstParse].text}`;
    }
    const line = {
      build: relative(ROOT, dir),
      entry: entry.name,
      files: graph.map((f) => relative(dir, f)),
      usesZod,
      jitless,
      order,
      jitCodePresent: ZOD_JIT.test(code),
    };
    zodReport.push(line);
    if (usesZod && (!jitless || !configFirst)) {
      findings.push({
        file: line.files[0],
        check: 'zod-jitless',
        what: 'zod may run with JIT: z.config({ jitless: true }) missing or late',
        snippet: `${entry.name}: ${jitless ? order : 'never sets jitless'}`,
      });
    }
  }
}

/** Known sources of web-ext lint warnings, recognized by the code at the reported position. */
const LINT_SOURCES = [
  {
    source: 'preact',
    near: /__html==\w+\.__html\|\|\w+\.__html==\w+\.innerHTML/,
    why: "preact's own diff (the content script's cards, via preact/compat): `dangerouslySetInnerHTML` support. Hype Lens never uses dangerouslySetInnerHTML (grep lib/ components/ entrypoints/).",
  },
  {
    source: 'react-dom',
    near: /dangerouslySetInnerHTML|<script><\\\/script>|__html/,
    why: "react-dom's own code: `dangerouslySetInnerHTML` support and its `<script>` creation trick. Hype Lens never uses dangerouslySetInnerHTML (grep lib/ components/ entrypoints/).",
  },
];

const lintReport = [];
if (runLint) {
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (!manifest.browser_specific_settings?.gecko) continue;
    const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
    const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    let result;
    try {
      result = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    } catch {
      findings.push({
        file: relative(ROOT, dir),
        check: 'web-ext-lint',
        what: 'web-ext lint did not run',
        snippet: (run.stderr || run.stdout || String(run.error)).slice(0, 300),
      });
      continue;
    }
    for (const kind of ['errors', 'warnings']) {
      for (const m of result[kind] ?? []) {
        let around = '';
        if (m.file && m.line) {
          const lines = readFileSync(join(dir, m.file), 'utf8').split('\n');
          const text = lines[m.line - 1] ?? '';
          const col = (m.column ?? 1) - 1;
          around = text.slice(Math.max(0, col - 300), col + 300);
        }
        const known = kind === 'warnings' ? LINT_SOURCES.find((s) => s.near.test(around)) : null;
        const item = {
          build: relative(ROOT, dir),
          kind,
          code: m.code,
          file: m.file,
          line: m.line,
          column: m.column,
          message: m.message,
          source: known?.source ?? 'our code (or unknown)',
          why: known?.why,
        };
        lintReport.push(item);
        if (!known) {
          findings.push({
            file: `${relative(ROOT, dir)}/${m.file ?? ''}`,
            check: 'web-ext-lint',
            what: `${kind.slice(0, -1)} ${m.code}: ${m.message}`,
            snippet: around.slice(200, 400).replace(/\s+/g, ' '),
          });
        }
      }
    }
  }
}

const log = (s = '') => process.stdout.write(`${s}\n`);
log(`check-bundle: ${dirs.map((d) => relative(ROOT, d)).join(', ')}`);
log('\nzod (jitless must be set before any parse in every entry):');
for (const z of zodReport) {
  log(
    `  ${z.build} ${z.entry}: ${z.usesZod ? 'uses zod' : 'no zod'}, jitless ${z.jitless ? 'set' : 'NOT set'}` +
      `${z.usesZod ? ` (${z.order})` : ''}` +
      `, JIT compiler/probe ${z.jitCodePresent ? 'present (guarded by jitless)' : 'not in the bundle'}` +
      ` [${z.files.join(', ')}]`,
  );
}
if (lintReport.length > 0 || runLint) {
  log('\nweb-ext lint (Firefox build):');
  if (lintReport.length === 0) log('  no errors or warnings');
  for (const w of lintReport) {
    log(`  ${w.build} ${w.kind} ${w.code} ${w.file}:${w.line}:${w.column} from ${w.source}`);
    if (w.why) log(`    ${w.why}`);
  }
}
if (allowed.length > 0) {
  log('\nallowed (provably unreachable or not network):');
  for (const a of allowed) {
    log(`  ${a.file}: ${a.what}\n    …${a.snippet}…\n    why: ${a.why}`);
  }
}
if (findings.length > 0) {
  log(`\nFAIL: ${findings.length} finding(s): remote code, eval-like code or network access:`);
  for (const f of findings) log(`  ${f.file}: ${f.what}\n    …${f.snippet}…`);
  log(
    '\nRemove the code, or if it is provably unreachable or not network, add an ALLOW entry in ' +
      'scripts/check-bundle.mjs that says why.',
  );
  process.exit(1);
}
log('\nOK: no remote code, no eval-like code, no network access outside the allowlist.');
