/** What a lint run produces, in ESLint's JSON shape: the formatters see only this. */
import type { Platform } from './platform.js';
import type { DraftPreview } from './preview.js';

/** A text edit: offsets into the draft's text (BOM excluded), end exclusive. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  /** ESLint's numbers: 2 error, 1 warning. */
  severity: 1 | 2;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** The platform(s) the message was found for; more than one for a cross-post. */
  platforms: Platform[];
}

/**
 * A message a disable comment switched off (ESLint's shape), with the comment's reason; or one
 * `--baseline` accepted (kind 'baseline', see src/cli/baseline.ts).
 */
export interface SuppressedMessage extends LintMessage {
  suppressions: Array<{ kind: 'directive' | 'baseline'; justification: string }>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Messages switched off by disable comments or a baseline: kept for audits (JSON, SARIF). */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The platforms the draft was linted for. */
  platforms: Platform[];
  /** The fixed text, when fixes were computed but not written (--fix-dry-run, --stdin). */
  output?: string;
  /** How the draft looks when posted (src/preview/): attached only for reports that show it (html). */
  preview?: DraftPreview;
}

export function summarise(filePath: string, messages: LintMessage[], platforms: Platform[], suppressedMessages: SuppressedMessage[] = []): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, ...(suppressedMessages.length > 0 ? { suppressedMessages } : {}), errorCount, warningCount, fixableErrorCount, fixableWarningCount, platforms };
}

/** What a report says about a rule that ran (SARIF's rule descriptors). */
export interface RuleInfo {
  id: string;
  severity: 'error' | 'warn' | 'off';
  source: string;
  description: Record<'da' | 'en', string>;
  fixable: boolean;
}
