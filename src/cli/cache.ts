/**
 * `--cache`: remember each draft's result, keyed by a content hash of the draft, the resolved
 * config (rules, packs, word lists, settings, command-line rules and platforms, language) and
 * the rnsocial version. An unchanged draft is not parsed or linted again, and its result is the
 * one an uncached run would give, so the output is byte for byte the same.
 *
 * A draft whose size and mtime are those it was cached with is not even read (as ESLint's
 * cache); otherwise its bytes are hashed. The cache is one compact JSON file (default
 * `.rnsocialcache` in the working folder), written atomically. A missing, unreadable or corrupt
 * cache is ignored, never fatal; an entry of the wrong shape, or whose positions, ranges or counts
 * do not fit the file, is a miss. Entries of drafts that no longer exist are dropped when it is saved.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig, RuleSetting } from '../core/config.js';
import { PLATFORMS } from '../core/platform.js';
import { summarise, type LintMessage, type LintResult } from '../core/results.js';
import { BUILTIN_RULES_DIR } from '../engine/compile.js';
import type { RuleSet } from '../engine/rule-set.js';
import type { Rule } from '../engine/rule.js';
import type { Lang } from '../core/lang.js';
import { writeFileAtomic } from './write-file.js';

export const DEFAULT_CACHE_FILE = '.rnsocialcache';
/** Bumped when the file's shape or the meaning of a key changes. */
const FORMAT = 2;

type CachedResult = Omit<LintResult, 'filePath' | 'output'>;

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
        maxDraftBytes: config.maxDraftBytes,
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

/** What a stored result may claim about its file: checked before a cached result is used. */
interface FileLimits {
  /** Lines in the file (a message's line or endLine beyond this is corrupt). */
  lines: number;
  /** The file's size in bytes: no text offset can exceed it (UTF-16 units ≤ UTF-8 bytes). */
  size: number;
}

/**
 * One draft's entry, compact: [content hash, size, mtime (ms; -1 = not trusted), lines, result as
 * JSON]. The result stays a string until it is used, so loading a big cache parses little, a hit
 * gets a fresh object without a deep copy, and saving writes it back as it was.
 */
type Entry = [hash: string, size: number, mtimeMs: number, lines: number, result: string];

/** A file changed within this many ms of being cached might change again within the same mtime tick: hash it. */
const RACY_MS = 2000;

export class LintCache {
  private files: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  private readonly touched = new Set<string>();
  private changed = false;
  hits = 0;
  misses = 0;
  /** Why the stored cache was not used, for --debug. */
  readonly note: string;
  /** The stored cache could not be read or understood (it is ignored and rewritten): worth a note to the user. */
  readonly corrupt: boolean;

  constructor(
    readonly file: string,
    readonly key: string,
  ) {
    const stored = readCacheFile(file);
    this.corrupt = stored === 'corrupt';
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

  /**
   * The stored result when the file's size and mtime are those it was cached with, without
   * reading it; undefined otherwise (then read it and ask `get`). Not counted as a miss.
   */
  getUnchanged(filePath: string, usable: (result: CachedResult) => boolean = () => true): LintResult | undefined {
    const id = this.id(filePath);
    const entry = Object.hasOwn(this.files, id) ? this.files[id] : undefined;
    if (!entry || entry[2] < 0) return undefined;
    let stat;
    try {
      stat = statSync(filePath, { bigint: false });
    } catch {
      return undefined;
    }
    if (stat.size !== entry[1] || stat.mtimeMs !== entry[2] || entry[3] > entry[1] + 1) return undefined;
    return this.use(id, filePath, entry, { lines: entry[3], size: entry[1] }, usable);
  }

  /** The stored result for this file with these bytes, or undefined; `usable` can turn a stored result down. */
  get(filePath: string, bytes: Uint8Array, usable: (result: CachedResult) => boolean = () => true): LintResult | undefined {
    const id = this.id(filePath);
    const entry = Object.hasOwn(this.files, id) ? this.files[id] : undefined;
    const found = entry && entry[0] === sha256(bytes) ? this.use(id, filePath, entry, { lines: lineCount(bytes), size: bytes.length }, usable) : undefined;
    if (!found) this.misses++;
    return found;
  }

  private use(id: string, filePath: string, entry: Entry, limits: FileLimits, usable: (result: CachedResult) => boolean): LintResult | undefined {
    let result: unknown;
    try {
      result = JSON.parse(entry[4]);
    } catch {
      return undefined; // too deep, or not JSON: a miss
    }
    if (!isCachedResult(result, limits) || !usable(result)) return undefined;
    this.touched.add(id);
    this.hits++;
    return { filePath, ...result };
  }

  set(filePath: string, bytes: Uint8Array, result: LintResult): void {
    const id = this.id(filePath);
    const { filePath: _filePath, output: _output, ...rest } = result;
    this.files[id] = [sha256(bytes), bytes.length, trustedMtime(filePath, bytes.length), lineCount(bytes), JSON.stringify(rest)];
    this.touched.add(id);
    this.changed = true;
  }

  /**
   * Write the cache atomically when it changed. Entries another process (a parallel pre-commit
   * chunk) stored meanwhile under the same key are kept; entries of files that no longer exist
   * are dropped. A run that changed nothing and used every entry writes (and reads) nothing.
   */
  save(): void {
    if (!this.changed && Object.keys(this.files).every((id) => this.touched.has(id))) return;
    const current = readCacheFile(this.file);
    const sameKey = typeof current === 'object' && current.key === this.key;
    const merged: Record<string, Entry> = Object.assign(Object.create(null) as Record<string, Entry>, sameKey ? current.files : this.files);
    for (const id of this.touched) merged[id] = this.files[id]!;
    let pruned = false;
    for (const id of Object.keys(merged)) {
      // A file this run just read exists; only the others are looked for.
      if (!this.touched.has(id) && !existsSync(path.resolve(path.dirname(this.file), id))) {
        delete merged[id];
        pruned = true;
      }
    }
    if (!this.changed && !pruned) return;
    const data = { format: FORMAT, key: this.key, files: merged };
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, asciiJson(data));
  }
}

/** JSON with every non-ASCII character escaped: an ASCII file is read back far faster than UTF-8 (see readCacheFile). */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The file's mtime when it is what was read and old enough to trust, else -1 (always hash). */
function trustedMtime(filePath: string, size: number): number {
  try {
    const stat = statSync(filePath);
    return stat.size === size && stat.mtimeMs < Date.now() - RACY_MS ? stat.mtimeMs : -1;
  } catch {
    return -1;
  }
}

/** Lines as the draft model counts them: \r\n, \r and \n each end one. */
export function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) lines++;
  }
  return lines;
}

function readCacheFile(file: string): { key: string; files: Record<string, Entry> } | 'missing' | 'corrupt' {
  let text: string;
  try {
    // Decoding 7 MB of UTF-8 took longer than parsing it; the file is written as ASCII, which decodes as a copy.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'corrupt';
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; key?: unknown; files?: unknown };
    if (data === null || typeof data !== 'object' || data.format !== FORMAT || typeof data.key !== 'string') return 'corrupt';
    if (data.files === null || typeof data.files !== 'object' || Array.isArray(data.files)) return 'corrupt';
    const files = Object.create(null) as Record<string, Entry>;
    for (const [id, entry] of Object.entries(data.files as object)) if (isEntry(entry)) files[id] = entry;
    return { key: data.key, files };
  } catch {
    return 'corrupt';
  }
}

const isEntry = (e: unknown): e is Entry =>
  Array.isArray(e) && e.length === 5 && typeof e[0] === 'string' && isCount(e[1]) && (e[2] === -1 || (typeof e[2] === 'number' && Number.isFinite(e[2]) && e[2] >= 0)) && isCount(e[3]) && typeof e[4] === 'string';

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPlatforms = (v: unknown): boolean => Array.isArray(v) && v.every((p) => (PLATFORMS as readonly unknown[]).includes(p));

function isMessage(m: unknown, limits: FileLimits): m is LintMessage {
  if (m === null || typeof m !== 'object') return false;
  const x = m as Record<string, unknown>;
  const within = (line: unknown, column: unknown) => isCount(line) && line >= 1 && line <= limits.lines && isCount(column) && column >= 1 && column <= limits.size + 1;
  if (
    !(
      typeof x.ruleId === 'string' &&
      (x.severity === 1 || x.severity === 2) &&
      typeof x.message === 'string' &&
      typeof x.messageId === 'string' &&
      within(x.line, x.column) &&
      within(x.endLine, x.endColumn) &&
      ((x.endLine as number) > (x.line as number) || (x.endLine === x.line && (x.endColumn as number) >= (x.column as number))) &&
      isPlatforms(x.platforms)
    )
  )
    return false;
  if (x.fix === undefined) return true;
  const fix = x.fix as { range?: unknown; text?: unknown } | null;
  if (fix === null || typeof fix !== 'object' || typeof fix.text !== 'string' || !Array.isArray(fix.range) || fix.range.length !== 2) return false;
  const [from, to] = fix.range as unknown[];
  return isCount(from) && isCount(to) && from <= to && to <= limits.size;
}

/** Every field checked, positions inside the file, and the counts those of the messages. */
function isCachedResult(r: unknown, limits: FileLimits): r is CachedResult {
  if (r === null || typeof r !== 'object') return false;
  const x = r as Record<string, unknown>;
  if (!Array.isArray(x.messages) || !x.messages.every((m) => isMessage(m, limits)) || !isPlatforms(x.platforms)) return false;
  if (x.suppressedMessages !== undefined) {
    const suppressed = x.suppressedMessages;
    if (!Array.isArray(suppressed) || suppressed.length === 0) return false;
    const ok = suppressed.every((m: unknown) => {
      const suppressions = (m as { suppressions?: unknown } | null)?.suppressions;
      return (
        isMessage(m, limits) &&
        Array.isArray(suppressions) &&
        suppressions.every((s: unknown) => s !== null && typeof s === 'object' && typeof (s as { kind?: unknown }).kind === 'string' && typeof (s as { justification?: unknown }).justification === 'string')
      );
    });
    if (!ok) return false;
  }
  const counts = summarise('', x.messages as LintMessage[], []);
  return (
    x.errorCount === counts.errorCount &&
    x.warningCount === counts.warningCount &&
    x.fixableErrorCount === counts.fixableErrorCount &&
    x.fixableWarningCount === counts.fixableWarningCount
  );
}
