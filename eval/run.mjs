#!/usr/bin/env node
// Scores rnsocial against the hand-judged eval set: eval/drafts/*.md + eval/expected.yml.
// Unit of scoring: a (draft, rule id) pair. TP = expected and reported, FP = reported but not
// expected, FN = expected but not reported. Usage: npm run eval [-- --verbose]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const evalDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(evalDir);
const draftsDir = join(evalDir, 'drafts');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

// 1. The expected file and the drafts must match one to one.
const expected = parse(readFileSync(join(evalDir, 'expected.yml'), 'utf8')) ?? {};
const drafts = readdirSync(draftsDir).filter((f) => /\.(md|markdown)$/.test(f)).sort();
const problems = [];
for (const [name, ids] of Object.entries(expected)) {
  if (!existsSync(join(draftsDir, name))) problems.push(`expected.yml names a missing draft: ${name}`);
  if (!Array.isArray(ids)) problems.push(`expected.yml: ${name} must be a list of rule ids`);
}
for (const name of drafts) if (!(name in expected)) problems.push(`draft has no entry in expected.yml: ${name}`);
if (problems.length) fail(problems.join('\n'));

// 2. Run the built CLI once over the whole set.
const args = ['bin/rnsocial.js', 'lint', '--format', 'json', '--no-color'];
if (existsSync(join(evalDir, 'rnsocialrc.json'))) args.push('--config', 'eval/rnsocialrc.json');
args.push('eval/drafts');
const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error || (run.status !== 0 && run.status !== 1)) {
  fail(`the CLI crashed (exit ${run.status ?? run.error?.message}):\n${run.stderr}`);
}
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  fail(`the CLI did not print JSON:\n${run.stdout.slice(0, 500)}\n${run.stderr}`);
}

// 3. Reported rule ids per draft (with the messages, for the listings).
const reported = new Map(drafts.map((d) => [d, new Map()]));
for (const file of results) {
  const name = basename(file.filePath);
  if (!reported.has(name)) continue;
  for (const m of file.messages) {
    const id = m.ruleId ?? '(no rule id)';
    const list = reported.get(name).get(id) ?? [];
    list.push(m);
    reported.get(name).set(id, list);
  }
}

// 4. Score.
const perRule = new Map();
const row = (id) => perRule.get(id) ?? perRule.set(id, { tp: 0, fp: 0, fn: 0 }).get(id);
const fps = [];
const fns = [];
const where = (m) => `${m.line ?? '?'}:${m.column ?? '?'} ${m.message}`.replace(/\s+/g, ' ').trim();
for (const name of drafts) {
  const want = new Set(expected[name]);
  const got = reported.get(name);
  for (const id of want) {
    if (got.has(id)) row(id).tp++;
    else { row(id).fn++; fns.push(`${name}: ${id} (not reported)`); }
  }
  for (const [id, msgs] of got) {
    if (want.has(id)) continue;
    row(id).fp++;
    const more = msgs.length > 1 ? ` [+${msgs.length - 1} more]` : '';
    fps.push(`${name}: ${id} (${where(msgs[0])})${more}`);
  }
}

const ratio = (a, b) => (b === 0 ? '   -' : (a / b).toFixed(2));
const ids = [...perRule.keys()].sort();
const width = Math.max(4, ...ids.map((id) => id.length));
console.log(`${'rule'.padEnd(width)}   TP   FP   FN  precision  recall`);
for (const id of ids) {
  const { tp, fp, fn } = perRule.get(id);
  console.log(
    `${id.padEnd(width)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}` +
      `  ${ratio(tp, tp + fp).padStart(9)}  ${ratio(tp, tp + fn).padStart(6)}`,
  );
}

if (verbose) {
  console.log('\nall messages:');
  for (const name of drafts) {
    for (const [id, msgs] of reported.get(name)) for (const m of msgs) console.log(`${name}: ${id} (${where(m)})`);
  }
}
console.log(`\nfalse positives (${fps.length}):`);
for (const line of fps) console.log(`  ${line}`);
console.log(`\nfalse negatives (${fns.length}):`);
for (const line of fns) console.log(`  ${line}`);

const good = drafts.filter((d) => expected[d].length === 0);
const flagged = good.filter((d) => reported.get(d).size > 0);
console.log(`\ngood drafts flagged: ${flagged.length} of ${good.length}`);
for (const d of flagged) console.log(`  ${d}: ${[...reported.get(d).keys()].join(', ')}`);

const total = [...perRule.values()].reduce((s, r) => ({ tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
const p = total.tp + total.fp === 0 ? 0 : total.tp / (total.tp + total.fp);
const r = total.tp + total.fn === 0 ? 0 : total.tp / (total.tp + total.fn);
console.log(
  `\noverall: precision ${p.toFixed(2)} recall ${r.toFixed(2)} ` +
    `(TP ${total.tp}, FP ${total.fp}, FN ${total.fn}; good drafts flagged ${flagged.length}/${good.length})`,
);
