/** Rules as the packs and the config describe them. */

export const SEVERITIES = ['error', 'warn', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Localized {
  da: string;
  en: string;
}
export type Lang = keyof Localized;

/** A rule entry as written in a pack; platform packs and user packs may give only part of it. */
export interface RuleSpec {
  check?: string;
  severity?: Severity;
  fixable?: boolean;
  source?: string;
  description?: Localized;
  /** Shorthand for `messages.default`. */
  message?: Localized;
  messages?: Record<string, Localized>;
  options?: Record<string, unknown>;
}

/** A rule with everything resolved for one platform. */
export interface Rule {
  id: string;
  category: string;
  check: string;
  severity: Severity;
  fixable: boolean;
  source: string;
  description: Localized;
  messages: Record<string, Localized>;
  options: Record<string, unknown>;
  /** The folder its lexicon paths are relative to (the pack's folder). */
  baseDir: string;
}

export function ruleCategory(id: string): string {
  return id.split('/')[0] ?? id;
}

/** Fill `{placeholders}` from data; unknown ones become empty so a message never shows braces. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (_, key: string) => (data[key] === undefined ? '' : String(data[key])));
}

/** Deep merge of plain objects; arrays and scalars from `over` replace those in `base`. */
export function mergeOptions(base: Record<string, unknown>, over: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!over) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? mergeOptions(prev, value) : value;
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
