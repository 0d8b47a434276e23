/**
 * The contract between the engine and a check kind. A check kind knows how to look for
 * something (Vale's "extends"); a rule is a check kind + options + messages, written in a pack.
 *
 * Like an ESLint rule, a kind declares `meta`: the JSON Schema of its options, the message ids
 * it reports with the placeholders each one fills, and the word lists its options name. The
 * engine's rule compiler checks every pack rule against that declaration before anything runs,
 * so a typo in a pack is an error with file and key path, never a rule that silently does nothing.
 * `create` runs once per rule and options (compile word lists there) and returns the function
 * that inspects one draft for one platform.
 */
import type { Lexicon } from '../core/lexicon.js';
import type { Localized } from '../core/lang.js';
import type { Platform } from '../core/platform.js';
import type { Fix } from '../core/results.js';
import type { Settings } from '../core/settings.js';
import type { ActiveSeverity } from '../core/severity.js';
import type { Draft } from '../draft/draft.js';

/** A placeholder value: language-neutral, or one text per message language. */
export type MessageValue = string | number | Localized;

export interface Report {
  start: number;
  end: number;
  /** One of the kind's declared message ids; `default` when left out. */
  messageId?: string;
  data?: Record<string, MessageValue>;
  fix?: Fix;
  /**
   * Lower this one report to a warning (hashtag/count: a warning above 5, an error only above
   * 30). The configured severity is a ceiling: a report can never raise it.
   */
  severity?: ActiveSeverity;
  /** A position the text cannot express (bytes that are not text). */
  position?: { line: number; column: number };
}

export interface CheckContext {
  ruleId: string;
  draft: Draft;
  /** Undefined only for the file-level `draft/*` rules when no platform could be resolved. */
  platform: Platform | undefined;
  report(report: Report): void;
}

export interface CheckEnv {
  /** Load a word list; `path` is relative to the pack that names it. */
  lexicon(path: string): Lexicon;
  settings: Settings;
}

export type CheckRunner = (context: CheckContext) => void;

/** Message ids and, for each, the placeholders its reports fill. */
export type MessageSpec = Readonly<Record<string, readonly string[]>>;

/** A word list named in the options, checked by the compiler (file exists, groups exist). */
export interface LexiconOption {
  /** The option (a dotted path for nested options) that holds the list's path. */
  option: string;
  /** Used when the option is left out. */
  default?: string;
  /** Options whose values (a name or a list) are groups of that list; `steps.group` reads each item's. */
  groupOptions?: readonly string[];
  /** Groups the kind's code reads by name. */
  groups?: readonly string[];
}

export interface CheckMeta<Options> {
  /** One line: what this kind looks for. */
  description: string;
  /** JSON Schema of the options (an object schema). */
  schema: Record<string, unknown>;
  /** Every message id the kind can report, with its placeholders. */
  messages: MessageSpec;
  /**
   * The ids a rule with these options can report, and so must have texts for (default: all).
   * Kinds whose options switch reports on (a minimum, a hard limit) narrow it.
   */
  requiredMessages?: (options: Options) => readonly string[];
  /** The kind can offer fixes (a pack's `fixable: true` lets --fix apply them). */
  fixable?: boolean;
  lexicons?: readonly LexiconOption[];
  /**
   * Runs on a file with no post text — not text at all, or empty (only the draft kind: it reports
   * that). Every other kind would only repeat the one real problem as knock-on messages.
   */
  runsWithoutText?: boolean;
}

export interface CheckKind<Options = Record<string, unknown>> {
  name: string;
  meta: CheckMeta<Options>;
  create(options: Options, env: CheckEnv): CheckRunner;
}

/** Declares a kind with its options type checked against its use (no casts at the call site). */
export function defineCheckKind<Options>(kind: CheckKind<Options>): CheckKind<Options> {
  return kind;
}
