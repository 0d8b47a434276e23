#!/usr/bin/env node
// Adversarial drafts through the built pipeline (dist/, in-process): CPU time per KB for long
// runs of `*_`, brackets, nested quotes and lists, and long lines, at 10, 50 and 200 KB, with
// and without the draft/too-complex guard (src/draft/complexity.ts). Not a test: it measures
// time, which tests never assert. Shows that a guarded draft costs about as much per KB as plain
// text, and what the parser alone would cost without the guard.
//
//   npm run build && node bench/adversarial.mjs [--sizes 10,50,200] [--unguarded 10]
//
// --unguarded: the largest size (KB) the bare remark parse is timed at (it grows faster than
// linearly: minutes at 200 KB), 0 to skip it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,50,200' }, unguarded: { type: 'string', default: '10' } } });
const sizes = values.sizes.split(',').map(Number);
const unguardedMax = Number(values.unguarded);

const { resolveConfig } = await import(path.join(ROOT, 'dist/config/load.js'));
const { Project } = await import(path.join(ROOT, 'dist/engine/project.js'));
const { findComplexity } = await import(path.join(ROOT, 'dist/draft/complexity.js'));
const markdown = await import(path.join(ROOT, 'dist/draft/markdown.js'));
const parseFull = markdown.parseMarkdownFull ?? markdown.parseMarkdown;

const project = new Project({ config: resolveConfig({ maxDraftBytes: 1024 * 1024 }, undefined, ROOT), lang: 'da' });
const FM = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n';

const fill = (unit) => (kb) => unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);
const PROSE = (kb) => 'Vi glæder os til at se dig til åbent hus i Hjørring. Kom forbi og mød personalet.\n'.repeat(Math.ceil((kb * 1024) / 80));
const PATTERNS = {
  'plain prose': fill('Vi glæder os til at se dig til åbent hus i Hjørring. Kom forbi og mød personalet.\n'),
  '*_*_ (one line)': fill('*_'),
  '***…x…***': (kb) => `${'*'.repeat(kb * 512)}x${'*'.repeat(kb * 512)}`,
  '*a _b … b_ a*': (kb) => { const k = Math.floor((kb * 1024) / 12); return '*a _b '.repeat(k) + ' b_ a*'.repeat(k); },
  '[[[a](](': fill('[[[a]('),
  '> > > (one line)': fill('>'),
  '- - - (one line)': fill('- '),
  'growing > depth': (kb) => { let s = ''; for (let d = 1; s.length < kb * 1024; d++) s += `${'>'.repeat(d)} x\n`; return s; },
  'growing list indent': (kb) => { let s = ''; for (let d = 0; s.length < kb * 1024; d++) s += `${' '.repeat(2 * d)}- x\n`; return s; },
  'one long line': fill('Hej med dig, vi ses i morgen kl. 14.30 på Aalborg Universitetshospital '),
  // The worst the guard lets through: just under each limit, the rest plain prose.
  'limit: 999 * around x': (kb) => `${'*'.repeat(499)}x${'*'.repeat(499)}\n\n${PROSE(kb)}`.slice(0, kb * 1024),
  'limit: *a _b ×499': (kb) => `${'*a _b '.repeat(250)}${' b_ a*'.repeat(249)}\n\n${PROSE(kb)}`.slice(0, kb * 1024),
  'limit: 999 [': (kb) => `${'['.repeat(999)}\n\n${PROSE(kb)}`.slice(0, kb * 1024),
  'limit: 31 > on 64 lines': (kb) => `${`${'>'.repeat(30)} x\n`.repeat(64)}\n${PROSE(kb)}`.slice(0, kb * 1024),
  'limit: 15 "- " on 125 lines': (kb) => `${`${'- '.repeat(15)}x\n`.repeat(125)}\n${PROSE(kb)}`.slice(0, kb * 1024),
  'limit: 1,000 "- " items': (kb) => `${'- x\n'.repeat(999)}\n${PROSE(kb)}`.slice(0, kb * 1024),
  'spread markers': (kb) => fill('Vi glæder os til at se dig til åbent hus i Hjørring. Kom forbi og mød personalet. *')(kb).slice(0, kb * 1024),
};

const cpu = (run) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

project.lintBytes(Buffer.from(`${FM}Hej *med* [dig](https://rn.dk).\n`), path.join(ROOT, 'warm.md')); // load rules and word lists
const rows = [['pattern', 'KB', 'guard', 'lint ms', 'ms/KB', 'bare parse ms']];
for (const [name, make] of Object.entries(PATTERNS)) {
  for (const kb of sizes) {
    const text = FM + make(kb);
    const bytes = Buffer.from(text, 'utf8');
    const guard = findComplexity(text);
    const ms = cpu(() => project.lintBytes(bytes, path.join(ROOT, 'adversarial.md')));
    const bare = kb <= unguardedMax ? cpu(() => parseFull(text)).toFixed(0) : '–';
    rows.push([name, String(kb), guard ? `${guard.kind} (line ${guard.line})` : '–', ms.toFixed(0), (ms / kb).toFixed(1), bare]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log('\nCPU time (user + system) of one in-process lint; the bare parse is remark without the guard.');
