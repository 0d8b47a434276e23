/**
 * The config as plain data, after validation and defaults: what the config layer hands the
 * engine and the command line. Packs are file paths here; the engine loads and compiles them.
 */
import type { Lang } from './lang.js';
import type { Settings } from './settings.js';
import type { Severity } from './severity.js';

/** A rule setting from config or the command line: a severity, optionally with options. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export type RuleSettings = Record<string, RuleSetting>;

export interface Override {
  files: string[];
  platform?: string[];
  rules: RuleSettings;
}

/** What disable comments in drafts may do (config `noInlineConfig`, `reportUnusedDisableDirectives`). */
export interface InlineConfig {
  /** False: disable comments are ignored, every message stands. */
  enabled: boolean;
  /** How a comment that switches nothing off is reported. */
  reportUnused: 'off' | 'warn' | 'error';
}

export const DEFAULT_INLINE_CONFIG: InlineConfig = { enabled: true, reportUnused: 'warn' };

/** 256 KB: four times the largest platform limit (Facebook's 63,206 characters), so no post is refused. */
export const DEFAULT_MAX_DRAFT_BYTES = 256 * 1024;

export interface ResolvedConfig {
  /** The config file, or undefined when running with built-in defaults. */
  file?: string;
  /** Globs in the config are relative to this folder. */
  dir: string;
  lang?: Lang;
  platform: string[];
  settings: Settings;
  rules: RuleSettings;
  overrides: Override[];
  ignores: string[];
  /** User packs (absolute paths), applied after the built-in packs. */
  packs: string[];
  inlineConfig: InlineConfig;
  /** Drafts larger than this (in bytes) get draft/too-large and nothing else (config `maxDraftBytes`). */
  maxDraftBytes: number;
}
