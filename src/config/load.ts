/**
 * Find, read and validate the config (cosmiconfig, module name `rnsocial`): `.rnsocialrc`,
 * `.rnsocialrc.json`, `.rnsocialrc.yaml`, `rnsocial.config.js`/`.mjs` or `package.json#rnsocial`,
 * searched from the working directory upwards, or the file `--config` names.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { DEFAULT_INLINE_CONFIG, DEFAULT_MAX_DRAFT_BYTES, type InlineConfig, type ResolvedConfig, type RuleSettings } from '../core/config.js';
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
  // cosmiconfig costs more than the search. So look for the file first, then load it.
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (file === undefined) return resolveConfig({}, undefined, options.cwd);
  let raw: unknown;
  try {
    raw = await readConfigFile(file);
  } catch (error) {
    throw new UsageError(describeLoadError(error, options.configFile));
  }
  try {
    return resolveConfig(raw ?? {}, file, path.dirname(file));
  } catch (error) {
    // A JavaScript config can hand over an object whose getters or proxy traps throw.
    if (error instanceof UsageError) throw error;
    throw new UsageError(`invalid config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Configs that are modules, imported (TypeScript only where Node itself can run it). */
const MODULE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']);

/**
 * The file's config: JSON and YAML through cosmiconfig's loaders (their errors carry the
 * position), JavaScript by import(). Not through a cosmiconfig explorer: its constructor reads the
 * working folder's package.json for cosmiconfig's own settings, so a broken package.json that has
 * nothing to do with rnsocial would stop every run.
 */
async function readConfigFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  const extension = path.extname(file);
  if (MODULE_EXTENSIONS.has(extension)) return importConfig(file);
  if (text.trim() === '') return undefined;
  const loaded = await import('cosmiconfig');
  // cosmiconfig is CommonJS: bundled, its exports arrive on `default`.
  const loaders = loaded.defaultLoaders ?? (loaded as unknown as { default: typeof loaded }).default.defaultLoaders;
  try {
    const config = (extension === '.json' ? loaders['.json'] : loaders['.yaml'])(file, text) as unknown;
    return path.basename(file) === 'package.json' ? (config as Record<string, unknown> | null)?.[MODULE] : config;
  } catch (error) {
    if (error instanceof Error) Object.assign(error, { filepath: file });
    throw error;
  }
}

/**
 * A JavaScript config, imported once. (cosmiconfig's own loader, when the import throws, runs the
 * config a second time through require(); in the bundled CLI that fails on its helper's
 * `__filename`, and the config's own error was lost.)
 */
async function importConfig(file: string): Promise<unknown> {
  try {
    const real = realpathSync(file);
    let module: { default?: unknown };
    try {
      // The modification time in the URL: a long-lived process (rnsocial lsp) imports an edited
      // config again instead of getting Node's cached module.
      module = (await import(`${pathToFileURL(real).href}?mtime=${statSync(real).mtimeMs}`)) as { default?: unknown };
    } catch (error) {
      if (!CANNOT_IMPORT.has((error as NodeJS.ErrnoException | undefined)?.code ?? '')) throw error;
      // Loaded through vm (the code-cached CommonJS bundle, bin/load-bundle.js), this code cannot
      // import(); nothing of the config ran yet. require() loads CommonJS, and ES modules from Node 20.19.
      const required = createRequire(import.meta.url)(real) as unknown;
      module = Object.prototype.toString.call(required) === '[object Module]' ? (required as { default?: unknown }) : { default: required };
    }
    return await module.default;
  } catch (error) {
    throw new ConfigModuleError(file, error);
  }
}

const CANNOT_IMPORT = new Set(['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG']);

/** What a JavaScript config threw: its own message (with the line of a syntax error), whatever was thrown. */
class ConfigModuleError extends Error {
  readonly filepath: string;
  readonly line: number | undefined;
  constructor(file: string, thrown: unknown) {
    let message: string;
    let line: number | undefined;
    if (thrown instanceof Error) {
      message = thrown.message || thrown.name;
      // A CommonJS syntax error's stack starts with the file:line that does not parse (an ES module's has no line).
      const at = thrown instanceof SyntaxError ? new RegExp(`^${escapeRegExp(realpathSync(file))}:(\\d+)\n`).exec(thrown.stack ?? '') : null;
      if (at) line = Number(at[1]);
    } else {
      message = `threw ${typeof thrown === 'string' ? JSON.stringify(thrown) : String(thrown)}`;
    }
    super(message);
    this.filepath = file;
    this.line = line;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The config file of the nearest folder from `cwd` upwards that has one (a package.json only with an "rnsocial" key). */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of SEARCH_PLACES) {
      const file = path.join(dir, name);
      if (!existsSync(file)) continue;
      if (name !== 'package.json' || packageJsonHasConfig(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folder of the config file that applies in `cwd` (the nearest one upwards). */
export function findConfigFolder(cwd: string): string | undefined {
  const file = findConfigFile(cwd);
  return file === undefined ? undefined : path.dirname(file);
}

/**
 * A package.json holds rnsocial's config when it has an "rnsocial" key. One that does not parse is
 * the project's business (npm will say so), not a config problem, unless it seems to hold one.
 */
function packageJsonHasConfig(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  try {
    return (JSON.parse(text) as Record<string, unknown> | null)?.[MODULE] !== undefined;
  } catch {
    return new RegExp(`"${MODULE}"\\s*:`).test(text); // let the JSON loader report the broken file
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
    maxDraftBytes: config.maxDraftBytes ?? DEFAULT_MAX_DRAFT_BYTES,
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
  maxDraftBytes?: number;
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
  const err = (error ?? {}) as { message?: string; filepath?: string; code?: string; line?: number; linePos?: Array<{ line: number; col: number }>; mark?: { line: number; column: number } };
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
  else if (typeof err.line === 'number') position = `:${err.line}`;
  const reason =
    message
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !/^(JSON|YAML) Error in/.test(l) && !/^[>\d\s|^]+/.test(l) && !l.startsWith('|')) ?? message.split('\n')[0];
  return `invalid config ${file}${position}: ${reason!.replace(/ while parsing .*$/, '')}`;
}
