#!/usr/bin/env node
// Profile one rnsocial run with `node --cpu-prof` and summarise where the time goes: self time by
// area (rnsocial's own dist/ files, each npm package, Node internals, GC) and the hottest functions.
//
//   node bench/profile.mjs [target] [--interval µs] [--top N] [--unbundled] [-- extra lint args]
//   (target relative to bench/corpus, default n1000; --unbundled runs dist/cli/main.js instead of the
//   bundle, so functions are named by source file)
// The .cpuprofile is kept in bench/.out/prof/ (open it in Chrome DevTools → Performance).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const CORPUS = path.join(here, 'corpus');

function shortUrl(url) {
  if (!url) return '';
  let u = url.replace(/^file:\/\//, '');
  if (u.startsWith(`${ROOT}/`)) u = u.slice(ROOT.length + 1);
  return u;
}

function areaOf(frame) {
  const { functionName, url } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: V8/native, incl. compiling)';
    return '(native)';
  }
  if (url.startsWith('node:')) return url.startsWith('node:internal/modules') ? 'node: module loader' : 'node: other internals';
  const u = shortUrl(url);
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = u.slice(nm + 'node_modules/'.length).split('/');
    return `npm: ${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  const m = /^(?:dist|bin)\/(.*)$/.exec(u);
  if (m) return m[1].startsWith('bundle/') ? `rnsocial bundle: ${m[1].slice(7)}` : `rnsocial: ${m[1].replace(/\.js$/, '')}`;
  return u;
}

/** Summarise a .cpuprofile: { totalMs, areas: [[name, ms]], functions: [[name, ms]] }. */
export function summarise(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const areas = new Map();
  const functions = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    if (!callFrame.url && callFrame.functionName === '(idle)') {
      idle += ms; // a thread waiting (e.g. the main thread while workers lint): not work
      continue;
    }
    total += ms;
    const area = areaOf(callFrame);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    let name = callFrame.functionName || '(anonymous)';
    if (name.length > 60) name = `${name.slice(0, 57)}…`;
    const fn = `${name} — ${shortUrl(callFrame.url) || area}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, idleMs: idle, areas: sorted(areas).slice(0, top), functions: sorted(functions).slice(0, top) };
}

/** Run rnsocial once under --cpu-prof; returns { summary, file, wallMs, code }. */
export function profileRun(target, { interval = 1000, top = 20, unbundled = false, extraArgs = [] } = {}) {
  const dir = path.join(here, '.out', 'prof', `${target.replace(/[^\w.-]+/g, '_')}${unbundled ? '-unbundled' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', String(interval),
      unbundled ? path.join(here, 'lib', 'cli-unbundled.mjs') : path.join(ROOT, 'bin', 'rnsocial.js'), 'lint', target, '--format', 'json', ...extraArgs],
    { cwd: CORPUS, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wallMs = performance.now() - t0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no profile written (exit ${r.status}): ${r.stderr}`);
  // With worker threads there is one profile per thread: summarise them together.
  const merged = { areas: new Map(), functions: new Map(), totalMs: 0, idleMs: 0 };
  for (const f of files) {
    const s = summarise(JSON.parse(readFileSync(path.join(dir, f), 'utf8')), 1e9);
    merged.totalMs += s.totalMs;
    merged.idleMs += s.idleMs;
    for (const [k, v] of s.areas) merged.areas.set(k, (merged.areas.get(k) ?? 0) + v);
    for (const [k, v] of s.functions) merged.functions.set(k, (merged.functions.get(k) ?? 0) + v);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    summary: { totalMs: merged.totalMs, idleMs: merged.idleMs, areas: sorted(merged.areas), functions: sorted(merged.functions), threads: files.length },
    command: `rnsocial lint ${target}${extraArgs.length ? ` ${extraArgs.join(' ')}` : ''}${unbundled ? ' (from dist/cli/main.js, unbundled)' : ''}`,
    file: path.relative(ROOT, path.join(dir, files[0])),
    wallMs,
    code: r.status,
  };
}

export function profileMarkdown(target, run) {
  const { summary } = run;
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1)} %`;
  const lines = [
    `**\`${run.command ?? `rnsocial lint ${target}`}\`** — ${(run.wallMs / 1000).toFixed(2)} s wall under the profiler, ${(summary.totalMs / 1000).toFixed(2)} s of CPU sampled` +
      `${summary.threads > 1 ? ` over ${summary.threads} threads` : ''}${summary.idleMs >= 50 ? ` (+ ${(summary.idleMs / 1000).toFixed(2)} s idle, left out)` : ''} (\`${run.file}\`)`,
    '',
    '| self time by area | ms | share |',
    '|---|--:|--:|',
    ...summary.areas.map(([k, v]) => `| ${k} | ${v.toFixed(0)} | ${pct(v)} |`),
    '',
    '| hottest functions (self time) | ms | share |',
    '|---|--:|--:|',
    ...summary.functions.map(([k, v]) => `| \`${k.replace(/\|/g, '\\|')}\` | ${v.toFixed(0)} | ${pct(v)} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  const target = own.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--interval', '--top'].includes(own[i - 1]))) ?? 'n1000';
  const rest = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
  const run = profileRun(target, { interval: Number(opt('--interval', 1000)), top: Number(opt('--top', 20)), unbundled: args.includes('--unbundled'), extraArgs: rest });
  process.stdout.write(profileMarkdown(target, run));
}
