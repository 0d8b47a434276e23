/**
 * `--cache`: remember each draft's result, keyed by a content hash of the draft, the resolved
 * config (rules, packs, word lists, settings, command-line rules and platforms, language) and
 * the rnsocial version. An unchanged draft is not parsed or linted again, and its result is the
 * one an uncached run would give, so the output is byte for byte the same.
 *
 * The cache is one JSON file (default `.rnsocialcache` in the working folder), written
 * atomically. A missing, unreadable or corrupt cache is ignored, never fatal; an entry of the
 * wrong shape is a miss. Entries of drafts that no longer exist are dropped when it is saved.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig, RuleSetting } from '../core/config.js';
import { PLATFORMS } from '../core/platform.js';
import type { LintMessage, LintResult } from '../core/results.js';
import { BUILTIN_RULES_DIR } from '../engine/compile.js';
import type { RuleSet } from '../engine/rule-set.js';
import type { Rule } from '../engine/rule.js';
import type { Lang } from '../core/lang.js';
import { writeFileAtomic } from './write-file.js';

export const DEFAULT_CACHE_FILE = '.rnsocialcache';
/** Bumped when the file's shape or the meaning of a key changes. */
const FORMAT = 1;

type CachedResult = Omit<LintResult, 'filePath' | 'output'>;

interface CacheFile {
  format: number;
  key: string;
  files: Record<string, { hash: string; result: CachedResult }>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.rnsocialcache`. */
export function resolveCacheLocation(location: string | undefined, cwd: string): string {
  if (!location) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

export interface RunKeyInput {
  /** The cache file's folder: paths in the key are relative to it, so a checkout that moves keeps its cache. */
  base: string;
  version: string;
  lang: Lang;
  config: ResolvedConfig;
  ruleSet: RuleSet;
  cliPlatforms?: readonly string[] | undefined;
  cliRules?: Record<string, RuleSetting> | undefined;
}

/**
 * Everything besides the draft's bytes that decides its result. Rules are taken as resolved for
 * every platform (built-in and user packs merged), and every word list is hashed by content, so
 * editing a pack or a word list invalidates the cache even without a new version.
 */
export function runKey(input: RunKeyInput): string {
  const { config, ruleSet } = input;
  const rel = (file: string) => path.relative(input.base, file).split(path.sep).join('/');
  const lists = new Map<string, string>();
  const hashFile = (file: string): void => {
    if (lists.has(file)) return;
    try {
      lists.set(file, sha256(readFileSync(file)));
    } catch {
      lists.set(file, 'missing');
    }
  };
  for (const file of yamlFilesUnder(BUILTIN_RULES_DIR)) hashFile(file);
  const describe = (rule: Rule) => {
    for (const value of stringsIn(rule.options)) if (/\.ya?ml$/i.test(value)) hashFile(path.resolve(rule.baseDir, value));
    const { baseDir: _baseDir, files, ...rest } = rule;
    return { ...rest, files: files.map(rel) };
  };
  const rules = [undefined, ...PLATFORMS].map((platform) => [platform ?? 'none', ruleSet.rules(platform).map(describe)]);
  const builtin = path.resolve(BUILTIN_RULES_DIR, '..');
  const wordLists = [...lists.entries()]
    .map(([file, hash]) => [file.startsWith(builtin + path.sep) ? `rnsocial:${path.relative(builtin, file).split(path.sep).join('/')}` : rel(file), hash])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return sha256(
    JSON.stringify({
      format: FORMAT,
      version: input.version,
      lang: input.lang,
      config: {
        file: config.file === undefined ? null : rel(config.file),
        dir: rel(config.dir),
        lang: config.lang ?? null,
        platform: config.platform,
        settings: config.settings,
        rules: config.rules,
        overrides: config.overrides,
        packs: config.packs.map(rel),
        inlineConfig: config.inlineConfig,
      },
      cliPlatforms: input.cliPlatforms ?? null,
      cliRules: input.cliRules ?? null,
      rules,
      wordLists,
    }),
  );
}

function yamlFilesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? yamlFilesUnder(path.join(dir, e.name)) : /\.ya?ml$/i.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

export class LintCache {
  private files: CacheFile['files'] = {};
  private readonly touched = new Set<string>();
  private changed = false;
  hits = 0;
  misses = 0;
  /** Why the stored cache was not used, for --debug. */
  readonly note: string;

  constructor(
    readonly file: string,
    readonly key: string,
  ) {
    const stored = readCacheFile(file);
    if (stored === 'missing') this.note = 'no cache yet';
    else if (stored === 'corrupt') this.note = 'cache file unreadable or corrupt; ignored';
    else if (stored.key !== key) this.note = 'rnsocial, the config or the rules changed; cache discarded';
    else {
      this.files = stored.files;
      this.note = `${Object.keys(this.files).length} entries`;
    }
    if (stored !== 'missing' && (stored === 'corrupt' || stored.key !== key)) this.changed = true;
  }

  private id(filePath: string): string {
    const relative = path.relative(path.dirname(this.file), filePath);
    return path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
  }

  /** The stored result for this file with these bytes, or undefined; `usable` can turn a stored result down. */
  get(filePath: string, bytes: Uint8Array, usable: (result: CachedResult) => boolean = () => true): LintResult | undefined {
    const id = this.id(filePath);
    const entry = Object.hasOwn(this.files, id) ? this.files[id] : undefined;
    if (!entry || entry.hash !== sha256(bytes) || !isCachedResult(entry.result) || !usable(entry.result)) {
      this.misses++;
      return undefined;
    }
    this.touched.add(id);
    this.hits++;
    return { filePath, ...structuredClone(entry.result) };
  }

  set(filePath: string, bytes: Uint8Array, result: LintResult): void {
    const id = this.id(filePath);
    const { filePath: _filePath, output: _output, ...rest } = result;
    this.files[id] = { hash: sha256(bytes), result: structuredClone(rest) };
    this.touched.add(id);
    this.changed = true;
  }

  /**
   * Write the cache atomically when it changed. Entries another process (a parallel pre-commit
   * chunk) stored meanwhile under the same key are kept; entries of files that no longer exist
   * are dropped.
   */
  save(): void {
    const current = readCacheFile(this.file);
    const sameKey = typeof current === 'object' && current.key === this.key;
    const merged: CacheFile['files'] = { ...(sameKey ? current.files : this.files) };
    for (const id of this.touched) merged[id] = this.files[id]!;
    let pruned = false;
    for (const id of Object.keys(merged)) {
      if (!existsSync(path.resolve(path.dirname(this.file), id))) {
        delete merged[id];
        pruned = true;
      }
    }
    if (!this.changed && !pruned) return;
    const data: CacheFile = { format: FORMAT, key: this.key, files: merged };
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(data));
  }
}

function readCacheFile(file: string): CacheFile | 'missing' | 'corrupt' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'corrupt';
  }
  try {
    const data = JSON.parse(text) as Partial<CacheFile>;
    if (data === null || typeof data !== 'object' || data.format !== FORMAT || typeof data.key !== 'string') return 'corrupt';
    if (data.files === null || typeof data.files !== 'object' || Array.isArray(data.files)) return 'corrupt';
    const files: CacheFile['files'] = Object.create(null);
    for (const [id, entry] of Object.entries(data.files)) {
      if (entry && typeof entry === 'object' && typeof entry.hash === 'string') files[id] = entry;
    }
    return { format: FORMAT, key: data.key, files };
  } catch {
    return 'corrupt';
  }
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function isMessage(m: unknown): m is LintMessage {
  if (m === null || typeof m !== 'object') return false;
  const x = m as Record<string, unknown>;
  return (
    typeof x.ruleId === 'string' &&
    (x.severity === 1 || x.severity === 2) &&
    typeof x.message === 'string' &&
    typeof x.messageId === 'string' &&
    [x.line, x.column, x.endLine, x.endColumn].every(isCount) &&
    Array.isArray(x.platforms) &&
    (x.fix === undefined ||
      (typeof x.fix === 'object' && x.fix !== null && Array.isArray((x.fix as { range?: unknown }).range) && typeof (x.fix as { text?: unknown }).text === 'string'))
  );
}

function isCachedResult(r: unknown): r is CachedResult {
  if (r === null || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  return (
    Array.isArray(x.messages) &&
    x.messages.every(isMessage) &&
    [x.errorCount, x.warningCount, x.fixableErrorCount, x.fixableWarningCount].every(isCount) &&
    Array.isArray(x.platforms)
  );
}
