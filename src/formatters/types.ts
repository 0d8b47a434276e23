/** A formatter turns the run's results into the text rnsocial prints or writes. */
import type { LintResult, RuleInfo } from '../core/results.js';
import type { Lang } from '../core/lang.js';

export interface FormatterContext {
  cwd: string;
  lang: Lang;
  color: boolean;
  /** Every rule that ran, for formats that describe rules (SARIF). */
  rules: readonly RuleInfo[];
  version: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
