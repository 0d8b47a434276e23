/**
 * A rule pack file (`rules/common.yml`, a platform pack, or a user's pack) read and checked for
 * shape: known keys, the right types, texts in both languages. What a rule's options and
 * messages mean is checked later, against its check kind, by the compiler (compile.ts).
 */
import { LANGS, type Localized } from '../core/lang.js';
import { isPlainObject } from '../core/plain.js';
import { PLATFORM_NAMES, toPlatform, type Platform } from '../core/platform.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import { didYouMean } from '../core/suggest.js';
import { RULE_ID } from './rule.js';
import type { InlineDisable } from './disable.js';
import { readYaml } from './yaml-file.js';

/** A rule entry as written in a pack; platform packs and user packs may give only part of it. */
export interface RuleSpec {
  check?: string;
  severity?: Severity;
  fixable?: boolean;
  source?: string;
  description?: Localized;
  messages?: Record<string, Localized>;
  options?: Record<string, unknown>;
  inlineDisable?: InlineDisable;
}

export interface Pack {
  file: string;
  extends?: string;
  /** Restricts a user pack to some platforms; built-in platform packs are named after theirs. */
  platforms?: Platform[];
  rules: Record<string, RuleSpec>;
}

const PACK_KEYS = ['rules', 'extends', 'platform'];
const RULE_KEYS = ['check', 'severity', 'fixable', 'source', 'description', 'message', 'messages', 'options', 'inlineDisable'];

/** Reads `file`; every problem found goes to `problems` as `file: key path: what was expected`. */
export function readPack(file: string, problems: string[]): Pack {
  const pack: Pack = { file, rules: {} };
  const problem = (key: string, what: string): void => void problems.push(key ? `${file}: ${key}: ${what}` : `${file}: ${what}`);
  let raw: unknown;
  try {
    raw = readYaml(file);
  } catch (error) {
    problem('', (error as Error).message.split('\n')[0]!);
    return pack;
  }
  if (!isPlainObject(raw) || !isPlainObject(raw.rules)) {
    problem('', 'a pack needs a "rules" mapping');
    return pack;
  }
  unknownKeys(raw, PACK_KEYS, '', problem);
  if (raw.extends !== undefined) {
    if (typeof raw.extends === 'string') pack.extends = raw.extends;
    else problem('extends', 'expected the name of a pack (common)');
  }
  if (raw.platform !== undefined) {
    pack.platforms = [];
    for (const value of Array.isArray(raw.platform) ? raw.platform : [raw.platform]) {
      const platform = toPlatform(String(value));
      if (platform) pack.platforms.push(platform);
      else problem('platform', `"${String(value)}" is not one of ${PLATFORM_NAMES.join(', ')}`);
    }
  }
  for (const [id, value] of Object.entries(raw.rules)) {
    const at = `rules.${id}`;
    if (!RULE_ID.test(id)) {
      problem(at, 'a rule id is category/name in kebab-case');
      continue;
    }
    if (!isPlainObject(value)) {
      problem(at, 'expected a mapping (check, severity, source, message, options)');
      continue;
    }
    pack.rules[id] = readRule(value, at, problem);
  }
  return pack;
}

type Problem = (key: string, what: string) => void;

function readRule(raw: Record<string, unknown>, at: string, problem: Problem): RuleSpec {
  unknownKeys(raw, RULE_KEYS, `${at}.`, problem);
  const spec: RuleSpec = {};
  if (raw.check !== undefined) {
    if (typeof raw.check === 'string') spec.check = raw.check;
    else problem(`${at}.check`, 'expected the name of a check kind');
  }
  if (raw.severity !== undefined) {
    if ((SEVERITIES as readonly unknown[]).includes(raw.severity)) spec.severity = raw.severity as Severity;
    else problem(`${at}.severity`, `expected one of ${SEVERITIES.join(', ')}${suggestion(raw.severity, SEVERITIES)}`);
  }
  if (raw.fixable !== undefined) {
    if (typeof raw.fixable === 'boolean') spec.fixable = raw.fixable;
    else problem(`${at}.fixable`, 'expected true or false');
  }
  if (raw.source !== undefined) {
    if (typeof raw.source === 'string' && raw.source.trim() !== '') spec.source = raw.source;
    else problem(`${at}.source`, 'expected the strategy passage the rule comes from');
  }
  if (raw.description !== undefined) {
    const description = localized(raw.description, `${at}.description`, problem);
    if (description) spec.description = description;
  }
  const messages: Record<string, Localized> = {};
  if (raw.message !== undefined) {
    const message = localized(raw.message, `${at}.message`, problem);
    if (message) messages.default = message;
  }
  if (raw.messages !== undefined) {
    if (!isPlainObject(raw.messages)) problem(`${at}.messages`, 'expected message ids, each with da and en');
    else for (const [id, value] of Object.entries(raw.messages)) {
      const message = localized(value, `${at}.messages.${id}`, problem);
      if (message) messages[id] = message;
    }
  }
  if (Object.keys(messages).length > 0) spec.messages = messages;
  if (raw.options !== undefined) {
    if (isPlainObject(raw.options)) spec.options = raw.options;
    else problem(`${at}.options`, 'expected a mapping');
  }
  if (raw.inlineDisable !== undefined) {
    if (raw.inlineDisable === true || raw.inlineDisable === false || raw.inlineDisable === 'reason') spec.inlineDisable = raw.inlineDisable;
    else problem(`${at}.inlineDisable`, 'expected true, false or reason (a disable comment needs a reason after --)');
  }
  return spec;
}

/** `{da: …, en: …}`: both languages, as text. */
function localized(value: unknown, at: string, problem: Problem): Localized | undefined {
  if (!isPlainObject(value)) {
    problem(at, `expected a text in each language (${LANGS.join(', ')}), e.g. { da: "…", en: "…" }`);
    return undefined;
  }
  let ok = true;
  for (const lang of LANGS) {
    if (typeof value[lang] !== 'string' || (value[lang] as string).trim() === '') {
      problem(`${at}.${lang}`, 'expected a text');
      ok = false;
    }
  }
  unknownKeys(value, LANGS, `${at}.`, problem);
  return ok ? { da: value.da as string, en: value.en as string } : undefined;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, problem: Problem): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problem(`${prefix}${key}`, `unknown key${suggestion(key, known) || ` (known: ${known.join(', ')})`}`);
  }
}

function suggestion(value: unknown, known: readonly string[]): string {
  const best = typeof value === 'string' ? didYouMean(value, known) : undefined;
  return best ? ` (did you mean "${best}"?)` : '';
}
