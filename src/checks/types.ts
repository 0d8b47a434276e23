/**
 * The contract between the engine and a check kind. A check kind knows how to look for
 * something (Vale's "extends"); a rule is a check kind + options + messages, written in a pack.
 * Like an ESLint rule's `create`, `create` runs once per rule and options — compile word lists
 * there — and returns the function that inspects one draft for one platform.
 */
import type { Draft } from '../draft/draft.js';
import type { Platform } from '../draft/types.js';
import type { Settings } from '../config/settings.js';
import type { Lexicon } from '../engine/lexicon.js';
import type { Severity } from '../engine/rule.js';

export interface Fix {
  /** Offsets into the draft's text (BOM excluded), end exclusive. */
  range: [number, number];
  text: string;
}

export interface Report {
  start: number;
  end: number;
  /** Which of the rule's messages to use; `default` when left out. */
  messageId?: string;
  data?: Record<string, string | number>;
  fix?: Fix;
  /** Raise or lower this one report (hashtag/count: warn above 5, error above 30). */
  severity?: Exclude<Severity, 'off'>;
  /** A position the text cannot express (bytes that are not text). */
  position?: { line: number; column: number };
}

export interface CheckContext {
  ruleId: string;
  draft: Draft;
  /** Undefined only for the file-level `draft/*` rules when no platform could be resolved. */
  platform: Platform | undefined;
  settings: Settings;
  report(report: Report): void;
}

export interface CheckEnv {
  /** Load a word list; `path` is relative to the pack that names it. */
  lexicon(path: string): Lexicon;
  settings: Settings;
}

export type CheckRunner = (context: CheckContext) => void;

export interface CheckKind<Options = Record<string, unknown>> {
  name: string;
  /** One line: what this kind looks for. */
  description: string;
  /** JSON Schema of the options, used to validate packs and config. */
  optionsSchema: Record<string, unknown>;
  create(options: Options, env: CheckEnv): CheckRunner;
}
