#!/usr/bin/env node
// The html report on 1,000 generated drafts (bench/corpus/n1000, from gen-corpus.mjs) through the
// built CLI: the report's size (goal < 5 MB), the lint run's wall time with --format html against
// --format json (goal ≤ +20 %; html also builds the previews), and how long Chromium takes to load
// and render it (goal < 2 s) next to a plain page of the same size (this machine's floor), plus one
// filter change. Not a test: it prints figures.
//
//   npm run build && node bench/html.mjs [--runs 5] [--set n1000] [--chromium /usr/bin/chromium]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './gen-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/rnsocial.js');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, set: { type: 'string', default: 'n1000' }, chromium: { type: 'string', default: '/usr/bin/chromium' } },
});
const runs = Number(values.runs);
const corpus = path.join(ROOT, 'bench/corpus', values.set);
if (!existsSync(corpus)) generate({ sets: [Number(values.set.slice(1))], log: () => {} });
const drafts = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).length;
const out = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-html-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function lint(format) {
  const file = path.join(out, `report.${format}`);
  const started = process.hrtime.bigint();
  // Run inside the corpus (as bench/run.mjs does): from the repository root, .gitignore hides bench/corpus/.
  const child = spawnSync(process.execPath, [BIN, 'lint', '.', '--format', format, '-o', file], { cwd: corpus, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`rnsocial --format ${format} exited ${child.status}: ${child.stderr}`);
  return { ms, file };
}

console.log(`${drafts} drafts in ${path.relative(ROOT, corpus)}; ${runs} alternating run(s) per format (+1 warm-up each)`);
lint('json');
lint('html');
const times = { json: [], html: [] };
for (let i = 0; i < runs; i++) {
  for (const format of ['json', 'html']) times[format].push(lint(format).ms);
}
const json = median(times.json);
const html = median(times.html);
const report = path.join(out, 'report.html');
const size = statSync(report).size;
console.log(`lint --format json   median ${json.toFixed(0)} ms  (${times.json.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`lint --format html   median ${html.toFixed(0)} ms  (${times.html.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`html vs json         ${((html / json - 1) * 100).toFixed(1)} %   (goal ≤ +20 %)`);
console.log(`report size          ${(size / 1e6).toFixed(2)} MB, ${(size / drafts / 1000).toFixed(1)} kB per draft   (goal < 5 MB)`);

if (!existsSync(values.chromium)) {
  console.log(`render: skipped, no Chromium at ${values.chromium}`);
} else {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: values.chromium, args: ['--no-sandbox'] });
  // The floor on this machine: plain paragraphs of the same size, no script, one style rule.
  const floor = path.join(out, 'floor.html');
  const line = '<p>Vi har åbent hus på lørdag. Kom og se, hvordan vi arbejder, og mød personalet.</p>\n';
  writeFileSync(floor, `<!DOCTYPE html><html lang="da"><title>floor</title><style>p{margin:0}</style>${line.repeat(Math.ceil(size / Buffer.byteLength(line)))}</html>`);
  const open = async (file) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const started = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
    // two frames after load: the script has folded captions and run the filters once, and layout is done
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return { page, ms: performance.now() - started };
  };
  const loads = [];
  const floors = [];
  const filters = [];
  try {
    for (let i = 0; i < runs; i++) {
      const base = await open(floor);
      floors.push(base.ms);
      await base.page.close();
      const { page, ms } = await open(report);
      loads.push(ms);
      filters.push(
        await page.evaluate(() => {
          const select = document.getElementById('filter-rule');
          const t0 = performance.now();
          select.value = select.options[1].value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          document.body.getBoundingClientRect(); // force the layout the change causes
          return performance.now() - t0;
        }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`chromium load+render median ${median(loads).toFixed(0)} ms  (${loads.map((t) => t.toFixed(0)).join(', ')})   (goal < 2 s)`);
  console.log(`  same-size plain page median ${median(floors).toFixed(0)} ms  (${floors.map((t) => t.toFixed(0)).join(', ')}): the machine's floor`);
  console.log(`one filter change    median ${median(filters).toFixed(0)} ms`);
}
