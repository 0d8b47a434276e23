/** ESLint's severity words, and the rule that the configured severity is a ceiling. */
export const SEVERITIES = ['error', 'warn', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ActiveSeverity = Exclude<Severity, 'off'>;

/**
 * The severity of one report: a check may lower it (hashtag/count: warn above 5, error only
 * above 30), never raise it above what the pack, the config or `--rule` set.
 */
export function capSeverity(configured: ActiveSeverity, reported: ActiveSeverity | undefined): ActiveSeverity {
  return reported === 'warn' ? 'warn' : configured;
}
