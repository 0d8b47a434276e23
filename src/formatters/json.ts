/** json: ESLint's JSON shape, so tools that read ESLint's output read ours. */
import type { Formatter } from './types.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: r.suppressedMessages ?? [],
      errorCount: r.errorCount,
      fatalErrorCount: 0,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      usedDeprecatedRules: [],
      platforms: r.platforms,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
