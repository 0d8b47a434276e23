/**
 * The engine: runs a draft's rules for each of its platforms, applies disable comments and
 * merges what a cross-post reports twice. Check runners are compiled once per rule and
 * options, and reused for every file and platform of the run.
 */
import path from 'node:path';
import { getCheckKind } from '../checks/index.js';
import type { CheckRunner, Fix, Report } from '../checks/types.js';
import type { Settings } from '../config/settings.js';
import type { Draft } from '../draft/draft.js';
import type { Platform } from '../draft/types.js';
import { createSuppressor, parseDirectives } from './disable.js';
import { loadLexicon } from './lexicon.js';
import type { RuleCatalogue } from './packs.js';
import { mergeOptions, renderMessage, type Lang, type Rule, type Severity } from './rule.js';

export interface LintMessage {
  ruleId: string;
  /** ESLint's numbers: 2 error, 1 warning. */
  severity: 1 | 2;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** The platform(s) the message was found for; more than one for a cross-post. */
  platforms: Platform[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The platforms the draft was linted for. */
  platforms: Platform[];
  /** The fixed text, when fixes were computed but not written (--fix-dry-run, --stdin). */
  output?: string;
}

/** A rule setting from config or the command line: a severity, optionally with options. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface LintTarget {
  draft: Draft;
  platforms: Platform[];
  /** Rule settings in order of precedence, lowest first (config rules, overrides, --rule). */
  ruleSettings: ReadonlyArray<Record<string, RuleSetting>>;
}

export class Linter {
  private readonly runners = new Map<string, CheckRunner>();
  /** Runners by effective rule: effective rules are cached, so most files skip the options key. */
  private readonly runnerByRule = new WeakMap<Rule, CheckRunner>();
  /** Effective rules by platform and the identity of the settings layers (config, overrides, --rule). */
  private readonly effectiveCache = new Map<string, Rule[]>();
  private readonly layerIds = new WeakMap<object, number>();
  private nextLayerId = 0;

  constructor(
    readonly catalogue: RuleCatalogue,
    readonly settings: Settings,
    readonly lang: Lang = 'da',
  ) {}

  /** Rules for a platform with config and command-line settings applied. */
  effectiveRules(platform: Platform | undefined, ruleSettings: LintTarget['ruleSettings']): Rule[] {
    const key = `${platform ?? ''}|${ruleSettings.map((layer) => this.layerId(layer)).join(',')}`;
    let rules = this.effectiveCache.get(key);
    if (!rules) {
      rules = this.resolveRules(platform, ruleSettings);
      this.effectiveCache.set(key, rules);
    }
    return rules;
  }

  private layerId(layer: object): number {
    let id = this.layerIds.get(layer);
    if (id === undefined) this.layerIds.set(layer, (id = this.nextLayerId++));
    return id;
  }

  private resolveRules(platform: Platform | undefined, ruleSettings: LintTarget['ruleSettings']): Rule[] {
    return this.catalogue.rules(platform).map((rule) => {
      let effective = rule;
      for (const layer of ruleSettings) {
        const setting = layer[rule.id];
        if (!setting) continue;
        effective = { ...effective, severity: setting.severity, options: mergeOptions(effective.options, setting.options) };
      }
      return effective;
    });
  }

  lint(target: LintTarget): LintResult {
    const { draft } = target;
    const byKey = new Map<string, LintMessage>();
    const platforms: Array<Platform | undefined> = target.platforms.length > 0 ? target.platforms : [undefined];
    const suppressed = createSuppressor(parseDirectives(draft));

    for (const platform of platforms) {
      for (const rule of this.effectiveRules(platform, target.ruleSettings)) {
        if (rule.severity === 'off') continue;
        if (!draft.readable && rule.id !== 'draft/encoding') continue;
        const runner = this.runner(rule);
        const report = (r: Report): void => {
          const message = this.toMessage(draft, rule, r, platform);
          if (suppressed(rule.id, r.start, message.line)) return;
          const key = `${message.ruleId}\0${message.line}:${message.column}\0${message.endLine}:${message.endColumn}\0${message.message}\0${message.severity}`;
          const seen = byKey.get(key);
          if (seen) {
            if (platform && !seen.platforms.includes(platform)) seen.platforms.push(platform);
          } else byKey.set(key, message);
        };
        runner({ ruleId: rule.id, draft, platform, settings: this.settings, report });
      }
    }

    const messages = [...byKey.values()].sort(
      (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.endLine - b.endLine || a.endColumn - b.endColumn,
    );
    return summarise(draft.filePath, messages, target.platforms);
  }

  private runner(rule: Rule): CheckRunner {
    const known = this.runnerByRule.get(rule);
    if (known) return known;
    const key = `${rule.id}\0${rule.check}\0${rule.baseDir}\0${JSON.stringify(rule.options)}`;
    let runner = this.runners.get(key);
    if (!runner) {
      const kind = getCheckKind(rule.check);
      if (!kind) throw new Error(`rule ${rule.id}: unknown check kind "${rule.check}"`);
      runner = kind.create(rule.options, {
        lexicon: (file) => loadLexicon(path.resolve(rule.baseDir, file)),
        settings: this.settings,
      });
      this.runners.set(key, runner);
    }
    this.runnerByRule.set(rule, runner);
    return runner;
  }

  private toMessage(draft: Draft, rule: Rule, r: Report, platform: Platform | undefined): LintMessage {
    const messageId = r.messageId && rule.messages[r.messageId] ? r.messageId : 'default';
    const template = rule.messages[messageId]!;
    const start = r.position ?? draft.lines.position(r.start);
    const end = r.position ?? draft.lines.position(Math.max(r.end, r.start));
    const severity = r.severity ?? (rule.severity as Exclude<Severity, 'off'>);
    return {
      ruleId: rule.id,
      severity: severity === 'error' ? 2 : 1,
      message: renderMessage(template[this.lang] || template.da, r.data),
      messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(r.fix && rule.fixable ? { fix: r.fix } : {}),
      platforms: platform ? [platform] : [],
    };
  }
}

export function summarise(filePath: string, messages: LintMessage[], platforms: Platform[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, platforms };
}
