/** `--rule 'tone/officialese:off'` (repeatable; a comma-separated list also works). */
import type { RuleSettings } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { SEVERITIES, type Severity } from '../core/severity.js';

export function parseCliRules(values: readonly string[]): RuleSettings {
  const out: RuleSettings = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([^:\s]+)\s*:\s*([a-z]+)\s*$/.exec(value);
    if (!m || !(SEVERITIES as readonly string[]).includes(m[2]!)) {
      throw new UsageError(`--rule "${value}": expected rule-id:severity, with severity ${SEVERITIES.join(', ')} (fx tone/officialese:off)`);
    }
    out[m[1]!] = { severity: m[2] as Severity };
  }
  return out;
}
