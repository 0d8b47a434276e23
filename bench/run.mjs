#!/usr/bin/env node
// rnsocial benchmark: times `rnsocial lint` on 1, 1,000 and 10,000 drafts and on single 1/2/4/5 MB
// drafts against `node -e 0`, a read floor, the parse floor (bundled and not), markdownlint-cli2,
// textlint and alex, and writes bench/RESULTS.md. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, GENERATOR_VERSION, DEFAULT_SEED } from './gen-corpus.mjs';
import { gnuTimeVersion, killActive, median, runOnce } from './lib/measure.mjs';
import { FLOOR_DEPS, resolveRootDep, rootDepVersion } from './lib/root-deps.mjs';
import { profileMarkdown, profileRun } from './profile.mjs';
import { BIGS, fmt, fmtMB, renderReport, SETS, SIZES } from './lib/report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const CORPUS = path.join(here, 'corpus');
const OUT = path.join(here, '.out');
const NODE = process.execPath;
const BIN = path.join(ROOT, 'bin', 'rnsocial.js');

const HELP = `Usage: node bench/run.mjs [options]        (or: npm run bench -- [options])

  --quick              (or BENCH_QUICK=1) 3 runs (7 for sub-second cells), 120 s timeout, sizes
                       1, 1,000, 10,000 and 5 MB only, peers only markdownlint-cli2, 20 min cap
  --runs N             measured runs per cell (default 5; cells under 1 s get --fast-runs)
  --fast-runs N        runs for cells whose first run took < 1 s (default 15; quick 7)
  --warmup N           unmeasured runs before measuring (default 1; the first one is checked)
  --timeout S          per-run timeout in seconds; a run past it is "did not finish" (default 300)
  --cell-budget S      seconds of measuring one cell may use; slow cells get fewer runs (default 300)
  --max-total S        stop measuring after this many seconds; the rest is "skipped" (default 3600)
  --sizes LIST         1,1000,10000,1mb,2mb,4mb,5mb (also: sets, big)
  --tools LIST         node,read,floor,floor-bundle,rnsocial,rnsocial-c1,rnsocial-workers,
                       rnsocial-cache,markdownlint,textlint,alex (also: peers, rnsocial*)
  --skip LIST          tools to leave out
  --concurrency N      N for the "rnsocial --concurrency N" row (default: auto, as the goal says)
  --rnsocial-args "…"  extra arguments for every rnsocial run
  --build              run \`npm run build\` in the project first
  --no-install         don't run \`npm ci\` in bench/ when its node_modules is missing or stale
  --no-profile         skip the --cpu-prof summary
  --out FILE           where to write the report (default bench/RESULTS.md)
  --report-from FILE   only re-render the report from a saved bench/.out/*.json
  --reprofile          with --report-from: profile again and replace the profile section
  --no-slow-peers      leave out textlint and alex on 10,000 drafts and on 5 MB (they take minutes)
  --carry-over FILE    show cells this run did not measure from an earlier bench/.out/*.json,
                       marked as carried over (e.g. the slow peers, with --no-slow-peers)
  --help`;

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const o = {
    quick: process.env.BENCH_QUICK === '1', runs: undefined, fastRuns: undefined, warmup: 1, timeout: undefined, cellBudget: undefined,
    maxTotal: undefined, sizes: undefined, tools: undefined, skip: [], concurrency: 'auto',
    rnsocialArgs: [], build: false, install: true, profile: true, out: path.join(here, 'RESULTS.md'),
  };
  const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => inline ?? argv[++i];
    switch (flag) {
      case '--quick': o.quick = true; break;
      case '--runs': o.runs = Number(val()); break;
      case '--fast-runs': o.fastRuns = Number(val()); break;
      case '--warmup': o.warmup = Number(val()); break;
      case '--timeout': o.timeout = Number(val()); break;
      case '--cell-budget': o.cellBudget = Number(val()); break;
      case '--max-total': o.maxTotal = Number(val()); break;
      case '--sizes': case '--only-sizes': o.sizes = list(val()); break;
      case '--tools': case '--only': o.tools = list(val()); break;
      case '--skip': o.skip.push(...list(val())); break;
      case '--concurrency': o.concurrency = val(); break;
      case '--rnsocial-args': o.rnsocialArgs = val().split(/\s+/).filter(Boolean); break;
      case '--build': o.build = true; break;
      case '--no-install': o.install = false; break;
      case '--no-profile': o.profile = false; break;
      case '--profile': o.profile = true; break;
      case '--out': o.out = path.resolve(val()); break;
      case '--report-from': o.reportFrom = path.resolve(val()); break;
      case '--reprofile': o.reprofile = true; break;
      case '--no-slow-peers': o.noSlowPeers = true; break;
      case '--carry-over': o.carryOver = path.resolve(val()); break;
      case '--help': case '-h': console.log(HELP); process.exit(0); break;
      default: console.error(`unknown option ${a}\n\n${HELP}`); process.exit(2);
    }
  }
  o.runs ??= o.quick ? 3 : 5;
  o.fastRuns ??= o.quick ? 7 : 15;
  o.timeout ??= o.quick ? 120 : 300;
  o.cellBudget ??= o.quick ? 120 : 300;
  o.maxTotal ??= o.quick ? 1200 : 3600;
  // Quick: only the sizes the goals name, and no slow peers (no goal depends on them).
  if (o.quick) {
    o.sizes ??= ['1', '1000', '10000', '5mb'];
    o.skip.push('textlint', 'alex');
  }
  o.warmup = Math.max(1, o.warmup);
  return o;
}

const opt = parseArgs(process.argv.slice(2));
const log = (...a) => console.error(...a);

if (opt.reportFrom) {
  const { meta, records } = JSON.parse(readFileSync(opt.reportFrom, 'utf8'));
  if (opt.reprofile) {
    meta.profilesMd = runProfiles(rnsocialFeatures()).map(([t, r]) => profileMarkdown(t, r)).join('\n');
    writeFileSync(opt.reportFrom, `${JSON.stringify({ meta, records }, null, 2)}\n`);
  }
  writeFileSync(opt.out, renderReport(meta, records));
  log(`bench: wrote ${path.relative(process.cwd(), opt.out)} from ${path.relative(process.cwd(), opt.reportFrom)}`);
  process.exit(0);
}

// ---------------------------------------------------------------- sizes
const ALL = [...SETS, ...BIGS];

function expandSizes(list) {
  if (!list) return ALL;
  return [...new Set(list.flatMap((s) => (s === 'sets' ? SETS : s === 'big' ? BIGS : s === 'all' ? ALL : [s.toLowerCase().replace(/^n/, '')])))].filter((s) => {
    if (!ALL.includes(s)) {
      log(`unknown size ${s}`);
      process.exit(2);
    }
    return true;
  });
}
const selectedSizes = expandSizes(opt.sizes);

// ---------------------------------------------------------------- rnsocial features
function rnsocialFeatures() {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) return { built: false, help: '' };
  const r = spawnSync(NODE, [BIN, 'lint', '--help'], { encoding: 'utf8' });
  const help = `${r.stdout}${r.stderr}`;
  return {
    built: true,
    help,
    cache: /--cache\b/.test(help),
    cacheLocation: /--cache-location\b/.test(help),
    concurrency: /--concurrency\b/.test(help),
    // "a number, auto … or off": single-threaded is "off" where the CLI has it, else 1.
    singleThread: /--concurrency[\s\S]{0,200}\boff\b/.test(help) ? 'off' : '1',
  };
}

function newestMtime(dir, filter = () => true) {
  let newest = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (filter(p)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return newest;
}

// The peers live in bench/node_modules (never project dependencies): install them when missing
// or older than bench/package-lock.json.
{
  const lock = path.join(here, 'package-lock.json');
  const installed = path.join(here, 'node_modules', '.package-lock.json');
  const stale = !existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs);
  if (stale && opt.install) {
    log('bench: npm ci in bench/ (peers: markdownlint-cli2, textlint, alex, esbuild) …');
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) log('bench: npm ci failed; the peers that are missing are skipped');
  }
}

if (opt.build) {
  log('bench: npm run build …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    log('bench: the build failed');
    process.exit(2);
  }
}
const features = rnsocialFeatures();
if (!features.built) {
  log('bench: dist/ is missing: run `npm run build` (or pass --build) first');
  process.exit(2);
}
// Others may rebuild dist/ while a long run goes on: every run records the build it measured.
function buildStamp() {
  const m = (rel) => statSync(path.join(ROOT, rel), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return Math.max(m('dist/bundle/rnsocial.mjs'), m('dist/cli/main.js'));
}
const buildAtStart = buildStamp();
const distStale = newestMtime(path.join(ROOT, 'src'), (p) => p.endsWith('.ts')) > newestMtime(path.join(ROOT, 'dist'));

// ---------------------------------------------------------------- tools
const benchPkg = (name) => {
  try {
    return JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
};
const binOf = (name, bin = name) => {
  const pkg = benchPkg(name);
  if (!pkg) return undefined;
  const rel = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.[bin];
  return rel ? path.join(here, 'node_modules', name, rel) : undefined;
};
const version = (name) => benchPkg(name)?.version ?? 'not installed';
const NOT_INSTALLED = 'not installed: run `npm --prefix bench ci`';

const cachePath = (size) => (features.cacheLocation ? path.join(OUT, `rnsocial-cache-${size.id}`) : path.join(CORPUS, '.rnsocialcache'));
const rnsocialCmd = (target, extra = []) => [NODE, BIN, 'lint', target, '--format', 'json', ...extra, ...opt.rnsocialArgs];
const peerSizes = ['1', '1000', '10000', '5mb'];
const bundlePath = path.join(OUT, 'parse-floor.bundle.mjs');

const TOOLS = [
  { id: 'node', label: '`node -e 0`', kind: 'baseline', sizes: ['1'], ok: [0], cmd: () => [NODE, '-e', '0'] },
  { id: 'read', label: 'read floor (node + list + read the files)', kind: 'floor', sizes: ALL, ok: [0], check: 'floor', cmd: (t) => [NODE, path.join(here, 'read-floor.mjs'), t] },
  { id: 'floor', label: 'parse floor (read + unified/remark-parse/remark-frontmatter + yaml, no rules)', kind: 'floor', sizes: ALL, ok: [0], check: 'floor', cmd: (t) => [NODE, path.join(here, 'parse-floor.mjs'), t] },
  {
    id: 'floor-bundle', label: 'parse floor, bundled into one file (esbuild)', kind: 'floor', sizes: ['1', '1000', '10000'], ok: [0], check: 'floor',
    available: () => (benchPkg('esbuild') ? true : NOT_INSTALLED), cmd: (t) => [NODE, bundlePath, t],
  },
  // A big draft is refused above maxDraftBytes (256 KB by default, draft/too-large): the big rows raise it, to time the linting.
  { id: 'rnsocial', label: '**rnsocial** (default options; big drafts with maxDraftBytes raised)', kind: 'rnsocial', sizes: ALL, ok: [0, 1], check: 'rnsocial', cmd: (t, size) => rnsocialCmd(t, size.mb ? ['--config', path.join(here, 'big-drafts.rnsocialrc.json')] : []) },
  {
    id: 'rnsocial-c1', label: `**rnsocial** --concurrency ${features.singleThread ?? '1'} (single thread)`, kind: 'rnsocial', sizes: ['1000', '10000'], ok: [0, 1], check: 'rnsocial',
    available: () => features.concurrency || 'the CLI has no --concurrency', cmd: (t) => rnsocialCmd(t, ['--concurrency', features.singleThread]),
  },
  {
    id: 'rnsocial-workers', label: `**rnsocial** --concurrency ${opt.concurrency}`, kind: 'rnsocial', sizes: ['1000', '10000'], ok: [0, 1], check: 'rnsocial',
    available: () => features.concurrency || 'the CLI has no --concurrency', cmd: (t) => rnsocialCmd(t, ['--concurrency', String(opt.concurrency)]),
  },
  {
    id: 'rnsocial-cache', label: '**rnsocial** --cache (second run, nothing changed)', kind: 'rnsocial', sizes: ['1', '1000', '10000'], ok: [0, 1], check: 'rnsocial',
    cache: true, available: () => features.cache || 'the CLI has no --cache',
    cmd: (t, size) => rnsocialCmd(t, ['--cache', ...(features.cacheLocation ? ['--cache-location', cachePath(size)] : [])]),
  },
  {
    id: 'markdownlint', label: `markdownlint-cli2 ${version('markdownlint-cli2')} (default rules)`, kind: 'peer', sizes: peerSizes, ok: [0, 1], check: 'markdownlint',
    available: () => (binOf('markdownlint-cli2') ? true : NOT_INSTALLED),
    cmd: (t, size) => [NODE, binOf('markdownlint-cli2'), size.set > 1 ? `${t}/**/*.md` : t],
  },
  {
    id: 'textlint', label: `textlint ${version('textlint')} (max-comma, sentence-length, no-todo)`, kind: 'peer', sizes: peerSizes, ok: [0, 1],
    available: () => (binOf('textlint') ? true : NOT_INSTALLED),
    cmd: (t) => [NODE, binOf('textlint'), '--config', path.join(here, 'peers', '.textlintrc.json'), t],
  },
  {
    id: 'alex', label: `alex ${version('alex')}`, kind: 'peer', sizes: peerSizes, ok: [0, 1],
    available: () => (binOf('alex') ? true : NOT_INSTALLED), cmd: (t) => [NODE, binOf('alex'), t],
  },
];

function expandTools(list) {
  if (!list) return TOOLS.map((t) => t.id);
  return [...new Set(list.flatMap((t) => (t === 'peers' ? ['markdownlint', 'textlint', 'alex'] : t === 'rnsocial*' ? TOOLS.filter((x) => x.kind === 'rnsocial').map((x) => x.id) : t === 'floors' ? ['read', 'floor', 'floor-bundle'] : [t])))];
}
const selectedTools = expandTools(opt.tools).filter((id) => !opt.skip.includes(id));
for (const id of selectedTools) {
  if (!TOOLS.some((t) => t.id === id)) {
    log(`unknown tool ${id}`);
    process.exit(2);
  }
}
const toolsUsed = TOOLS.filter((t) => selectedTools.includes(t.id));
const unavailable = {};
for (const t of toolsUsed) {
  const a = t.available ? t.available() : true;
  if (a !== true) unavailable[t.id] = a;
}

// ---------------------------------------------------------------- machine
function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}
function busiest() {
  // The other busy processes right now (this workplace is shared: note, don't judge).
  const out = sh('ps', ['-eo', 'pcpu=,pid=,args=', '--sort=-pcpu']);
  return out.split('\n').map((l) => l.trim()).filter((l) => l && !l.includes(' ps -eo')).slice(0, 4)
    .map((l) => {
      const [pcpu, pid, ...rest] = l.split(/\s+/);
      return `${pcpu} % ${rest.join(' ').slice(0, 70)}${Number(pid) === process.pid ? ' (this harness)' : ''}`;
    });
}
function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? '?';
  const mhz = /cpu MHz\s*:\s*(.*)/.exec(cpuinfo)?.[1];
  return {
    nproc: os.availableParallelism(),
    cpu: model,
    mhz: mhz ? Math.round(Number(mhz)) : undefined,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadStart: os.loadavg(),
    busyStart: busiest(),
  };
}

function git(args) {
  return sh('git', ['-C', ROOT, ...args]);
}

// ---------------------------------------------------------------- measuring
const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
let capped = false;

process.on('SIGINT', () => {
  killActive();
  log('\nbench: interrupted');
  process.exit(130);
});

const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_OPTIONS;
delete env.FORCE_COLOR;

function verify(tool, size, stdoutFile, stderrFile) {
  const stdout = readFileSync(stdoutFile, 'utf8');
  const stderr = readFileSync(stderrFile, 'utf8');
  try {
    if (tool.check === 'floor') {
      const r = JSON.parse(stdout.trim().split('\n').pop());
      return r.files === size.files ? { ok: true, note: `${r.files} file(s)` } : { ok: false, note: `read ${r.files} file(s), expected ${size.files}` };
    }
    if (tool.check === 'rnsocial') {
      const r = JSON.parse(stdout);
      const messages = r.reduce((n, f) => n + f.messages.length, 0);
      const withMessages = r.filter((f) => f.messages.length > 0).length;
      const ok = r.length === size.files;
      return { ok, note: `${r.length} file(s)${ok ? '' : ` (expected ${size.files})`}, ${messages} message(s), ${withMessages} file(s) with messages`, messages };
    }
    if (tool.check === 'markdownlint') {
      const m = /Linting: (\d+) file/.exec(stdout + stderr);
      const n = m ? Number(m[1]) : undefined;
      return n === size.files ? { ok: true, note: `${n} file(s)` } : { ok: false, note: `linted ${n ?? '?'} file(s), expected ${size.files}` };
    }
  } catch (e) {
    return { ok: false, note: `unreadable output: ${String(e.message).slice(0, 120)}` };
  }
  return { ok: true, note: '' };
}

function tail(file, n = 400) {
  try {
    const s = readFileSync(file, 'utf8').trim();
    return s.slice(-n);
  } catch {
    return '';
  }
}

async function measureSize(size, cells) {
  const logDir = path.join(OUT, 'logs');
  mkdirSync(logDir, { recursive: true });
  // Warm-up: the first run of each cell is checked (output captured) and tells how slow it is.
  for (const cell of cells) {
    if (elapsed() > opt.maxTotal) {
      cell.status = 'skipped';
      cell.note = 'time cap reached';
      capped = true;
      continue;
    }
    const { tool } = cell;
    if (tool.cache) rmSync(cachePath(size), { recursive: true, force: true });
    for (let w = 0; w < opt.warmup; w++) {
      const capture = w === 0 ? { stdout: path.join(logDir, `${tool.id}-${size.id}.out`), stderr: path.join(logDir, `${tool.id}-${size.id}.err`) } : undefined;
      const r = await runOnce(cell.cmd, { cwd: CORPUS, timeoutMs: opt.timeout * 1000, env, capture });
      r.build = buildStamp();
      cell.warmups.push(r);
      log(`  ${size.id.padStart(5)} ${tool.id.padEnd(17)} warm-up ${fmt(r.wall)}${r.timedOut ? ' (timeout)' : ''}${r.rssKB ? ` ${Math.round(r.rssKB / 1024)} MB` : ''}`);
      if (r.timedOut) {
        cell.status = 'dnf';
        break;
      }
      if (!tool.ok.includes(r.code)) {
        cell.status = 'failed';
        cell.note = `exit ${r.code ?? r.signal}: ${tail(capture?.stderr ?? '/dev/null', 300).replace(/\s+/g, ' ')}`;
        break;
      }
      if (capture) {
        cell.check = verify(tool, size, capture.stdout, capture.stderr);
        if (tool.cache) cell.coldCache = r;
      }
      // A slow peer: its warm-up counts as the first measured run (page cache is warm by then).
      if (tool.kind === 'peer' && r.wall > 20) {
        cell.runs.push(r);
        break;
      }
    }
    if (cell.status !== 'ok') continue;
    const probe = cell.warmups[cell.warmups.length - 1].wall;
    let planned = probe < 1 ? opt.fastRuns : opt.runs;
    const minRuns = tool.kind === 'peer' ? 1 : Math.min(3, planned);
    planned = Math.max(minRuns, Math.min(planned, Math.floor(opt.cellBudget / Math.max(probe, 1e-3))));
    cell.planned = planned;
  }
  // Measured runs, interleaved (round-robin over the cells), so drifting load hits all alike.
  for (;;) {
    const pending = cells.filter((c) => c.status === 'ok' && c.runs.length < c.planned);
    if (pending.length === 0) break;
    for (const cell of pending) {
      if (elapsed() > opt.maxTotal) {
        for (const c of cells.filter((x) => x.status === 'ok' && x.runs.length < x.planned)) {
          c.status = c.runs.length > 0 ? 'ok' : 'skipped';
          c.note = `time cap reached after ${c.runs.length} of ${c.planned} runs`;
          c.planned = c.runs.length;
        }
        capped = true;
        return;
      }
      const r = await runOnce(cell.cmd, { cwd: CORPUS, timeoutMs: opt.timeout * 1000, env });
      r.build = buildStamp();
      if (r.timedOut) {
        cell.status = 'dnf';
        cell.note = `run ${cell.runs.length + 1} timed out`;
        continue;
      }
      if (!cell.tool.ok.includes(r.code)) {
        cell.status = 'failed';
        cell.note = `exit ${r.code ?? r.signal} in run ${cell.runs.length + 1}`;
        continue;
      }
      cell.runs.push(r);
    }
  }
}

function summarise(cell) {
  const walls = cell.runs.map((r) => r.wall);
  const rss = cell.runs.map((r) => r.rssKB).filter((x) => x !== undefined);
  const cpu = cell.runs.filter((r) => r.user !== undefined).map((r) => r.user + r.sys);
  return {
    n: walls.length,
    median: median(walls),
    min: walls.length ? Math.min(...walls) : undefined,
    max: walls.length ? Math.max(...walls) : undefined,
    cpu: median(cpu),
    rssMedianMB: rss.length ? median(rss) / 1024 : undefined,
    rssMaxMB: rss.length ? Math.max(...rss) / 1024 : undefined,
  };
}

// ---------------------------------------------------------------- main
const info = machine();
log(`bench: ${opt.quick ? 'quick' : 'full'} run; sizes ${selectedSizes.join(',')}; tools ${toolsUsed.map((t) => t.id).join(',')}`);
log(`bench: ${info.nproc} CPU(s), ${info.cpu}, load ${info.loadStart.map((x) => x.toFixed(2)).join(' ')}`);
if (distStale) log('bench: warning: src/ has .ts files newer than dist/ — run `npm run build` (or --build) to measure the current code');
for (const [id, why] of Object.entries(unavailable)) log(`bench: skipping ${id}: ${why}`);

const wantSets = selectedSizes.filter((s) => SETS.includes(s)).map(Number);
const wantBig = selectedSizes.some((s) => BIGS.includes(s));
const manifest = generate({ out: CORPUS, sets: wantSets, big: wantBig, log: (m) => log(`bench: ${m}`) });

mkdirSync(OUT, { recursive: true });
if (toolsUsed.some((t) => t.id === 'floor-bundle') && !unavailable['floor-bundle']) {
  // The same floor code with rnsocial's own parser copies, bundled and minified into one file.
  const { build } = await import('esbuild');
  const entry = path.join(OUT, 'floor-entry.mjs');
  const abs = Object.fromEntries(FLOOR_DEPS.map((d) => [d, JSON.stringify(resolveRootDep(d))]));
  writeFileSync(entry, [
    `import { unified } from ${abs.unified};`,
    `import remarkParse from ${abs['remark-parse']};`,
    `import remarkFrontmatter from ${abs['remark-frontmatter']};`,
    `import { parseDocument } from ${abs.yaml};`,
    `import { runFloor } from ${JSON.stringify(path.join(here, 'lib', 'floor-core.mjs'))};`,
    'runFloor({ unified, remarkParse, remarkFrontmatter, parseDocument }, process.argv.slice(2));',
    '',
  ].join('\n'));
  await build({
    entryPoints: [entry], outfile: bundlePath, bundle: true, minify: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

const cells = [];
// textlint and alex on 10,000 drafts and on 5 MB take minutes (or time out) and no goal depends on
// them: they are measured last, on their own, so a time cap cuts them rather than rnsocial's rows.
const isLate = (tool, sizeId) => ['textlint', 'alex'].includes(tool.id) && ['10000', '5mb'].includes(sizeId);
const phases = [];
for (const sizeId of selectedSizes) {
  const size = SIZES.find((s) => s.id === sizeId);
  phases.push({ size, tools: toolsUsed.filter((t) => t.sizes.includes(sizeId) && !unavailable[t.id] && !isLate(t, sizeId)) });
}
for (const sizeId of opt.noSlowPeers ? [] : selectedSizes) {
  const size = SIZES.find((s) => s.id === sizeId);
  for (const t of toolsUsed.filter((x) => x.sizes.includes(sizeId) && !unavailable[x.id] && isLate(x, sizeId))) phases.push({ size, tools: [t] });
}
for (const { size, tools } of phases) {
  if (tools.length === 0) continue;
  const group = tools.map((tool) => ({ tool, size, cmd: tool.cmd(size.target, size), status: 'ok', warmups: [], runs: [], planned: 0 }));
  cells.push(...group);
  log(`bench: ${size.label} (${size.target}): ${group.map((c) => c.tool.id).join(', ')}`);
  await measureSize(size, group);
  for (const c of group) {
    c.summary = summarise(c);
    const s = c.summary;
    log(`  ${size.id.padStart(5)} ${c.tool.id.padEnd(17)} ${c.status === 'ok' ? `median ${fmt(s.median)} (n=${s.n}, ${fmt(s.min)}–${fmt(s.max)})${s.rssMaxMB ? `, ${fmtMB(s.rssMaxMB)}` : ''}` : c.status}${c.check && !c.check.ok ? `  CHECK FAILED: ${c.check.note}` : ''}`);
  }
}

// Start-up as users get it (the bin, bundled or not), then throughput single-threaded from the
// compiled modules, so each function is named by its source file.
function profileSpecs(f) {
  return [
    ['n1/opslag.md', { interval: 250 }],
    ['n1000', { interval: 1000, unbundled: true, extraArgs: f.concurrency ? ['--concurrency', f.singleThread] : [] }],
  ];
}
function runProfiles(f) {
  const out = [];
  for (const [target, o] of profileSpecs(f)) {
    if (!existsSync(path.join(CORPUS, target))) continue;
    log(`bench: profiling rnsocial lint ${target} …`);
    try {
      out.push([target, profileRun(target, { ...o, top: 15 })]);
    } catch (e) {
      log(`bench: profiling failed: ${e.message}`);
    }
  }
  return out;
}
const profiles = opt.profile && selectedTools.includes('rnsocial') && !capped ? runProfiles(features) : [];
info.loadEnd = os.loadavg();
info.busyEnd = busiest();

// ---------------------------------------------------------------- report
const rootVersions = Object.fromEntries(['unified', 'remark-parse', 'remark-frontmatter', 'yaml', 'micromark'].map((d) => {
  try {
    return [d, rootDepVersion(d)];
  } catch {
    return [d, '?'];
  }
}));
const peerNames = ['markdownlint-cli2', 'markdownlint', 'textlint', 'textlint-rule-max-comma', 'textlint-rule-sentence-length', 'textlint-rule-no-todo', 'alex', 'esbuild'];
const meta = {
  date: new Date().toISOString(),
  argsShown: process.argv.slice(2).join(' '),
  elapsed: elapsed(),
  opt: { quick: opt.quick, warmup: opt.warmup, runs: opt.runs, fastRuns: opt.fastRuns, timeout: opt.timeout, concurrency: opt.concurrency, cellBudget: opt.cellBudget, maxTotal: opt.maxTotal },
  selectedSizes,
  tools: toolsUsed.map((t) => ({ id: t.id, label: t.label })),
  unavailable,
  info,
  features: { cache: features.cache, cacheLocation: features.cacheLocation, concurrency: features.concurrency, singleThread: features.singleThread },
  distStale,
  versions: {
    rnsocialVersion: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    head: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--', 'src', 'rules']).split('\n').filter(Boolean).length,
    rootVersions,
    peers: Object.fromEntries(peerNames.filter((n) => benchPkg(n)).map((n) => [n, version(n)])),
    gnuTime: gnuTimeVersion(),
  },
  corpus: { generator: GENERATOR_VERSION, seed: DEFAULT_SEED, set10k: manifest.sets?.n10000 },
  profilesMd: profiles.map(([t, r]) => profileMarkdown(t, r)).join('\n'),
};
const records = cells.map((c) => ({
  tool: c.tool.id, size: c.size.id, cmd: c.cmd.map((a) => a.replace(`${ROOT}/`, '')), status: c.status, note: c.note, check: c.check,
  summary: c.summary, coldCache: c.coldCache?.wall, runs: c.runs, warmups: c.warmups,
  mixedBuild: c.tool.kind === 'rnsocial' && new Set(c.runs.map((r) => r.build)).size > 1,
  build: c.runs[0]?.build,
}));
meta.builds = [...new Set([buildAtStart, ...records.filter((r) => r.tool.startsWith('rnsocial')).map((r) => r.build).filter(Boolean), buildStamp()])]
  .sort().map((t) => new Date(t).toISOString());
if (opt.carryOver) {
  const old = JSON.parse(readFileSync(opt.carryOver, 'utf8'));
  const have = new Set(records.map((r) => `${r.tool}/${r.size}`));
  const carried = old.records.filter((r) => !have.has(`${r.tool}/${r.size}`) && selectedSizes.includes(r.size) && toolsUsed.some((t) => t.id === r.tool) && !r.tool.startsWith('rnsocial'));
  for (const r of carried) records.push({ ...r, carried: old.meta.date, note: [r.note, `carried over from the run of ${old.meta.date.replace(/\.\d+Z$/, 'Z')}`].filter(Boolean).join('; ') });
  if (carried.length) meta.carriedFrom = old.meta.date;
}
const stamp = meta.date.replace(/[:.]/g, '-');
const raw = `${JSON.stringify({ meta, records }, null, 2)}\n`;
writeFileSync(path.join(OUT, `results-${stamp}.json`), raw);
writeFileSync(path.join(OUT, 'latest.json'), raw);
writeFileSync(opt.out, renderReport(meta, records));
log(`bench: wrote ${path.relative(process.cwd(), opt.out)} and bench/.out/results-${stamp}.json (${fmt(elapsed())})`);
