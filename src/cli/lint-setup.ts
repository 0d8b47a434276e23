/**
 * From command-line options to a ready Project: config, language, platforms, --rule settings.
 * Shared by the main thread and the lint workers, so every thread lints with the same rules.
 */
import { UsageError } from '../core/errors.js';
import { loadConfig } from '../config/load.js';
import type { InlineConfig, ResolvedConfig } from '../core/config.js';
import { parseCliRules } from './rule-option.js';
import { toPlatform } from '../core/platform.js';
import type { Platform } from '../core/platform.js';
import { Project } from '../engine/project.js';
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
  project: Project;
}

export async function setUp(options: SetupOptions, cwd: string): Promise<Setup> {
  const config = await loadConfig({
    cwd,
    ...(typeof options.config === 'string' ? { configFile: options.config } : {}),
    noConfig: options.config === false,
  });
  const lang = toLang(options.lang ?? config.lang ?? 'da');
  if (options.inlineConfig === false) config.inlineConfig = { ...config.inlineConfig, enabled: false };
  if (options.reportUnusedDisableDirectives !== undefined) config.inlineConfig = { ...config.inlineConfig, reportUnused: toUnusedSeverity(options.reportUnusedDisableDirectives) };
  const cliPlatforms = options.platform?.length ? toPlatforms(options.platform) : undefined;
  const project = new Project({
    config,
    lang,
    cwd,
    ...(cliPlatforms ? { cliPlatforms } : {}),
    ...(options.rule?.length ? { cliRules: parseCliRules(options.rule) } : {}),
  });
  return { config, lang, cliPlatforms, project };
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
