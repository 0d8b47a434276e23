#!/usr/bin/env node
// One 5 MB draft through the built CLI (bin/rnsocial.js → dist/): wall time, peak RSS and the
// exit code (with maxDraftBytes raised, so the draft is linted, not refused). It was a test ("a 5 MB draft completes", ~15–50 s); it measures speed and memory,
// so it lives here and is not part of `npm test`.
//
//   npm run build && node bench/big-draft.mjs [--mb 5] [--runs 3]
//
// Peak RSS is the child's own: a tiny --import hook prints process.resourceUsage().maxRSS when it
// exits. The script fails only when a run does not end with exit code 0 or 1 and a JSON result.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/rnsocial.js');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } } });
const megabytes = Number(values.mb);
const runs = Number(values.runs);

// The draft the old test used: a plain Danish paragraph over and over, a blank line every tenth.
const paragraph = 'Vi glæder os til at se dig til åbent hus i Hjørring. Kom forbi og mød personalet. ';
const target = megabytes * 1_000_000;
const parts = [];
let size = 0;
for (let i = 0; size < target; i++) {
  const part = i % 10 === 9 ? `${paragraph}\n\n` : paragraph;
  parts.push(part);
  size += Buffer.byteLength(part);
}
const text = `---\nplatform: facebook\npage: Regionshospital Nordjylland\n---\n${parts.join('')}`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-big-'));
const file = path.join(dir, 'stor.md');
writeFileSync(file, text);
// Prints the child's own peak RSS (KiB on Linux) to stderr when it exits.
const hook = path.join(dir, 'rss.mjs');
writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");

console.log(`draft: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB, ${text.split('\n').length} lines; ${runs} run(s) of rnsocial lint --format json`);
let failed = false;
for (let run = 1; run <= runs; run++) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', hook, BIN, 'lint', file, '--format', 'json', '--config', path.join(ROOT, 'bench', 'big-drafts.rnsocialrc.json')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKiB = Number(/maxRSS (\d+)/.exec(child.stderr ?? '')?.[1] ?? NaN);
  let messages = NaN;
  try {
    const [result] = JSON.parse(child.stdout);
    if (!result.filePath.endsWith('stor.md')) throw new Error(`unexpected file ${result.filePath}`);
    messages = result.messages.length;
  } catch (error) {
    failed = true;
    console.error(`run ${run}: no JSON result (${error.message}); stderr:\n${child.stderr}`);
  }
  if (child.status !== 0 && child.status !== 1) failed = true;
  console.log(`run ${run}: ${seconds.toFixed(2)} s, peak RSS ${(rssKiB / 1024).toFixed(0)} MiB, exit ${child.status}, ${messages} message(s)`);
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
