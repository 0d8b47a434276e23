/**
 * Find, read and validate the config (cosmiconfig, module name `rnsocial`): `.rnsocialrc`,
 * `.rnsocialrc.json`, `.rnsocialrc.yaml`, `rnsocial.config.js`/`.mjs` or `package.json#rnsocial`,
 * searched from the working directory upwards, or the file `--config` names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { DEFAULT_INLINE_CONFIG, type InlineConfig, type ResolvedConfig, type RuleSettings } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { toPlatform } from '../core/platform.js';
import { DEFAULT_SETTINGS, WEEKDAYS, type Settings } from '../core/settings.js';
import type { Severity } from '../core/severity.js';
import { validateConfig } from './validate.js';

export interface LoadConfigOptions {
  cwd: string;
  configFile?: string;
  /** `--no-config`: built-in defaults only. */
  noConfig?: boolean;
}

const MODULE = 'rnsocial';

const SEARCH_PLACES = [
  'package.json',
  `.${MODULE}rc`,
  `.${MODULE}rc.json`,
  `.${MODULE}rc.yaml`,
  `.${MODULE}rc.yml`,
  `${MODULE}.config.js`,
  `${MODULE}.config.mjs`,
];

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  if (options.noConfig) return resolveConfig({}, undefined, options.cwd);
  // Finding no config must be cheap: editors run rnsocial on every commit, and importing
  // cosmiconfig costs more than the search. So look for the files first, and let cosmiconfig
  // load (and search from) the folder where one is.
  const found = options.configFile ? undefined : findConfigFolder(options.cwd);
  if (!options.configFile && found === undefined) return resolveConfig({}, undefined, options.cwd);
  const loaded = await import('cosmiconfig');
  // cosmiconfig is CommonJS: bundled, its exports arrive on `default`.
  const cosmiconfig = loaded.cosmiconfig ?? (loaded as unknown as { default: typeof loaded }).default.cosmiconfig;
  const explorer = cosmiconfig(MODULE, { searchStrategy: 'none', searchPlaces: SEARCH_PLACES });
  let result;
  try {
    result = options.configFile ? await explorer.load(path.resolve(options.cwd, options.configFile)) : await explorer.search(found);
  } catch (error) {
    throw new UsageError(describeLoadError(error, options.configFile));
  }
  if (!result || result.isEmpty) return resolveConfig({}, result?.filepath, result ? path.dirname(result.filepath) : options.cwd);
  return resolveConfig(result.config, result.filepath, path.dirname(result.filepath));
}

/** The nearest folder from `cwd` upwards with a config file (or a package.json with an "rnsocial" key). */
export function findConfigFolder(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of SEARCH_PLACES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      if (name !== 'package.json' || packageJsonHasConfig(file)) return dir;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function packageJsonHasConfig(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return pkg[MODULE] !== undefined;
  } catch {
    return true; // let cosmiconfig report the broken file
  }
}

/** Validate a raw config object and give it defaults. */
export function resolveConfig(raw: unknown, file: string | undefined, dir: string): ResolvedConfig {
  const where = file ?? 'config';
  const problem = validateConfig(raw);
  if (problem) {
    // Every problem at once, one per line, so one edit of the file can fix them all.
    const lines = problem.split('\n');
    throw new UsageError(lines.length === 1 ? `invalid config ${where}: ${problem}` : `invalid config ${where} (${lines.length} problems):\n  ${lines.join('\n  ')}`);
  }
  const config = raw as RawConfig;

  const settings: Settings = {
    pages: (config.pages ?? []).map((p) => ({
      name: p.name,
      platforms: list(p.platforms).map((v) => toPlatform(v)!),
      urls: p.urls ?? [],
      ...(p.kind ? { kind: p.kind } : {}),
    })),
    localHashtags: (config.localHashtags ?? []).map((t) => t.replace(/^#/, '')),
    preferredHashtags: (config.hashtags?.preferred ?? []).map((t) => t.replace(/^#/, '')),
    vocabulary: { accept: config.vocabulary?.accept ?? [], reject: config.vocabulary?.reject ?? [] },
    monitoring: {
      days: config.monitoring?.days?.map((d) => WEEKDAYS.indexOf(d) + 1) ?? DEFAULT_SETTINGS.monitoring.days,
      from: config.monitoring?.from ?? DEFAULT_SETTINGS.monitoring.from,
      to: config.monitoring?.to ?? DEFAULT_SETTINGS.monitoring.to,
      timezone: config.monitoring?.timezone ?? DEFAULT_SETTINGS.monitoring.timezone,
      holidays: config.monitoring?.holidays ?? DEFAULT_SETTINGS.monitoring.holidays,
    },
    ownDomains: config.ownDomains ?? DEFAULT_SETTINGS.ownDomains,
    units: config.units ?? [],
    jobDomains: config.jobDomains ?? DEFAULT_SETTINGS.jobDomains,
  };
  // The default needs no check (and creating a formatter loads ICU's time zone data).
  if (settings.monitoring.timezone !== DEFAULT_SETTINGS.monitoring.timezone && !isValidTimeZone(settings.monitoring.timezone)) {
    throw new UsageError(`invalid config ${where}: monitoring.timezone: "${settings.monitoring.timezone}" is not an IANA time zone (fx Europe/Copenhagen)`);
  }
  if (settings.monitoring.from >= settings.monitoring.to) {
    throw new UsageError(`invalid config ${where}: monitoring.from must be before monitoring.to`);
  }

  // The engine reads and compiles the packs, with the rest of the rules.
  const packs = (config.packs ?? []).map((p) => path.resolve(dir, p));

  return {
    ...(file ? { file } : {}),
    dir,
    ...(config.lang ? { lang: config.lang } : {}),
    platform: list(config.platform),
    settings,
    rules: toRuleSettings(config.rules),
    overrides: (config.overrides ?? []).map((o) => ({
      files: list(o.files),
      ...(o.platform ? { platform: list(o.platform) } : {}),
      rules: toRuleSettings(o.rules),
    })),
    ignores: config.ignores ?? [],
    packs,
    inlineConfig: {
      enabled: !(config.noInlineConfig ?? false),
      reportUnused: config.reportUnusedDisableDirectives ?? DEFAULT_INLINE_CONFIG.reportUnused,
    },
  };
}

type RawRuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

interface RawConfig {
  lang?: Lang;
  platform?: string | string[];
  pages?: Array<{ name: string; platforms: string | string[]; urls?: string[]; kind?: Settings['pages'][number]['kind'] }>;
  localHashtags?: string[];
  hashtags?: { preferred?: string[] };
  vocabulary?: { accept?: string[]; reject?: string[] };
  monitoring?: { days?: Array<(typeof WEEKDAYS)[number]>; from?: string; to?: string; timezone?: string; holidays?: boolean };
  ownDomains?: string[];
  units?: string[];
  jobDomains?: string[];
  rules?: Record<string, RawRuleSetting>;
  overrides?: Array<{ files: string | string[]; platform?: string | string[]; rules?: Record<string, RawRuleSetting> }>;
  ignores?: string[];
  packs?: string[];
  noInlineConfig?: boolean;
  reportUnusedDisableDirectives?: InlineConfig['reportUnused'];
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function toRuleSettings(rules: Record<string, RawRuleSetting> | undefined): RuleSettings {
  const out: RuleSettings = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    out[id] = Array.isArray(value) ? { severity: value[0], ...(value[1] ? { options: value[1] } : {}) } : { severity: value };
  }
  return out;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** cosmiconfig's errors carry a code frame; keep the file and the line:column it points at. */
function describeLoadError(error: unknown, configFile: string | undefined): string {
  const err = error as { message?: string; filepath?: string; code?: string; linePos?: Array<{ line: number; col: number }>; mark?: { line: number; column: number } };
  // The code frame is coloured when the environment looks like a terminal or CI (CI=true).
  const message = stripVTControlCharacters(err.message ?? String(error));
  if (err.code === 'ENOENT') return `config file not found: ${configFile ?? err.filepath ?? ''}`;
  const file = err.filepath ?? /in (\S+?):/.exec(message)?.[1] ?? configFile ?? 'config';
  const frameLine = /^>\s*(\d+)\s*\|.*$/m.exec(message);
  let position = '';
  if (frameLine) {
    const after = message.slice(frameLine.index + frameLine[0].length + 1).split('\n')[0] ?? '';
    const bar = after.indexOf('|');
    const caret = after.indexOf('^');
    position = `:${frameLine[1]}${bar !== -1 && caret > bar ? `:${caret - bar - 1}` : ''}`;
  } else if (err.mark) position = `:${err.mark.line + 1}:${err.mark.column + 1}`;
  else if (err.linePos?.[0]) position = `:${err.linePos[0].line}:${err.linePos[0].col}`;
  const reason =
    message
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !/^(JSON|YAML) Error in/.test(l) && !/^[>\d\s|^]+/.test(l) && !l.startsWith('|')) ?? message.split('\n')[0];
  return `invalid config ${file}${position}: ${reason!.replace(/ while parsing .*$/, '')}`;
}
