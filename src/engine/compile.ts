/**
 * The rule compiler: built-in packs, user packs and the config's rule settings in, an immutable
 * rule set out — or every problem of the run at once, each as `file: key path: what was expected`
 * (exit 2). For each rule it checks, as Vale validates a style and ESLint a rule's `meta`:
 * the check kind exists; the options validate against the kind's schema; the messages cover the
 * kind's message ids in da and en with only the placeholders each id fills; the word lists the
 * options name exist, are valid and have the groups named; the strategy `source` is there.
 */
import path from 'node:path';
import type { RuleSettings } from '../core/config.js';
import { BUILTIN_RULES_DIR } from './builtin-rules.js';
import { UsageError } from '../core/errors.js';
import type { Localized } from '../core/lang.js';
import { mergeOptions } from '../core/plain.js';
import { PLATFORMS, type Platform } from '../core/platform.js';
import { didYouMean } from '../core/suggest.js';
import { CHECK_KIND_NAMES, getCheckKind, type AnyCheckKind } from '../checks/index.js';
import type { InlineDisable } from './disable.js';
import { LexiconError, loadLexicon, missingGroups } from './lexicon.js';
import { placeholders } from './message.js';
import { validateOptions } from './option-validators.js';
import { readPack, type Pack } from './pack-file.js';
import { ruleCategory, type Rule } from './rule.js';
import { RuleSet } from './rule-set.js';

export { BUILTIN_RULES_DIR };

/** Rule settings of one layer (the config, an override, --rule) and where they were written. */
export interface SettingsLayer {
  where: string;
  rules: RuleSettings;
}

export interface CompileInput {
  builtinDir?: string;
  /** User packs, absolute paths, applied after the built-in ones. */
  packs?: readonly string[];
  settings?: readonly SettingsLayer[];
  /** Problems name files relative to this folder (the run's working folder) when below it. */
  cwd?: string;
}

/** A file as users see it: relative to the working folder when below it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

export class RuleCompileError extends UsageError {
  constructor(
    readonly problems: readonly string[],
    cwd = process.cwd(),
  ) {
    const lines = problems.map((p) => p.replace(/^([^:]+)(?=: )/, (file) => (path.isAbsolute(file) ? shown(file, cwd) : file)));
    super(`invalid rules (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n  ${lines.join('\n  ')}`);
  }
}

export function compileRules(input: CompileInput = {}): RuleSet {
  // Rules shared by several platforms are checked once per platform: the same problem is said once.
  const problemList: string[] = [];
  const builtinDir = input.builtinDir ?? BUILTIN_RULES_DIR;
  const common = readPack(path.join(builtinDir, 'common.yml'), problemList);
  const userPacks = (input.packs ?? []).map((file) => readPack(file, problemList));
  const byPlatform = new Map<Platform | 'none', Rule[]>();
  // Without a platform only the draft/* rules run: the file itself, before any platform applies.
  const draftRules = { ...common, rules: Object.fromEntries(Object.entries(common.rules).filter(([id]) => ruleCategory(id) === 'draft')) };
  byPlatform.set('none', merge([draftRules], problemList));
  for (const platform of PLATFORMS) {
    const pack = readPack(path.join(builtinDir, `${platform}.yml`), problemList);
    if (pack.extends !== undefined && pack.extends !== 'common') problemList.push(`${pack.file}: extends: only "extends: common" is supported`);
    const user = userPacks.filter((p) => !p.platforms || p.platforms.includes(platform));
    byPlatform.set(platform, merge([common, pack, ...user], problemList));
  }
  const ruleSet = new RuleSet(byPlatform);
  for (const layer of input.settings ?? []) checkSettings(layer, ruleSet, problemList);
  const problems = [...new Set(problemList)];
  if (problems.length > 0) throw new RuleCompileError(problems, input.cwd);
  return ruleSet;
}

/** The rule settings of one layer against the rule set: known ids, options the kind accepts. */
function checkSettings({ where, rules }: SettingsLayer, ruleSet: RuleSet, problems: string[]): void {
  for (const [id, setting] of Object.entries(rules)) {
    if (!ruleSet.rule(id)) {
      const suggestion = didYouMean(id, ruleSet.ids);
      problems.push(`${where}: rules.${id}: unknown rule${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
      continue;
    }
    for (const platform of PLATFORMS) {
      const rule = ruleSet.rule(id, platform);
      // Options the pack's own check has already passed need no second look.
      if (!rule || (!setting.options && (rule.severity !== 'off' || setting.severity === 'off'))) continue;
      checkOptions(rule, mergeOptions({ ...rule.options }, setting.options), `${where}: rules.${id}`, problems);
    }
  }
}

/** A rule while the packs are merged: what each pack has set so far. */
interface PartialRule {
  id: string;
  check?: string;
  severity?: Rule['severity'];
  fixable?: boolean;
  source?: string;
  description?: Localized;
  messages: Record<string, Localized>;
  /** Which pack gave each message id, for problems about it. */
  messageFiles: Record<string, string>;
  options: Record<string, unknown>;
  inlineDisable?: InlineDisable;
  baseDir: string;
  files: string[];
}

/** Later packs change what earlier ones set; a rule needs a check from some pack. */
function merge(packs: readonly Pack[], problems: string[]): Rule[] {
  const partial = new Map<string, PartialRule>();
  for (const pack of packs) {
    for (const [id, spec] of Object.entries(pack.rules)) {
      let d = partial.get(id);
      if (!d) {
        if (spec.check === undefined) {
          problems.push(`${pack.file}: rules.${id}: no "check" (and no earlier pack defines the rule)`);
          continue;
        }
        d = { id, messages: {}, messageFiles: {}, options: {}, baseDir: path.dirname(pack.file), files: [] };
        partial.set(id, d);
      }
      d.files.push(pack.file);
      if (spec.check !== undefined) d.check = spec.check;
      if (spec.severity !== undefined) d.severity = spec.severity;
      if (spec.fixable !== undefined) d.fixable = spec.fixable;
      if (spec.source !== undefined) d.source = spec.source;
      if (spec.description !== undefined) d.description = spec.description;
      if (spec.inlineDisable !== undefined) d.inlineDisable = spec.inlineDisable;
      for (const [messageId, text] of Object.entries(spec.messages ?? {})) {
        d.messages[messageId] = text;
        d.messageFiles[messageId] = pack.file;
      }
      if (spec.options) {
        // Word lists are relative to the pack that names them.
        if (spec.options.lexicon !== undefined) d.baseDir = path.dirname(pack.file);
        d.options = mergeOptions(d.options, spec.options);
      }
    }
  }
  const rules: Rule[] = [];
  for (const d of partial.values()) {
    const where = `${d.files[0]}: rules.${d.id}`;
    if (d.source === undefined) problems.push(`${where}.source: missing (the strategy passage the rule comes from)`);
    const rule: Rule = Object.freeze({
        id: d.id,
        category: ruleCategory(d.id),
        check: d.check!,
        severity: d.severity ?? 'warn',
        fixable: d.fixable ?? false,
        source: d.source ?? '',
        description: d.description ?? { da: '', en: '' },
        messages: Object.freeze({ ...d.messages }),
        options: Object.freeze(d.options),
        inlineDisable: d.inlineDisable ?? true,
        baseDir: d.baseDir,
        files: Object.freeze([...d.files]),
      });
    checkRule(rule, d.messageFiles, problems);
    rules.push(rule);
  }
  return rules;
}

/** A merged rule against its check kind; `messageFiles` says which pack gave each message. */
function checkRule(rule: Rule, messageFiles: Record<string, string>, problems: string[]): void {
  const where = `${rule.files.at(-1)}: rules.${rule.id}`;
  const kind = getCheckKind(rule.check);
  if (!kind) {
    const suggestion = didYouMean(rule.check, CHECK_KIND_NAMES);
    problems.push(`${where}.check: unknown check kind "${rule.check}"${suggestion ? ` (did you mean "${suggestion}"?)` : ` (known: ${CHECK_KIND_NAMES.join(', ')})`}`);
    return;
  }
  if (rule.fixable && !kind.meta.fixable) problems.push(`${where}.fixable: the check kind "${kind.name}" offers no fixes`);
  // A rule a platform pack switches off need not have that platform's options; turning it on
  // in the config is checked with the options then (checkSettings).
  if (rule.severity === 'off') return;
  if (!checkOptions(rule, rule.options, where, problems)) return;
  checkMessages(rule, kind, messageFiles, where, problems);
}

/** Options against the kind's schema, and the word lists they name. False when invalid. */
function checkOptions(rule: Rule, options: Record<string, unknown>, where: string, problems: string[]): boolean {
  const kind = getCheckKind(rule.check);
  if (!kind) return false;
  const problem = validateOptions(kind, options, `${where}.options`);
  if (problem) {
    problems.push(...problem.split('\n'));
    return false;
  }
  for (const ref of kind.meta.lexicons ?? []) {
    const file = (at(options, ref.option) as string | undefined) ?? ref.default;
    if (file === undefined) continue;
    let lexicon;
    try {
      lexicon = loadLexicon(path.resolve(rule.baseDir, file));
    } catch (error) {
      if (error instanceof LexiconError) problems.push(...error.problems.map((p) => (p.includes('ENOENT') ? `${where}.options.${ref.option}: no word list at ${file}` : p)));
      else throw error;
      continue;
    }
    const names = [...(ref.groups ?? []), ...(ref.groupOptions ?? []).flatMap((o) => [at(options, o) ?? []].flat() as string[])];
    for (const missing of missingGroups(lexicon, names)) problems.push(`${where}.options: ${missing}`);
  }
  return true;
}

/** Messages: every id the kind can report with these options, in both languages, no stray placeholders. */
function checkMessages(rule: Rule, kind: AnyCheckKind, messageFiles: Record<string, string>, where: string, problems: string[]): void {
  const declared = kind.meta.messages;
  const required = kind.meta.requiredMessages ? kind.meta.requiredMessages(rule.options as never) : Object.keys(declared);
  const whereOf = (id: string): string => (messageFiles[id] ? `${messageFiles[id]}: rules.${rule.id}` : where);
  for (const id of required) {
    if (!rule.messages[id]) problems.push(`${where}.messages.${id}: missing (the check kind "${kind.name}" reports it${declared[id]?.length ? ` with ${declared[id]!.map((p) => `{${p}}`).join(', ')}` : ''})`);
  }
  for (const [id, text] of Object.entries(rule.messages)) {
    const fills = declared[id];
    if (!fills) {
      const suggestion = didYouMean(id, Object.keys(declared));
      problems.push(`${whereOf(id)}.messages.${id}: the check kind "${kind.name}" has no message "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ` (its messages: ${Object.keys(declared).join(', ')})`}`);
      continue;
    }
    for (const lang of ['da', 'en'] as const) {
      for (const name of placeholders(text[lang])) {
        if (fills.includes(name)) continue;
        const suggestion = didYouMean(name, fills);
        problems.push(`${whereOf(id)}.messages.${id}.${lang}: unknown placeholder {${name}}${suggestion ? ` (did you mean {${suggestion}}?)` : fills.length ? ` (this message has ${fills.map((p) => `{${p}}`).join(', ')})` : ' (this message has none)'}`);
      }
    }
  }
}

/** The value at a dotted option path; through a list, the values of each of its items. */
function at(options: Record<string, unknown>, dotted: string): unknown {
  let value: unknown = options;
  for (const key of dotted.split('.')) {
    const get = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined);
    value = Array.isArray(value) ? value.map(get) : get(value);
  }
  return value;
}
