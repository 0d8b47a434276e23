/**
 * Rule packs: `rules/common.yml` for every platform and one pack per platform that
 * `extends: common` and adds rules or changes their thresholds. User packs named in the config
 * (`packs`) use the same format and are applied last.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPlatform } from '../draft/platform.js';
import { PLATFORMS, type Platform } from '../draft/types.js';
import { readYaml } from './yaml-file.js';
import { isPlainObject, mergeOptions, ruleCategory, SEVERITIES, type Localized, type Rule, type RuleSpec } from './rule.js';

export const BUILTIN_RULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../rules');

export interface Pack {
  file: string;
  extends?: string;
  /** Restricts a user pack to some platforms; built-in platform packs are named after theirs. */
  platforms?: Platform[];
  rules: Record<string, RuleSpec>;
}

export class PackError extends Error {}

export function loadPack(file: string): Pack {
  let raw: unknown;
  try {
    raw = readYaml(file);
  } catch (error) {
    throw new PackError(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isPlainObject(raw) || !isPlainObject(raw.rules)) throw new PackError(`${file}: a pack needs a "rules" mapping`);
  const rules: Record<string, RuleSpec> = {};
  for (const [id, spec] of Object.entries(raw.rules)) {
    if (!/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/.test(id)) throw new PackError(`${file}: rule id "${id}" is not category/name in kebab-case`);
    if (!isPlainObject(spec)) throw new PackError(`${file}: rule ${id} must be a mapping`);
    if (spec.severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(spec.severity)) {
      throw new PackError(`${file}: rule ${id}: severity must be one of ${SEVERITIES.join(', ')}`);
    }
    rules[id] = spec as RuleSpec;
  }
  // `platform: x` means twitter, as everywhere else; an unknown name would silently match nothing.
  const platforms = raw.platform === undefined ? undefined : (Array.isArray(raw.platform) ? raw.platform : [raw.platform]).map((value) => {
    const platform = toPlatform(String(value));
    if (!platform) throw new PackError(`${file}: platform "${String(value)}" is not one of ${PLATFORMS.join(', ')}, x`);
    return platform;
  });
  return {
    file,
    ...(typeof raw.extends === 'string' ? { extends: raw.extends } : {}),
    ...(platforms ? { platforms } : {}),
    rules,
  };
}

/** The built-in packs plus the user's, merged into one rule list per platform. */
export class RuleCatalogue {
  private readonly byPlatform = new Map<Platform | 'none', Rule[]>();

  constructor(
    readonly builtinDir: string = BUILTIN_RULES_DIR,
    readonly userPacks: readonly Pack[] = [],
  ) {
    const common = loadPack(path.join(builtinDir, 'common.yml'));
    this.byPlatform.set('none', mergePacks([common], undefined));
    for (const platform of PLATFORMS) {
      const file = path.join(builtinDir, `${platform}.yml`);
      const pack = loadPack(file);
      if (pack.extends !== undefined && pack.extends !== 'common') throw new PackError(`${file}: only "extends: common" is supported`);
      const user = userPacks.filter((p) => !p.platforms || p.platforms.includes(platform));
      this.byPlatform.set(platform, mergePacks([common, pack, ...user], platform));
    }
  }

  /** Rules for a platform; without one, only the platform-free rules of common.yml. */
  rules(platform: Platform | undefined): Rule[] {
    return this.byPlatform.get(platform ?? 'none')!;
  }

  /** Every rule id across all platforms, sorted. */
  get ids(): string[] {
    const ids = new Set<string>();
    for (const rules of this.byPlatform.values()) for (const rule of rules) ids.add(rule.id);
    return [...ids].sort();
  }

  /** The rule as defined for any platform (the first that has it), for docs and listings. */
  find(id: string): Rule | undefined {
    for (const rules of this.byPlatform.values()) {
      const rule = rules.find((r) => r.id === id);
      if (rule) return rule;
    }
    return undefined;
  }
}

const NO_TEXT: Localized = { da: '', en: '' };

function mergePacks(packs: readonly Pack[], platform: Platform | undefined): Rule[] {
  const merged = new Map<string, Rule>();
  for (const pack of packs) {
    for (const [id, spec] of Object.entries(pack.rules)) {
      const base = merged.get(id);
      if (!base && spec.check === undefined) throw new PackError(`${pack.file}: rule ${id} has no "check" (and no earlier pack defines it)`);
      const messages = { ...(base?.messages ?? {}), ...(spec.messages ?? {}), ...(spec.message ? { default: spec.message } : {}) };
      if (!messages.default) throw new PackError(`${pack.file}: rule ${id} has no message`);
      merged.set(id, {
        id,
        category: ruleCategory(id),
        check: spec.check ?? base!.check,
        severity: spec.severity ?? base?.severity ?? 'warn',
        fixable: spec.fixable ?? base?.fixable ?? false,
        source: spec.source ?? base?.source ?? '',
        description: spec.description ?? base?.description ?? NO_TEXT,
        messages,
        options: mergeOptions(base?.options ?? {}, spec.options),
        baseDir: spec.options && Object.keys(spec.options).some((k) => k === 'lexicon') ? path.dirname(pack.file) : (base?.baseDir ?? path.dirname(pack.file)),
      });
    }
  }
  // The platform-free list keeps only rules that need no platform (the draft/* rules).
  const rules = [...merged.values()];
  return platform === undefined ? rules.filter((r) => r.category === 'draft') : rules;
}
