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
 *
 * The key needs the compiled rules, so the file also records what it was made from: the settings
 * (everything but the rule files) and every rule file read (size, mtime, sha256). A run with the
 * same settings whose rule files are unchanged reuses the stored key (openCache), and when every
 * draft is a hit too, the rules are never compiled and the engine never loaded.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig, RuleSetting } from '../core/config.js';
import { PLATFORMS } from '../core/platform.js';
import { summarise, type LintMessage, type LintResult } from '../core/results.js';
import { BUILTIN_RULES_DIR } from '../engine/builtin-rules.js';
import type { RuleSet } from '../engine/rule-set.js';
import type { Rule } from '../engine/rule.js';
import type { Lang } from '../core/lang.js';
import { writeFileAtomic } from './write-file.js';

export const DEFAULT_CACHE_FILE = '.rnsocialcache';

export { BUILTIN_RULES_DIR };
/** Bumped when the file's shape or the meaning of a key changes. */
const FORMAT = 3;

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
 * A file the rule set was compiled from (a built-in or user pack, a word list), as it was when the
 * key was made: [path as in the key, size (-1: missing), mtime (ms; -1: not trusted), sha256].
 */
export type InputFile = [id: string, size: number, mtimeMs: number, hash: string];

/** The run key and the files it was made from, so the next run can check them instead of compiling the rules. */
export interface RunKey {
  key: string;
  inputs: InputFile[];
}

/** `file` relative to `base`, with / as the separator on every system (keys move between machines). */
function posixRelative(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}

/** The built-in rules' root and how a path under it appears in the key (`rnsocial:lexicon/x.yml`), else relative to `base`. */
function keyPaths(base: string): { id: (file: string) => string; file: (id: string) => string } {
  const builtin = path.resolve(BUILTIN_RULES_DIR, '..');
  return {
    id: (file) => (file.startsWith(builtin + path.sep) ? `rnsocial:${posixRelative(builtin, file)}` : posixRelative(base, file)),
    file: (id) => (id.startsWith('rnsocial:') ? path.join(builtin, id.slice('rnsocial:'.length)) : path.resolve(base, id)),
  };
}

/**
 * Everything besides the draft's bytes that decides its result. Rules are taken as resolved for
 * every platform (built-in and user packs merged), and every word list is hashed by content, so
 * editing a pack or a word list invalidates the cache even without a new version. Returns the
 * files it hashed too (every built-in YAML file, the user packs, the word lists the rules name).
 */
export function runKey(input: RunKeyInput): RunKey {
  const { ruleSet } = input;
  const rel = (file: string) => posixRelative(input.base, file);
  const ids = keyPaths(input.base);
  const lists = new Map<string, string>();
  const inputs = new Map<string, InputFile>();
  const hashFile = (file: string): string => {
    const id = ids.id(file);
    let input = inputs.get(id);
    if (!input) {
      input = inputFile(id, file);
      inputs.set(id, input);
    }
    return input[3];
  };
  for (const file of yamlFilesUnder(BUILTIN_RULES_DIR)) lists.set(file, hashFile(file));
  for (const file of input.config.packs) hashFile(file);
  const describe = (rule: Rule) => {
    for (const value of stringsIn(rule.options)) {
      if (!/\.ya?ml$/i.test(value)) continue;
      const file = path.resolve(rule.baseDir, value);
      if (!lists.has(file)) lists.set(file, hashFile(file));
    }
    const { baseDir: _baseDir, files, ...rest } = rule;
    return { ...rest, files: files.map(rel) };
  };
  const rules = [undefined, ...PLATFORMS].map((platform) => [platform ?? 'none', ruleSet.rules(platform).map(describe)]);
  const wordLists = [...lists.entries()].map(([file, hash]) => [ids.id(file), hash]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  const key = sha256(JSON.stringify({ ...settingsOf(input), rules, wordLists }));
  return { key, inputs: [...inputs.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** The part of the key that needs no compiled rules: version, language, the resolved config, --platform and --rule. */
function settingsOf(input: Omit<RunKeyInput, 'ruleSet'>): Record<string, unknown> {
  const { config } = input;
  const rel = (file: string) => posixRelative(input.base, file);
  return {
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
  };
}

/**
 * What a stored key is valid for besides its input files: the settings, and which built-in YAML
 * files exist (a file added to rules/ is no stored input, but a pack may now find it).
 */
export function settingsKey(input: Omit<RunKeyInput, 'ruleSet'>): string {
  const ids = keyPaths(input.base);
  return sha256(JSON.stringify({ ...settingsOf(input), builtin: yamlFilesUnder(BUILTIN_RULES_DIR).map(ids.id) }));
}

function inputFile(id: string, file: string): InputFile {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return [id, -1, -1, 'missing'];
  }
  return [id, bytes.length, trustedMtime(file, bytes.length), sha256(bytes)];
}

/**
 * The input files when every one is as it was when the key was made, else undefined: checked by
 * size and mtime when the mtime was trusted, else (or when only the mtime differs) by content.
 * `rehashed` says some were read, and come back with fresh stats worth storing.
 */
function inputsUnchanged(inputs: readonly InputFile[], base: string): { inputs: InputFile[]; rehashed: boolean } | undefined {
  const ids = keyPaths(base);
  let rehashed = false;
  const fresh: InputFile[] = [];
  for (const input of inputs) {
    const [id, size, mtimeMs, hash] = input;
    const file = ids.file(id);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat || size === -1) {
      if (stat || size !== -1) return undefined;
      fresh.push(input);
      continue;
    }
    if (stat.size !== size) return undefined;
    if (mtimeMs >= 0 && stat.mtimeMs === mtimeMs) {
      fresh.push(input);
      continue;
    }
    const now = inputFile(id, file);
    if (now[3] !== hash) return undefined;
    fresh.push(now);
    rehashed = true;
  }
  return { inputs: fresh, rehashed };
}

/** How a cache is opened: the settings, and the rule set (compiled only when the stored key cannot be reused). */
export interface OpenCacheInput extends Omit<RunKeyInput, 'ruleSet'> {
  ruleSet: () => Promise<RuleSet>;
}

/**
 * The cache at `file` with this run's key. The key stored there is reused when it was made with
 * the same settings from input files that are unchanged: an all-hit run never compiles the rules.
 */
export async function openCache(file: string, input: OpenCacheInput): Promise<LintCache> {
  const stored = readCacheFile(file);
  const settings = settingsKey(input);
  let same: ReturnType<typeof inputsUnchanged>;
  try {
    same = typeof stored === 'object' && stored.settings === settings && stored.inputs ? inputsUnchanged(stored.inputs, input.base) : undefined;
  } catch {
    same = undefined; // an input that cannot be looked at: compile, as without a stored key
  }
  // Inputs checked by content are written again with their stats, so the next run needs only a stat each.
  if (same && typeof stored === 'object') return new LintCache(file, { key: stored.key, inputs: same.inputs, settings, stored, changed: same.rehashed });
  return new LintCache(file, { ...runKey({ ...input, ruleSet: await input.ruleSet() }), settings, stored });
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
 * One draft's entry, compact: [content hash, size, mtime (ms; -1 = not trusted), lines, result].
 * The result is plain JSON data in the file, parsed with it (format 2 kept it as a string inside
 * the JSON: parsing every result twice cost a run with nothing changed about 70 ms on 10,000
 * drafts); it is checked (isCachedResult) before it is used.
 */
type Entry = [hash: string, size: number, mtimeMs: number, lines: number, result: unknown];

/** A file changed within this many ms of being cached might change again within the same mtime tick: hash it. */
const RACY_MS = 2000;

export class LintCache {
  /** Entries as read: each is checked (isEntry) when it is looked up or written back, not all on load. */
  private files: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private readonly touched = new Set<string>();
  private changed = false;
  hits = 0;
  misses = 0;
  /** Why the stored cache was not used, for --debug. */
  readonly note: string;
  /** The stored cache could not be read or understood (it is ignored and rewritten): worth a note to the user. */
  readonly corrupt: boolean;

  readonly key: string;
  /** What the key was made from (see openCache); written with the entries. */
  private readonly made: { settings: string; inputs: InputFile[] } | undefined;

  /** `key` is this run's key, or (from openCache) the key with what it was made from and the cache file as read. */
  constructor(
    readonly file: string,
    key: string | (RunKey & { settings: string; stored: StoredCache | 'missing' | 'outdated' | 'corrupt'; changed?: boolean }),
  ) {
    const stored = typeof key === 'string' ? readCacheFile(file) : key.stored;
    this.key = typeof key === 'string' ? key : key.key;
    this.made = typeof key === 'string' ? undefined : { settings: key.settings, inputs: key.inputs };
    this.corrupt = stored === 'corrupt';
    if (stored === 'missing') this.note = 'no cache yet';
    else if (stored === 'corrupt') this.note = 'cache file unreadable or corrupt; ignored';
    else if (stored === 'outdated') this.note = 'cache file written by another version of rnsocial; discarded';
    else if (stored.key !== this.key) this.note = 'rnsocial, the config or the rules changed; cache discarded';
    else {
      this.files = stored.files;
      this.note = `${Object.keys(this.files).length} entries${this.made && stored.settings === this.made.settings ? ', rules not compiled' : ''}`;
    }
    if (stored !== 'missing' && (typeof stored === 'string' || stored.key !== this.key)) this.changed = true;
    // A cache written without what its key was made from (or with other input stats) is written again with it.
    if (typeof key !== 'string' && typeof stored === 'object' && stored.key === this.key && (key.changed || stored.settings !== key.settings || !stored.inputs)) this.changed = true;
  }

  /** Ids of the drafts in a folder start with that folder's path from the cache file's: worked out once per folder (path.relative per draft cost more than the rest of a hit). */
  private readonly folderIds = new Map<string, string | null>();

  private id(filePath: string): string {
    const slash = filePath.lastIndexOf('/');
    if (path.sep === '/' && slash > 0 && path.isAbsolute(filePath) && isNormal(filePath)) {
      const folder = filePath.slice(0, slash);
      let prefix = this.folderIds.get(folder);
      if (prefix === undefined) {
        const relative = path.relative(path.dirname(this.file), folder);
        prefix = path.isAbsolute(relative) ? null : relative === '' ? '' : `${relative}/`;
        this.folderIds.set(folder, prefix);
      }
      return prefix === null ? filePath : prefix + filePath.slice(slash + 1);
    }
    const relative = path.relative(path.dirname(this.file), filePath);
    return path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
  }

  /**
   * The stored result when the file's size and mtime are those it was cached with, without
   * reading it; undefined otherwise (then read it and ask `get`). Not counted as a miss.
   */
  getUnchanged(filePath: string, usable: (result: CachedResult) => boolean = () => true): LintResult | undefined {
    const id = this.id(filePath);
    const entry = this.entry(id);
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

  private entry(id: string): Entry | undefined {
    const entry = Object.hasOwn(this.files, id) ? this.files[id] : undefined;
    return isEntry(entry) ? entry : undefined;
  }

  /** The stored result for this file with these bytes, or undefined; `usable` can turn a stored result down. */
  get(filePath: string, bytes: Uint8Array, usable: (result: CachedResult) => boolean = () => true): LintResult | undefined {
    const id = this.id(filePath);
    const entry = this.entry(id);
    const found = entry && entry[0] === sha256(bytes) ? this.use(id, filePath, entry, { lines: lineCount(bytes), size: bytes.length }, usable) : undefined;
    if (!found) this.misses++;
    return found;
  }

  private use(id: string, filePath: string, entry: Entry, limits: FileLimits, usable: (result: CachedResult) => boolean): LintResult | undefined {
    const result = entry[4];
    if (!isCachedResult(result, limits) || !usable(result)) return undefined;
    this.touched.add(id);
    this.hits++;
    return { filePath, ...result };
  }

  set(filePath: string, bytes: Uint8Array, result: LintResult): void {
    const id = this.id(filePath);
    const { filePath: _filePath, output: _output, ...rest } = result;
    this.files[id] = [sha256(bytes), bytes.length, trustedMtime(filePath, bytes.length), lineCount(bytes), rest];
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
    const merged = Object.create(null) as Record<string, Entry>;
    for (const [id, entry] of Object.entries(sameKey ? current.files : this.files)) if (isEntry(entry)) merged[id] = entry;
    for (const id of this.touched) merged[id] = this.files[id] as Entry;
    let pruned = false;
    for (const id of Object.keys(merged)) {
      // A file this run just read exists; only the others are looked for.
      if (!this.touched.has(id) && !existsSync(path.resolve(path.dirname(this.file), id))) {
        delete merged[id];
        pruned = true;
      }
    }
    if (!this.changed && !pruned) return;
    const head = { format: FORMAT, key: this.key, ...(this.made ? this.made : {}) };
    let json: string;
    try {
      json = JSON.stringify({ ...head, files: merged });
    } catch {
      // A stored result nested too deep to stringify: written entry by entry (twice as slow), leaving such ones out.
      const entries: string[] = [];
      for (const [id, entry] of Object.entries(merged)) {
        try {
          entries.push(`${JSON.stringify(id)}:${JSON.stringify(entry)}`);
        } catch {
          // left out
        }
      }
      json = `${JSON.stringify(head).slice(0, -1)},"files":{${entries.join(',')}}}`;
    }
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, asciiJson(json));
  }
}

/** A POSIX path that path.normalize would leave as it is (no `//`, `.` or `..` segment, no trailing slash). */
const isNormal = (p: string): boolean => !/\/\/|\/\.\.?(?:\/|$)|\/$/.test(p);

/** JSON text with every non-ASCII character escaped: an ASCII file is read back far faster than UTF-8 (see readCacheFile). */
function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

/** A cache file as read: its key, what the key was made from (when written by openCache), and its entries. */
interface StoredCache {
  key: string;
  settings?: string;
  inputs?: InputFile[];
  /** Entries as read, of any shape: checked when used. */
  files: Record<string, unknown>;
}

/** 'outdated': a cache file of another format (an upgrade), dropped without the notice a damaged one gets. */
function readCacheFile(file: string): StoredCache | 'missing' | 'outdated' | 'corrupt' {
  let text: string;
  try {
    // Decoding 7 MB of UTF-8 took longer than parsing it; the file is written as ASCII, which decodes as a copy.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'corrupt';
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; key?: unknown; settings?: unknown; inputs?: unknown; files?: unknown };
    if (data === null || typeof data !== 'object') return 'corrupt';
    if (Number.isSafeInteger(data.format) && data.format !== FORMAT) return 'outdated';
    if (data.format !== FORMAT || typeof data.key !== 'string') return 'corrupt';
    if (data.files === null || typeof data.files !== 'object' || Array.isArray(data.files)) return 'corrupt';
    // Entries are checked one by one when used: a run that uses few of them does not pay for all.
    // No prototype, so a draft named __proto__ is an entry like any other.
    const stored: StoredCache = { key: data.key, files: Object.setPrototypeOf(data.files, null) as Record<string, unknown> };
    // What the key was made from is optional (older files have none): of the wrong shape, it is left out and the rules compiled.
    if (typeof data.settings === 'string' && Array.isArray(data.inputs) && data.inputs.every(isInputFile)) Object.assign(stored, { settings: data.settings, inputs: data.inputs });
    return stored;
  } catch {
    return 'corrupt';
  }
}

const isInputFile = (e: unknown): e is InputFile =>
  Array.isArray(e) && e.length === 4 && typeof e[0] === 'string' && (e[1] === -1 || isCount(e[1])) && (e[2] === -1 || (typeof e[2] === 'number' && Number.isFinite(e[2]) && e[2] >= 0)) && typeof e[3] === 'string';

const isEntry = (e: unknown): e is Entry =>
  Array.isArray(e) && e.length === 5 && typeof e[0] === 'string' && isCount(e[1]) && (e[2] === -1 || (typeof e[2] === 'number' && Number.isFinite(e[2]) && e[2] >= 0)) && isCount(e[3]) && e[4] !== null && typeof e[4] === 'object' && !Array.isArray(e[4]);

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
