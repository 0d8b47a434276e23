/**
 * From command-line options to a ready Project: config, language, platforms, --rule settings.
 * Shared by the main thread and the lint workers, so every thread lints with the same rules.
 */
import { UsageError } from '../core/errors.js';
import { loadConfig } from '../config/load.js';
import type { InlineConfig, ResolvedConfig, RuleSettings } from '../core/config.js';
import { parseCliRules } from './rule-option.js';
import { toPlatform } from '../core/platform.js';
import type { Platform } from '../core/platform.js';
import type { Project } from '../engine/project.js';
import type { Lang } from '../core/lang.js';

/** The options that decide how files are linted; plain data, so they can cross to a worker. */
export interface SetupOptions {
  config?: string | false;
  lang?: string;
  platform?: string[];
  rule?: string[];
  /** `--no-inline-config`: false. */
  inlineConfig?: boolean;
  /** `--report-unused-disable-directives [severity]`: true (= error) or the severity. */
  reportUnusedDisableDirectives?: string | boolean;
}

export interface Setup {
  config: ResolvedConfig;
  lang: Lang;
  cliPlatforms: Platform[] | undefined;
  cliRules: RuleSettings | undefined;
  /** The compiled rules; with setUp's `lazy`, only after `load()`. */
  readonly project: Project;
  /** Loads the engine (every check kind, the text layer) and compiles the rules, once. */
  load(): Promise<Project>;
}

/**
 * `lazy`: leave the engine unloaded until `load()`: a --cache run whose every draft is a hit
 * needs neither the rules nor the modules that check drafts (their start-up is a good part of it).
 */
export async function setUp(options: SetupOptions, cwd: string, { lazy = false }: { lazy?: boolean } = {}): Promise<Setup> {
  const config = await loadConfig({
    cwd,
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    noConfig: options.config === false,
  });
  const lang = toLang(options.lang ?? config.lang ?? 'da');
  if (options.inlineConfig === false) config.inlineConfig = { ...config.inlineConfig, enabled: false };
  if (options.reportUnusedDisableDirectives !== undefined) config.inlineConfig = { ...config.inlineConfig, reportUnused: toUnusedSeverity(options.reportUnusedDisableDirectives) };
  const cliPlatforms = options.platform?.length ? toPlatforms(options.platform) : undefined;
  const cliRules = options.rule?.length ? parseCliRules(options.rule) : undefined;
  let engine: typeof import('../engine/project.js') | undefined;
  let project: Project | undefined;
  const setup: Setup = {
    config,
    lang,
    cliPlatforms,
    cliRules,
    get project() {
      if (!engine) throw new Error('rnsocial: the rules are used before the engine was loaded (await setup.load())');
      project ??= new engine.Project({ config, lang, cwd, ...(cliPlatforms ? { cliPlatforms } : {}), ...(cliRules ? { cliRules } : {}) });
      return project;
    },
    async load() {
      engine ??= await import('../engine/project.js');
      return setup.project;
    },
  };
  if (!lazy) await setup.load();
  return setup;
}

function toLang(value: string): Lang {
  if (value !== 'da' && value !== 'en') throw new UsageError(`--lang must be da or en, not "${value}"`);
  return value;
}

function toPlatforms(values: string[]): Platform[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => {
      const platform = toPlatform(v);
      if (!platform) throw new UsageError(`unknown platform "${v}" (use facebook, linkedin, twitter/x or instagram)`);
      return platform;
    });
}

function toUnusedSeverity(value: string | boolean): InlineConfig['reportUnused'] {
  if (value === true) return 'error';
  if (value === 'off' || value === 'warn' || value === 'error') return value;
  throw new UsageError(`--report-unused-disable-directives takes off, warn or error, not "${String(value)}"`);
}
