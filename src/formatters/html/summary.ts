/** The report's top: totals, problems per rule and per platform, and the filters that use them. */
import { PLATFORMS, type Platform } from '../../core/platform.js';
import type { LintResult } from '../../core/results.js';
import { esc } from './escape.js';
import { PLATFORM_LABELS, type Words } from './words.js';

interface Tally {
  errors: number;
  warnings: number;
  drafts: number;
}

export function renderSummary(results: readonly LintResult[], w: Words): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const byRule = new Map<string, Tally>();
  const byPlatform = new Map<Platform, Tally>();
  const tally = <K>(map: Map<K, Tally>, key: K): Tally => map.get(key) ?? map.set(key, { errors: 0, warnings: 0, drafts: 0 }).get(key)!;
  for (const r of results) {
    for (const p of r.platforms) tally(byPlatform, p).drafts++;
    const rulesHere = new Set<string>();
    for (const m of r.messages) {
      const t = tally(byRule, m.ruleId);
      if (m.severity === 2) t.errors++;
      else t.warnings++;
      if (!rulesHere.has(m.ruleId)) t.drafts++;
      rulesHere.add(m.ruleId);
      for (const p of m.platforms.length > 0 ? m.platforms : r.platforms) {
        const pt = tally(byPlatform, p);
        if (m.severity === 2) pt.errors++;
        else pt.warnings++;
      }
    }
  }
  const rules = [...byRule].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || (a < b ? -1 : a > b ? 1 : 0));
  const platforms = PLATFORMS.filter((p) => byPlatform.has(p));
  const cells = (t: Tally): string => `<td class="n">${t.errors}</td><td class="n">${t.warnings}</td><td class="n">${t.drafts}</td>`;
  const head = (first: string): string =>
    `<thead><tr><th scope="col">${esc(first)}</th><th scope="col">${esc(w.errorsHead)}</th><th scope="col">${esc(w.warningsHead)}</th><th scope="col">${esc(w.draftsHead)}</th></tr></thead>`;
  let html =
    `<section aria-labelledby="summary-h"><h2 id="summary-h">${esc(w.summary)}</h2>` +
    `<p class="totals" id="totals" data-drafts="${results.length}" data-errors="${errors}" data-warnings="${warnings}">${esc(w.draftCount(results.length))}, ${esc(w.errors(errors))}, ${esc(w.warnings(warnings))}</p>`;
  if (rules.length > 0) {
    html +=
      `<table id="by-rule"><caption>${esc(w.byRule)}</caption>${head(w.rule)}<tbody>` +
      rules.map(([id, t]) => `<tr><th scope="row"><code>${esc(id)}</code></th>${cells(t)}</tr>`).join('') +
      `</tbody></table>`;
  }
  if (platforms.length > 0) {
    html +=
      `<table id="by-platform"><caption>${esc(w.byPlatform)}</caption>${head(w.platform)}<tbody>` +
      platforms.map((p) => `<tr><th scope="row">${esc(PLATFORM_LABELS[p])}</th>${cells(byPlatform.get(p)!)}</tr>`).join('') +
      `</tbody></table>`;
  }
  if (rules.length === 0) html += `<p>${esc(w.noProblemsAtAll)}</p>`;
  else html += renderFilters(rules.map(([id]) => id).sort(), platforms, w);
  return `${html}</section>`;
}

/** Hidden until the script runs: without JavaScript a filter could not work, and everything shows. */
function renderFilters(rules: readonly string[], platforms: readonly Platform[], w: Words): string {
  const option = (value: string, label: string): string => `<option value="${esc(value)}">${esc(label)}</option>`;
  return (
    `<form id="filters" hidden><fieldset><legend>${esc(w.severity)}</legend>` +
    `<label><input type="checkbox" name="severity" value="error" checked> ${esc(w.errorsHead)}</label>` +
    `<label><input type="checkbox" name="severity" value="warning" checked> ${esc(w.warningsHead)}</label></fieldset>` +
    `<label for="filter-rule">${esc(w.rule)}</label> <select id="filter-rule" name="rule">${option('', w.all)}${rules.map((id) => option(id, id)).join('')}</select> ` +
    `<label for="filter-platform">${esc(w.platform)}</label> <select id="filter-platform" name="platform">${option('', w.all)}${platforms.map((p) => option(p, PLATFORM_LABELS[p])).join('')}</select>` +
    ` <output id="shown" data-label="${esc(w.shown(0).replace(/^0 /, ''))}" aria-live="polite"></output></form>`
  );
}
