#!/usr/bin/env node
/**
 * The language server's typing latency: `rnsocial lsp --stdio` (the built bin/rnsocial.js) with
 * debounce 0, a draft open, then edits one keystroke at a time; each measured from sending
 * didChange to receiving its publishDiagnostics. A typical draft (fixtures/), then a ~100 kB draft;
 * the server's RSS before and after 1,000 edits. Prints a markdown table. Not a test: the numbers
 * depend on the machine. Goal: ≤ 20 ms typical.
 *
 *   npm run build && node bench/lsp.mjs [--edits 200] [--rss-edits 1000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { edits: { type: 'string', default: '200' }, 'rss-edits': { type: 'string', default: '1000' } } });
const EDITS = Number(values.edits);
const RSS_EDITS = Number(values['rss-edits']);

/** A typical draft: a fixture with a few messages (officialese, fixable). */
const TYPICAL = readFileSync(path.join(ROOT, 'fixtures/tone/officialese/bad-vedroerende-parkering.md'), 'utf8');

/** ~100 kB: one frontmatter, then the bodies of the clean fixtures, repeated. */
function bigDraft() {
  const dir = path.join(ROOT, 'fixtures/clean');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = '---\nplatform: facebook\npage: Aalborg Universitetshospital\n---\n';
  for (let i = 0; text.length < 100_000; i++) text += `${bodies[i % bodies.length]}\n`;
  return text;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-lsp-bench-'));
const child = spawn(process.execPath, [path.join(ROOT, 'bin/rnsocial.js'), 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
/** uri → version → resolve */
const pending = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const waiter = pending.get(`${params.uri}#${params.version}`);
  if (waiter) {
    pending.delete(`${params.uri}#${params.version}`);
    waiter(params.diagnostics);
  }
});
connection.onRequest('client/registerCapability', () => null);
connection.listen();

const published = (uri, version) => new Promise((resolve) => pending.set(`${uri}#${version}`, resolve));

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(workspace).href,
  workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
  capabilities: {},
  initializationOptions: { debounce: 0 },
});
await connection.sendNotification('initialized', {});

/** Open `text`, then type `count` characters one at a time at the end of its last line; latencies in ms. */
async function typing(name, text, count) {
  const file = path.join(workspace, name);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const opened = published(uri, 1);
  const openStart = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const diagnostics = await opened;
  const openMs = performance.now() - openStart;
  const lines = text.split('\n');
  const line = lines.length - 2; // the last line with text (the file ends with a newline)
  let character = lines[line].length;
  const times = [];
  for (let i = 0; i < count; i++) {
    const version = i + 2;
    // Type a word, then a space: »kl« »kl « … so sentences and words change as when typing.
    const ch = i % 4 === 3 ? ' ' : 'kla'[i % 4];
    const done = published(uri, version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }],
    });
    await done;
    times.push(performance.now() - start);
    character++;
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { openMs, messages: diagnostics.length, times };
}

function row(label, bytes, result) {
  const sorted = [...result.times].sort((a, b) => a - b);
  const f = (n) => n.toFixed(1);
  return `| ${label} | ${(bytes / 1024).toFixed(1)} kB | ${result.messages} | ${f(result.openMs)} | ${result.times.length} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 95))} | ${f(sorted.at(-1))} |`;
}

// Warm-up: the first open compiles the rules (start-up, not typing).
await typing('warmup.md', TYPICAL, 5);
const typical = await typing('typical.md', TYPICAL, EDITS);
const big = bigDraft();
const large = await typing('big.md', big, EDITS);
const rssBefore = rssMb(child.pid);
const long = await typing('long.md', TYPICAL, RSS_EDITS);
const rssAfter = rssMb(child.pid);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

const longSorted = [...long.times].sort((a, b) => a - b);
console.log(`# rnsocial lsp: didChange → publishDiagnostics (debounce 0)

Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.

| draft | size | messages | open (ms) | edits | median (ms) | p95 (ms) | max (ms) |
|---|---|---|---|---|---|---|---|
${row('typical (fixtures/tone/officialese/bad-vedroerende-parkering.md)', Buffer.byteLength(TYPICAL), typical)}
${row('big (fixtures/clean bodies)', Buffer.byteLength(big), large)}

Server RSS: ${rssBefore.toFixed(1)} MB before, ${rssAfter.toFixed(1)} MB after ${RSS_EDITS} more edits of the typical draft (median ${percentile(longSorted, 50).toFixed(1)} ms, p95 ${percentile(longSorted, 95).toFixed(1)} ms).`);
