/**
 * html: one self-contained page (no network, no external fonts or scripts) that managers and
 * editors can open from a CI artifact: a summary with filters, then per draft how each platform
 * will show the post (fold, thread, media, publish time), the messages marked where they are in
 * the preview and in the source, with the rule's explanation and any proposed fix.
 *
 * Everything from a draft is escaped (./html/escape.ts) and the page's Content-Security-Policy
 * allows only its own inline style and script (by hash), so draft text can never run.
 * Deterministic: the same results give the same bytes (no dates, ids by position).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DraftPreview } from '../core/preview.js';
import type { LintResult, RuleInfo } from '../core/results.js';
import { esc } from './html/escape.js';
import { lineStarts, offsetOf } from './html/offsets.js';
import { severityClass, type PlacedMessage } from './html/placed.js';
import { previewMarkId, renderPlatformPreview } from './html/preview-card.js';
import { SCRIPT } from './html/script.js';
import { renderSource, sourceMarkId } from './html/source-view.js';
import { STYLE } from './html/style.js';
import { renderSummary } from './html/summary.js';
import { PLATFORM_LABELS, WORDS, type Words } from './html/words.js';
import type { Formatter } from './types.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; form-action 'none'; base-uri 'none'`;

export const html: Formatter = (results, { cwd, lang, rules, version }) => {
  const w = WORDS[lang];
  const ruleInfo = new Map(rules.map((r) => [r.id, r]));
  const drafts = results.map((result, index) => renderDraft(result, `d${index + 1}`, cwd, w, ruleInfo, lang));
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(w.title)}</title><style>${STYLE}</style></head>\n<body>` +
    `<header><h1>${esc(w.title)}</h1></header>\n<main>${renderSummary(results, w)}\n` +
    `<section aria-labelledby="drafts-h"><h2 id="drafts-h">${esc(w.drafts)}</h2>\n${drafts.join('\n')}\n</section></main>\n` +
    `<footer><p class="note">${esc(w.generated(version))} <noscript>${esc(w.noScript)}</noscript></p></footer>` +
    `<script>${SCRIPT}</script></body></html>\n`
  );
};

function renderDraft(result: LintResult, id: string, cwd: string, w: Words, ruleInfo: ReadonlyMap<string, RuleInfo>, lang: 'da' | 'en'): string {
  const file = (path.relative(cwd, result.filePath) || result.filePath).split(path.sep).join('/');
  const { preview } = result;
  const starts = preview ? lineStarts(preview.source) : [];
  const placed = result.messages.map((message, k): PlacedMessage => {
    const platforms = message.platforms.length > 0 ? message.platforms : result.platforms;
    if (!preview) return { message, id: `${id}-m${k + 1}`, platforms };
    const start = offsetOf(starts, preview.source.length, message.line, message.column);
    const end = Math.max(start, offsetOf(starts, preview.source.length, message.endLine, message.endColumn));
    return { message, id: `${id}-m${k + 1}`, range: [start, end], platforms };
  });
  const counts = result.messages.length === 0 ? w.noProblems : [w.errors(result.errorCount), w.warnings(result.warningCount)].join(', ');
  let html =
    `<section class="draft" id="${id}" aria-labelledby="${id}-h" data-errors="${result.errorCount}" data-warnings="${result.warningCount}">` +
    `<h3 id="${id}-h">${esc(file)}</h3>` +
    `<p>${esc(counts)}${result.platforms.length > 0 ? ` · ${result.platforms.map((p) => esc(PLATFORM_LABELS[p])).join(', ')}` : ''}</p>`;
  if (preview) {
    html += renderFacts(preview, w);
    html += `<h4>${esc(w.preview)}</h4><div class="previews">${preview.platforms.map((p) => renderPlatformPreview(p, id, placed, w)).join('')}</div>`;
  } else {
    html += `<p class="note">${esc(w.noPreview)}</p>`;
  }
  if (placed.length > 0) {
    html += `<h4>${esc(w.messages)}</h4><ol class="msgs">${placed.map((p) => renderMessage(p, preview, w, ruleInfo.get(p.message.ruleId), lang)).join('')}</ol>`;
  }
  if (preview) html += `<h4>${esc(w.source)}</h4>${renderSource(preview.source, starts, placed)}`;
  return `${html}</section>`;
}

/** Publish time with its monitoring badge, and the counters. */
function renderFacts(preview: DraftPreview, w: Words): string {
  let html = '';
  const { publish, counters } = preview;
  if (publish) {
    const badge =
      publish.monitored === undefined
        ? `<span class="badge unknown">${esc(w.unknownTime)}</span>`
        : `<span class="badge ${publish.monitored ? 'in' : 'out'}">${esc(publish.monitored ? w.monitored : w.unmonitored)}</span>`;
    html += `<p class="publish">${esc(w.publish)}: ${publish.local !== undefined ? `<time>${esc(publish.raw)}</time>` : esc(publish.raw)}${publish.local !== undefined ? ` (${esc(publish.local)})` : ''} ${badge}</p>`;
  }
  const facts = [`${w.characters}: ${counters.characters}`, `${w.hashtags}: ${counters.hashtags}`, `${w.emoji}: ${counters.emoji}`];
  if (counters.lix !== undefined) facts.push(`${w.lix}: ${counters.lix}`);
  return `${html}<p class="note">${esc(facts.join(' · '))}</p>`;
}

function renderMessage(p: PlacedMessage, preview: DraftPreview | undefined, w: Words, rule: RuleInfo | undefined, lang: 'da' | 'en'): string {
  const m = p.message;
  const sev = severityClass(m.severity);
  const where = `${m.line}:${m.column}`;
  const firstPreview = preview?.platforms.find((pv) => p.platforms.includes(pv.platform));
  let html =
    `<li class="msg ${sev}" id="${p.id}" data-severity="${m.severity === 2 ? 'error' : 'warning'}" data-rule="${esc(m.ruleId)}" data-platforms="${esc(p.platforms.join(' '))}">` +
    `<span class="sev ${sev}">${esc(m.severity === 2 ? w.error : w.warning)}</span> ` +
    (p.range ? `<a href="#${sourceMarkId(p.id)}" title="${esc(w.showInSource)}">${where}</a>` : `<span>${where}</span>`) +
    ` <span class="text">${esc(m.message)}</span> <code class="rule">${esc(m.ruleId)}</code>` +
    (p.platforms.length > 1 ? ` <span class="plats">[${p.platforms.map((x) => esc(PLATFORM_LABELS[x])).join(', ')}]</span>` : '');
  if (p.range && firstPreview) html += ` <a href="#${previewMarkId(p.id, firstPreview.platform)}">${esc(w.showInPreview)}</a>`;
  if (m.fix) {
    const before = preview ? preview.source.slice(m.fix.range[0], m.fix.range[1]) : undefined;
    const after = m.fix.text === '' ? `<ins><em>${esc(w.fixRemove)}</em></ins>` : `<ins>${esc(m.fix.text)}</ins>`;
    html += `<p class="fix">${esc(w.fix)}: ${before !== undefined && before !== '' ? `<del>${esc(before)}</del> → ` : ''}${after}</p>`;
  }
  if (rule) {
    html += `<details><summary>${esc(w.explain)}</summary><p>${esc(rule.description[lang])}</p><p>${esc(w.basis)}: ${esc(rule.source)}</p></details>`;
  }
  return `${html}</li>`;
}
