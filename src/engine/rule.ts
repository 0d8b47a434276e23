/** A compiled rule: a check kind with its options, severity and messages for one platform. */
import type { Localized } from '../core/lang.js';
import type { Severity } from '../core/severity.js';
import type { InlineDisable } from './disable.js';

/** A rule with everything resolved and checked for one platform. Never mutated. */
export interface Rule {
  readonly id: string;
  readonly category: string;
  readonly check: string;
  readonly severity: Severity;
  readonly fixable: boolean;
  readonly source: string;
  readonly description: Localized;
  readonly messages: Readonly<Record<string, Localized>>;
  readonly options: Readonly<Record<string, unknown>>;
  /** The folder its lexicon paths are relative to (the folder of the pack that named them). */
  readonly baseDir: string;
  /** Whether a disable comment may switch it off: yes, never, or only with a reason after `--`. */
  readonly inlineDisable: InlineDisable;
  /** The pack files that define the rule for this platform, first to last. */
  readonly files: readonly string[];
}

export const RULE_ID = /^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/;

export function ruleCategory(id: string): string {
  return id.split('/')[0] ?? id;
}
