// Renders bench/RESULTS.md from the measured cells (also from a saved .out/*.json with
// `node bench/run.mjs --report-from FILE`, to change the report without measuring again).

export const SIZES = [
  { id: '1', label: '1 draft', target: 'n1/opslag.md', set: 1, files: 1 },
  { id: '1000', label: '1,000 drafts', target: 'n1000', set: 1000, files: 1000 },
  { id: '10000', label: '10,000 drafts', target: 'n10000', set: 10000, files: 10000 },
  { id: '1mb', label: '1 MB draft', target: 'big/1mb.md', mb: 1, files: 1 },
  { id: '2mb', label: '2 MB draft', target: 'big/2mb.md', mb: 2, files: 1 },
  { id: '4mb', label: '4 MB draft', target: 'big/4mb.md', mb: 4, files: 1 },
  { id: '5mb', label: '5 MB draft', target: 'big/5mb.md', mb: 5, files: 1 },
];
export const SETS = ['1', '1000', '10000'];
export const BIGS = ['1mb', '2mb', '4mb', '5mb'];

export function fmt(s) {
  if (s === undefined || Number.isNaN(s)) return '—';
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 100) return `${s.toFixed(1)} s`;
  return `${s.toFixed(0)} s`;
}
export const fmtMB = (mb) => (mb === undefined ? '—' : `${mb.toFixed(0)} MB`);
export const fmtRatio = (r) => (r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(r >= 100 ? 0 : r >= 10 ? 1 : 2)}×`);

function table(header, rows, align) {
  const a = align ?? header.map((_, i) => (i === 0 ? '---' : '--:'));
  return [`| ${header.join(' | ')} |`, `| ${a.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}


/**
 * @param meta {date, argsShown, elapsed, opt: {quick, warmup, runs, fastRuns, timeout, concurrency},
 *   selectedSizes, tools: [{id, label}], unavailable, info, features, distStale, versions, corpus, profilesMd}
 * @param records [{tool, size, status, note, check, summary, coldCache}]
 */
/**
 * Shown under the goal table when a goal is missed: where the rest of the time goes (the profile
 * section below has this run's figures) and the next lever for each goal. Kept with the report
 * code so it is revised with the levers it names.
 */
const CLOSING_NOTE = `### Closing note: what stands between the missed goals and Node 20

Levers in this build (the first three can be turned off for an A/B run, with byte-identical output:
see README.md; the others are proven equal by tests):
- fast paths in the draft layer (\`RNSOCIAL_FAST_PATH=0\`): plain text without the remark parse for drafts
  without Markdown constructs, and simple frontmatter (\`key: value\` lines, a \`media:\` list of maps)
  without the YAML parser;
- the CLI as one CommonJS bundle started from a V8 code cache (\`RNSOCIAL_CODE_CACHE=0\`);
- \`--cache\`: size + mtime before hashing; results stored as JSON; the run key reused without compiling
  the rules when the settings and every rule file are unchanged, so an all-hit run loads no engine;
- \`--concurrency auto\`: a worker only per 2 MB of drafts and idle core;
- word lists: a token that starts no entry is rejected by one Map lookup, and plain entries are
  compiled the first time a draft has their first word (a one-draft run no longer compiles every list);
- one tokenizer pass serves the prose and the published text where they are the same text;
- a cross-post runs a rule once when its check never reads the platform, replaying its reports;
- \`Intl.Segmenter\` and the \`\\p{RGI_Emoji}\` pattern only where a text needs them; code points,
  visible text and the first character over a limit without per-character arrays;
- bin/rnsocial.js lets V8's old generation grow to 1.5× what survives a full collection (default: up
  to 4×): the same speed, much less memory.

- **1 draft.** The *bundled parse floor* (micromark + yaml in one file, no rules at all) is already
  ~1.6× \`node -e 0\` in this run's 1-draft column: a linter that must also load and validate ~100 rules
  cannot reach 1.8× by loading less. What is left (profile below): deserialising the code cache (~45 ms),
  compiling the rule packs for every platform (~40 ms: option schemas and word lists), twitter-text's URL
  regex on first use (~28 ms), \`Intl.DateTimeFormat\` for a publish time (~23 ms), GC (~45 ms). Next
  levers: a build-time snapshot of the compiled default rule set (used when the config adds no packs or
  rule options), hashtags and URLs from rnsocial's own tokenizer instead of twitter-text's regexes (it must
  pass twitter-text's conformance suite first), and a V8 start-up snapshot (\`--snapshot-blob\`: experimental
  in Node 20).
- **10,000 drafts, one thread / vs markdownlint-cli2.** The parse floor is remark + yaml only; rnsocial adds
  tokens, sentences, names, twitter-text entities and ~100 rules over them: ~1.0 ms per draft against
  the floor's ~0.5 ms (10,000-draft column, start-up subtracted). Apart from GC (~11 %) no function
  is above ~3 % any more (profile below): micromark (the floor's own work), the phrase matchers
  (~40 word lists, each looking up every token), the tokenizer and twitter-text. Tried and dropped: one
  first-word index shared by all word lists (one lookup per token instead of one per token and list):
  building the index per token stream cost what the lookups saved. Next levers: hashtag/URL entities
  from rnsocial's tokenizer instead of twitter-text, typed-array token tables (less GC), and fewer
  allocations per rule and draft in the engine.
- **--concurrency auto.** On 2 cores the best case is half the single-thread time plus a worker's start-up
  (~0.5 s of CPU), which stays above the single-thread *parse floor* while one thread is over 2× the floor;
  on a busy machine auto rightly stays on one thread (it counts idle cores from the load average).
- **5 MB draft.** Its memory goal is met (the old generation's growth capped, no per-character arrays).
  Its time: micromark's parse and the mdast (the floor's own work) are about a third; the rest is the rule
  work over ~900,000 tokens held as objects, and GC. Next lever: typed-array token tables.
- **Peak RSS, 10,000 drafts.** Close to the line either way, so a run can land on either side of it:
  about 90 MB is there before the first draft (Node itself ~40 MB, the bundle, its code cache, the rules
  and word lists); the rest is the results, the report and V8's young generation (up to 2 × 16 MB
  semi-spaces). \`NODE_OPTIONS=--max-semi-space-size=4\` takes off another ~30 MB at no measured cost on a
  CI machine where memory is tight; V8 takes that flag only at process start, not from a running process.
- **--cache.** Every draft is still stat'ed (~110 ms for 10,000 on Node 20, which builds a Stats object and
  four Dates per call), the 6 MB cache file read and parsed (~120 ms), and the results formatted as an
  uncached run would. Next lever: keep the formatted output of an all-hit run, keyed by the file list and
  their stats, for a run with the same format options (left out: it pays only when not one draft
  changed, which a CI run of a drafts repository or a pre-commit hook seldom sees).`;

export function renderReport(meta, records) {
  // (The body is not indented: most of it is one Markdown template.)
  const { opt, info, features, unavailable, distStale } = meta;
const cellOf = (toolId, sizeId) => records.find((c) => c.tool === toolId && c.size === sizeId);
const minOf = (toolId, sizeId) => {
  const c = cellOf(toolId, sizeId);
  return c && c.status === 'ok' && c.summary.n > 0 ? c.summary.min : undefined;
};
/** " (fastest runs: 1.2×)" — under load the minimum is the steadier estimate of the intrinsic cost. */
const minNote = (a, b) => {
  const r = (minOf(...a) ?? NaN) / (minOf(...b) ?? NaN);
  return Number.isFinite(r) ? `; fastest runs ${fmtRatio(r)}` : '';
};
const med = (toolId, sizeId) => {
  const c = cellOf(toolId, sizeId);
  return c && c.status === 'ok' && c.summary.n > 0 ? c.summary.median : undefined;
};
function show(c) {
  if (!c) return '';
  if (c.status === 'dnf') return `did not finish (> ${opt.timeout} s)${c.carried ? ' †' : ''}`;
  if (c.status === 'failed') return 'failed';
  if (c.status === 'skipped' || c.summary.n === 0) return 'skipped';
  return `${fmt(c.summary.median)}${c.summary.n < 3 ? ` (n=${c.summary.n})` : ''}${c.check && !c.check.ok ? ' ⚠' : ''}${c.carried ? ' †' : ''}`;
}

const colSizes = meta.selectedSizes;
const mainRows = meta.tools.filter((t) => !unavailable[t.id]).map((t) => {
  const rssCell = t.id === 'node' ? cellOf('node', '1') : cellOf(t.id, '10000');
  return [t.label, ...colSizes.map((s) => show(cellOf(t.id, s))), rssCell?.summary?.rssMaxMB !== undefined ? fmtMB(rssCell.summary.rssMaxMB) : ''];
});
const mainTable = table(['', ...colSizes.map((s) => SIZES.find((x) => x.id === s).label), 'peak RSS (10k)'], mainRows);

// The single-thread rnsocial row for the floor goals: --concurrency 1 when the CLI has it.
const stId = med('rnsocial-c1', '10000') !== undefined ? 'rnsocial-c1' : 'rnsocial';
const ratioRows = [];
const ratioRow = (label, f) => {
  const vals = colSizes.map(f);
  if (vals.some((v) => v !== undefined && Number.isFinite(v))) ratioRows.push([label, ...vals.map((v) => (Number.isFinite(v) ? fmtRatio(v) : ''))]);
};
ratioRow('rnsocial ÷ `node -e 0`', (s) => (s === '1' ? (med('rnsocial', s) ?? NaN) / (med('node', '1') ?? NaN) : NaN));
ratioRow('rnsocial ÷ parse floor', (s) => (med('rnsocial', s) ?? NaN) / (med('floor', s) ?? NaN));
ratioRow('rnsocial ÷ read floor', (s) => (med('rnsocial', s) ?? NaN) / (med('read', s) ?? NaN));
ratioRow('markdownlint-cli2 ÷ rnsocial (speed-up)', (s) => (med('markdownlint', s) ?? NaN) / (med('rnsocial', s) ?? NaN));
ratioRow('textlint ÷ rnsocial (speed-up)', (s) => (med('textlint', s) ?? NaN) / (med('rnsocial', s) ?? NaN));
ratioRow('alex ÷ rnsocial (speed-up)', (s) => (med('alex', s) ?? NaN) / (med('rnsocial', s) ?? NaN));
ratioRow(`rnsocial --concurrency ${features.singleThread ?? '1'} ÷ parse floor`, (s) => (med('rnsocial-c1', s) ?? NaN) / (med('floor', s) ?? NaN));
ratioRow(`rnsocial --concurrency ${opt.concurrency} ÷ parse floor`, (s) => (med('rnsocial-workers', s) ?? NaN) / (med('floor', s) ?? NaN));
ratioRow('rnsocial --cache ÷ read floor', (s) => (med('rnsocial-cache', s) ?? NaN) / (med('read', s) ?? NaN));
ratioRow('parse floor ÷ `node -e 0`', (s) => (s === '1' ? (med('floor', s) ?? NaN) / (med('node', '1') ?? NaN) : NaN));
ratioRow('bundled parse floor ÷ parse floor', (s) => (med('floor-bundle', s) ?? NaN) / (med('floor', s) ?? NaN));
const ratioTable = ratioRows.length ? table(['ratio (same run)', ...colSizes.map((s) => SIZES.find((x) => x.id === s).label)], ratioRows) : '';

// Big drafts: marginal cost per MB (time minus the 1-draft time, divided by MB).
const bigRows = [];
const perMB = (toolId, s) => {
  const t = med(toolId, s);
  const base = med(toolId, '1');
  const mb = SIZES.find((x) => x.id === s).mb;
  return t !== undefined && base !== undefined ? (t - base) / mb : undefined;
};
for (const s of BIGS.filter((x) => colSizes.includes(x))) {
  bigRows.push([
    SIZES.find((x) => x.id === s).label,
    fmt(med('floor', s)), fmt(med('rnsocial', s)), fmtRatio((med('rnsocial', s) ?? NaN) / (med('floor', s) ?? NaN)),
    perMB('floor', s) === undefined ? '—' : `${perMB('floor', s).toFixed(2)} s/MB`,
    perMB('rnsocial', s) === undefined ? '—' : `${perMB('rnsocial', s).toFixed(2)} s/MB`,
    fmtMB(cellOf('floor', s)?.summary?.rssMaxMB),
    fmtMB(cellOf('rnsocial', s)?.summary?.rssMaxMB),
  ]);
}
const bigTable = bigRows.length
  ? table(['single draft', 'parse floor', 'rnsocial', 'rnsocial ÷ floor', 'floor per MB¹', 'rnsocial per MB¹', 'floor peak RSS', 'rnsocial peak RSS'], bigRows)
  : '';

// Goals.
const goals = [];
const goal = (name, target, measured, met, why) => goals.push([name, target, measured, met === undefined ? `— n/a${why ? ` (${why})` : ''}` : met ? '✅ met' : '❌ not met']);
{
  const r = (med('rnsocial', '1') ?? NaN) / (med('node', '1') ?? NaN);
  goal('1 draft (editor, on commit)', '≤ 1.8× `node -e 0`', Number.isFinite(r) ? `${fmt(med('rnsocial', '1'))} vs ${fmt(med('node', '1'))} = ${fmtRatio(r)}${minNote(['rnsocial', '1'], ['node', '1'])}` : '—', Number.isFinite(r) ? r <= 1.8 : undefined, 'not measured');
  const st = (med(stId, '10000') ?? NaN) / (med('floor', '10000') ?? NaN);
  goal('10,000 drafts, single thread', '≤ 1.3× parse floor', Number.isFinite(st) ? `${fmt(med(stId, '10000'))} vs ${fmt(med('floor', '10000'))} = ${fmtRatio(st)}${minNote([stId, '10000'], ['floor', '10000'])}${stId === 'rnsocial-c1' ? ` (--concurrency ${features.singleThread ?? '1'})` : ''}` : '—', Number.isFinite(st) ? st <= 1.3 : undefined, 'not measured');
  // "10,000 drafts one thread … ≥ 2× faster than markdownlint-cli2": the single-thread row.
  const ml = (med('markdownlint', '10000') ?? NaN) / (med(stId, '10000') ?? NaN);
  goal('10,000 drafts, single thread vs markdownlint-cli2', '≥ 2× faster', Number.isFinite(ml) ? `${fmt(med('markdownlint', '10000'))} ÷ ${fmt(med(stId, '10000'))} = ${fmtRatio(ml)}${minNote(['markdownlint', '10000'], [stId, '10000'])}` : '—', Number.isFinite(ml) ? ml >= 2 : undefined, 'not measured');
  const wk = (med('rnsocial-workers', '10000') ?? NaN) / (med('floor', '10000') ?? NaN);
  goal(`10,000 drafts, --concurrency ${opt.concurrency}`, '< 1× single-thread parse floor', Number.isFinite(wk) ? `${fmt(med('rnsocial-workers', '10000'))} vs ${fmt(med('floor', '10000'))} = ${fmtRatio(wk)}${minNote(['rnsocial-workers', '10000'], ['floor', '10000'])}` : '—', Number.isFinite(wk) ? wk < 1 : undefined, features.concurrency ? 'not measured' : 'the CLI has no --concurrency yet');
  const big = (med('rnsocial', '5mb') ?? NaN) / (med('floor', '5mb') ?? NaN);
  goal('one 5 MB draft', '≤ 2× parse floor', Number.isFinite(big) ? `${fmt(med('rnsocial', '5mb'))} vs ${fmt(med('floor', '5mb'))} = ${fmtRatio(big)}${minNote(['rnsocial', '5mb'], ['floor', '5mb'])}` : '—', Number.isFinite(big) ? big <= 2 : undefined, 'not measured');
  const bigRss = cellOf('rnsocial', '5mb')?.summary?.rssMaxMB;
  const floorRss = cellOf('floor', '5mb')?.summary?.rssMaxMB;
  const rssRatio = bigRss !== undefined && floorRss !== undefined ? bigRss / floorRss : NaN;
  goal('one 5 MB draft, peak RSS', '≤ 1.5× the parse floor’s', Number.isFinite(rssRatio) ? `${fmtMB(bigRss)} vs ${fmtMB(floorRss)} = ${fmtRatio(rssRatio)}` : '—', Number.isFinite(rssRatio) ? rssRatio <= 1.5 : undefined, 'not measured');
  const rss = cellOf('rnsocial', '10000')?.summary?.rssMaxMB;
  const rssSt = stId !== 'rnsocial' ? cellOf(stId, '10000')?.summary?.rssMaxMB : undefined;
  goal('peak RSS, 10,000 drafts (default options)', '≤ 200 MB', rss !== undefined ? `${fmtMB(rss)}${rssSt !== undefined ? `; single thread ${fmtMB(rssSt)}` : ''}` : '—', rss !== undefined ? rss <= 200 : undefined, 'not measured');
  const ca = (med('rnsocial-cache', '10000') ?? NaN) / (med('read', '10000') ?? NaN);
  goal('--cache, nothing changed, 10,000 drafts', '≤ 1.5× read floor', Number.isFinite(ca) ? `${fmt(med('rnsocial-cache', '10000'))} vs ${fmt(med('read', '10000'))} = ${fmtRatio(ca)}${minNote(['rnsocial-cache', '10000'], ['read', '10000'])}` : '—', Number.isFinite(ca) ? ca <= 1.5 : undefined, features.cache ? 'not measured' : 'the CLI has no --cache yet');
}

const detailRows = records.map((c) => {
  const s = c.summary;
  return [
    c.tool, SIZES.find((x) => x.id === c.size).label, c.status === 'ok' ? fmt(s.median) : show(c), fmt(s.min), fmt(s.max), String(s.n),
    fmt(s.cpu), fmtMB(s.rssMedianMB), fmtMB(s.rssMaxMB),
    [c.mixedBuild ? '**dist/ rebuilt between runs**' : '', c.check?.note, c.coldCache ? `cold-cache first run ${fmt(c.coldCache)}` : '', c.note].filter(Boolean).join('; ').replace(/\|/g, '\\|'),
  ];
});

const { rootVersions, rnsocialVersion, head, dirty, peers, gnuTime } = meta.versions;
const version = (name) => peers[name] ?? 'not installed';
const set10k = meta.corpus.set10k;
const argsShown = meta.argsShown;
const profiles = meta.profilesMd ?? '';
// Every rnsocial variant must report the same messages for the same input.
const consistency = [];
for (const size of colSizes) {
  const counts = records.filter((c) => c.size === size && c.tool.startsWith('rnsocial') && c.check?.messages !== undefined).map((c) => [c.tool, c.check.messages]);
  if (counts.length > 1) {
    const same = counts.every(([, n]) => n === counts[0][1]);
    consistency.push(`${SIZES.find((x) => x.id === size).label}: ${same ? `all ${counts.length} variants report ${counts[0][1]} message(s)` : `**differ**: ${counts.map(([t, n]) => `${t} ${n}`).join(', ')}`}`);
  }
}
const md = `# rnsocial benchmark results

Generated by \`node bench/run.mjs${argsShown ? ` ${argsShown}` : ''}\` on ${meta.date.replace(/\.\d+Z$/, 'Z')}
(${opt.quick ? '**quick mode**: fewer runs, no peers on 10,000 drafts' : 'full mode'}; ${fmt(meta.elapsed)} in all). See [README.md](README.md) for how to run it and what each row means.

## Median wall time

${mainTable}

Median of the measured runs after ${opt.warmup} warm-up run(s) (${opt.runs} runs per cell, ${opt.fastRuns} for sub-second cells; fewer
for slow peers, shown as n=…). "did not finish" = a run passed the ${opt.timeout} s timeout. Peak RSS is the largest of the
runs' peaks (GNU time %M). ⚠ = the output check failed (see the details).${meta.carriedFrom ? ` † = carried over from an earlier run on the same machine (${meta.carriedFrom.replace(/\.\d+Z$/, 'Z')}; same corpus and peer versions), not measured in this one.` : ''}

${ratioTable ? `## Ratios\n\n${ratioTable}\n` : ''}
${bigTable ? `## Big single drafts\n\n${bigTable}\n\n¹ (time − the same tool's 1-draft time) ÷ MB: the cost of the text itself, without start-up. A super-linear step shows as a per-MB cost that grows with the size.\n` : ''}
## Goals (from the issue; ratios measured in this run, full default rule set)

${table(['goal', 'target', 'measured', 'status'], goals, ['---', '---', '---', '---'])}

${goals.some((g) => g[3].startsWith('❌')) ? `${CLOSING_NOTE}\n\n` : ''}${meta.builds && meta.builds.length > 1 ? `**dist/ was rebuilt during this run** (builds seen: ${meta.builds.join(', ')}): rows measured before and after a rebuild measure different code; cells whose own runs straddle a rebuild are marked in the details.\n\n` : ''}${meta.caveat ? `${meta.caveat}\n\n` : ''}## Machine

- ${info.nproc} CPU(s) (\`nproc\`): ${info.cpu}${info.mhz ? ` @ ${info.mhz} MHz` : ''}; ${info.memGiB} GiB memory; ${info.os}
- Node ${info.node}; ${gnuTime ?? 'no GNU time (peak RSS not measured)'}
- Load average (1/5/15 min) at start ${info.loadStart.map((x) => x.toFixed(2)).join(' / ')}, at end ${info.loadEnd.map((x) => x.toFixed(2)).join(' / ')}.
  **This machine is shared**: other sessions' builds and tests may run at the same time, so absolute times
  are noisy; the cells are interleaved (round-robin) so that drift hits every row alike, and the ratios are the
  figures to compare. Busiest processes at start: ${info.busyStart.map((x) => `\`${x}\``).join(', ')}; at end: ${info.busyEnd.map((x) => `\`${x}\``).join(', ')}.

## Versions

- rnsocial ${rnsocialVersion} (commit ${head || '?'}${dirty ? `, ${dirty} uncommitted change(s) in src/ and rules/` : ''}), run from dist/${distStale ? ' — **warning: src/ has .ts files newer than dist/; rebuild to measure the current code**' : ''}
- rnsocial's parsers (from the project's node_modules; used by the parse floor too): ${Object.entries(rootVersions).map(([k, v]) => `${k} ${v}`).join(', ')}
- CLI options found in \`rnsocial lint --help\`: --cache ${features.cache ? 'yes' : 'no'}, --cache-location ${features.cacheLocation ? 'yes' : 'no'}, --concurrency ${features.concurrency ? 'yes' : 'no'}
- Peers (bench/node_modules): markdownlint-cli2 ${version('markdownlint-cli2')} (markdownlint ${version('markdownlint')}), textlint ${version('textlint')} with textlint-rule-max-comma ${version('textlint-rule-max-comma')}, textlint-rule-sentence-length ${version('textlint-rule-sentence-length')}, textlint-rule-no-todo ${version('textlint-rule-no-todo')}; alex ${version('alex')}; esbuild ${version('esbuild')}
- Corpus: generator v${meta.corpus.generator}, seed \`${meta.corpus.seed}\`${set10k ? `; 10,000 drafts = ${(set10k.bytes / 1e6).toFixed(2)} MB, mean ${set10k.meanBytes} bytes (sha256 ${set10k.sha256.slice(0, 12)}…)` : ''}
${Object.keys(unavailable).length ? `- Not run: ${Object.entries(unavailable).map(([k, v]) => `${k} (${v})`).join('; ')}\n` : ''}
## Details

${table(['tool', 'input', 'median', 'min', 'max', 'n', 'CPU user+sys', 'RSS median', 'RSS max', 'check / notes'], detailRows, ['---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---'])}

CPU user+sys above wall time means more than one core was busy (worker threads, or V8's GC and compiler threads).
${consistency.length ? `\nSame findings across rnsocial variants (checked on each variant's first run): ${consistency.join('; ')}.\n` : ''}${profiles ? `
## Where rnsocial's time goes (\`node --cpu-prof\`, one run each)

${profiles}` : ''}
## Reference figures from the issue (another machine, for orientation only)

| | 1 draft | 1,000 drafts | 10,000 drafts | one 5 MB draft | peak RSS (10k) |
|---|--:|--:|--:|--:|--:|
| \`node -e 0\` | 0.10–0.14 s | | | | 39 MB |
| parse floor | 0.26–0.32 s | 1.5 s | 3.7–4.3 s | 2.7 s | 142 MB |
| the same floor bundled (esbuild) | 0.16 s | | 3.6 s | | |
| markdownlint-cli2 0.22 | 0.50 s | 2.0 s | 15.4 s | 5.8 s | 215 MB |
| textlint 15.8, 3 generic rules | 0.67 s | 4.1 s | 43 s | did not finish (quadratic) | 366 MB |
| alex 11 | 1.2 s | 8.7 s | 149 s | 62 s | 1.2 GB |
`;
  return md;
}
