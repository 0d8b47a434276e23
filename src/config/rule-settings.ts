/**
 * Rule settings from the config and `--rule` must name real rules and give options the
 * rule's check kind understands; otherwise the run stops with a "did you mean".
 */
import { getCheckKind } from '../checks/index.js';
import { didYouMean } from '../draft/frontmatter.js';
import type { RuleSetting } from '../engine/linter.js';
import type { RuleCatalogue } from '../engine/packs.js';
import { mergeOptions, SEVERITIES } from '../engine/rule.js';
import { UsageError } from './errors.js';
import { validateAgainst } from './validate.js';

export function checkRuleSettings(settings: Record<string, RuleSetting>, catalogue: RuleCatalogue, where: string): void {
  const ids = catalogue.ids;
  for (const [id, setting] of Object.entries(settings)) {
    const rule = catalogue.find(id);
    if (!rule) {
      const suggestion = didYouMean(id, ids);
      throw new UsageError(`${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
    if (!setting.options) continue;
    const kind = getCheckKind(rule.check);
    const problem = kind && validateAgainst(kind.optionsSchema, mergeOptions(rule.options, setting.options), `${id}.options`);
    if (problem) throw new UsageError(`${where}: ${problem}`);
  }
}

/** Parse `--rule 'tone/officialese:off'` (repeatable; a comma-separated list also works). */
export function parseCliRules(values: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([^:\s]+)\s*:\s*([a-z]+)\s*$/.exec(value);
    if (!m || !(SEVERITIES as readonly string[]).includes(m[2]!)) {
      throw new UsageError(`--rule "${value}": expected rule-id:severity, with severity ${SEVERITIES.join(', ')} (fx tone/officialese:off)`);
    }
    out[m[1]!] = { severity: m[2] as RuleSetting['severity'] };
  }
  return out;
}
