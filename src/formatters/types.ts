/** A formatter turns the run's results into the text rnsocial prints or writes. */
import type { LintResult } from '../engine/linter.js';
import type { Rule, Lang } from '../engine/rule.js';

export interface FormatterContext {
  cwd: string;
  lang: Lang;
  color: boolean;
  /** Every rule that ran, for formats that describe rules (SARIF). */
  rules: readonly Rule[];
  version: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
