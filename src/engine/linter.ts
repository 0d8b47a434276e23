/**
 * The engine: runs a draft's rules for each of its platforms, applies disable comments and
 * merges what a cross-post reports twice. Check runners are compiled once per rule and
 * options, and reused for every file and platform of the run.
 */
import path from 'node:path';
import { directive } from '../checks/directive.js';
import { createRunner, getCheckKind } from '../checks/index.js';
import { didYouMean } from '../core/suggest.js';
import type { CheckRunner, Report } from '../checks/types.js';
import { DEFAULT_INLINE_CONFIG, type InlineConfig, type RuleSettings } from '../core/config.js';
import type { Lang } from '../core/lang.js';
import { mergeOptions } from '../core/plain.js';
import type { Platform } from '../core/platform.js';
import { summarise, type LintMessage, type LintResult, type SuppressedMessage } from '../core/results.js';
import type { Settings } from '../core/settings.js';
import { capSeverity, type ActiveSeverity } from '../core/severity.js';
import type { Draft } from '../draft/draft.js';
import { parseDirectives, Suppressor, type Directive } from './disable.js';
import { loadLexicon } from './lexicon.js';
import { renderMessage } from './message.js';
import type { Rule } from './rule.js';
import type { RuleSet } from './rule-set.js';

export interface LintTarget {
  draft: Draft;
  platforms: Platform[];
  /** Rule settings in order of precedence, lowest first (config rules, overrides, --rule). */
  ruleSettings: readonly RuleSettings[];
}

export class Linter {
  private readonly runners = new Map<string, CheckRunner>();
  /** Runners by effective rule: effective rules are cached, so most files skip the options key. */
  private readonly runnerByRule = new WeakMap<Rule, CheckRunner>();
  private readonly signatures = new WeakMap<Rule, string>();
  /** Effective rules by platform and the identity of the settings layers (config, overrides, --rule). */
  private readonly effectiveCache = new Map<string, readonly Rule[]>();
  private readonly layerIds = new WeakMap<object, number>();
  private nextLayerId = 0;

  constructor(
    readonly ruleSet: RuleSet,
    readonly settings: Settings,
    readonly lang: Lang = 'da',
    readonly inline: InlineConfig = DEFAULT_INLINE_CONFIG,
  ) {}

  /** Rules for a platform with config and command-line settings applied. */
  effectiveRules(platform: Platform | undefined, ruleSettings: LintTarget['ruleSettings']): readonly Rule[] {
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

  private resolveRules(platform: Platform | undefined, ruleSettings: LintTarget['ruleSettings']): readonly Rule[] {
    return this.ruleSet.rules(platform).map((rule) => {
      let effective = rule;
      for (const layer of ruleSettings) {
        const setting = layer[rule.id];
        if (!setting) continue;
        effective = Object.freeze({ ...effective, severity: setting.severity, options: mergeOptions({ ...effective.options }, setting.options) });
      }
      return effective;
    });
  }

  lint(target: LintTarget): LintResult {
    const { draft } = target;
    const byKey = new Map<string, LintMessage>();
    const suppressedByKey = new Map<string, SuppressedMessage>();
    const platforms: Array<Platform | undefined> = target.platforms.length > 0 ? target.platforms : [undefined];
    const suppressor = new Suppressor(draft.readable && this.inline.enabled ? parseDirectives(draft) : []);
    // A cross-post reports the same finding once, carrying every platform it was found for.
    const add = <M extends LintMessage>(into: Map<string, M>, message: M, platform: Platform | undefined): void => {
      const key = `${message.ruleId}\0${message.line}:${message.column}\0${message.endLine}:${message.endColumn}\0${message.message}\0${message.severity}`;
      const seen = into.get(key);
      if (seen) {
        if (platform && !seen.platforms.includes(platform)) seen.platforms.push(platform);
      } else into.set(key, message);
    };

    const hasText = draft.readable && !draft.problems.some((p) => p.kind === 'empty');
    let directiveRule: Rule | undefined;
    // A cross-post runs each rule per platform. A run that never read `context.platform`, of a
    // rule that is the same on the next platform (each platform's rule set has its own Rule
    // objects), would report the same again: its reports are replayed instead.
    const sameOnEveryPlatform = new Map<string, Report[]>();
    for (const platform of platforms) {
      for (const rule of this.effectiveRules(platform, target.ruleSettings)) {
        if (rule.severity === 'off') continue;
        const kind = getCheckKind(rule.check)!;
        if (kind === directive) directiveRule ??= rule;
        if (!hasText && !kind.meta.runsWithoutText) continue;
        const report = (r: Report): void => {
          const message = this.toMessage(draft, rule, r, platform);
          const suppression = suppressor.suppress(rule.id, rule.inlineDisable, r.start, message.line);
          if (suppression) add(suppressedByKey, { ...message, suppressions: [{ kind: 'directive', justification: suppression.directive.justification ?? '' }] }, platform);
          else add(byKey, message, platform);
        };
        const replay = platforms.length > 1 ? sameOnEveryPlatform.get(this.signature(rule)) : undefined;
        if (replay) {
          for (const r of replay) report(r);
          continue;
        }
        const runner = this.runner(rule);
        if (platforms.length === 1) {
          runner({ ruleId: rule.id, draft, platform, report });
          continue;
        }
        const reports: Report[] = [];
        let readPlatform = false;
        runner({
          ruleId: rule.id,
          draft,
          get platform() {
            readPlatform = true;
            return platform;
          },
          report: (r) => {
            reports.push(r);
            report(r);
          },
        });
        if (!readPlatform) sameOnEveryPlatform.set(this.signature(rule), reports);
      }
    }
    if (directiveRule) for (const message of this.directiveMessages(draft, directiveRule, suppressor)) add(byKey, message, undefined);

    const order = (a: LintMessage, b: LintMessage): number =>
      a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.endLine - b.endLine || a.endColumn - b.endColumn;
    return summarise(draft.filePath, [...byKey.values()].sort(order), target.platforms, [...suppressedByKey.values()].sort(order));
  }

  /**
   * draft/directive: disable comments that name a rule that does not exist, that a rule refuses
   * (a CPR number is never hidden; case handling and consent need a reason), or that switch
   * nothing off — so a comment can never hide a problem without anyone seeing it.
   */
  private directiveMessages(draft: Draft, rule: Rule, suppressor: Suppressor): LintMessage[] {
    const out: LintMessage[] = [];
    const ids = this.ruleSet.ids;
    const report = (d: Directive, messageId: string, data: Record<string, string>, severity?: 'warn'): void => {
      out.push({ ...this.toMessage(draft, rule, { start: d.start, end: d.end, messageId, data, ...(severity ? { severity } : {}) }, undefined), platforms: [] });
    };
    for (const d of suppressor.directives) {
      const unknown = d.rules.filter((id) => !ids.includes(id));
      for (const id of unknown) {
        const suggestion = didYouMean(id, ids);
        report(d, suggestion ? 'unknownRuleSuggestion' : 'unknownRule', { rule: id, ...(suggestion ? { suggestion } : {}) });
      }
      for (const id of suppressor.refused.get(d) ?? []) {
        const target = this.ruleSet.rule(id);
        report(d, target?.inlineDisable === false ? 'notAllowed' : 'needsReason', { rule: id });
      }
      const unused = d.kind !== 'enable' && unknown.length === 0 && !suppressor.used.has(d) && !suppressor.refused.has(d);
      if (unused && this.inline.reportUnused !== 'off') {
        // Clutter, not danger: a warning unless the config says error (the rule's severity caps both).
        report(d, 'unused', { rules: d.rules.length > 0 ? d.rules.join(', ') : '*' }, this.inline.reportUnused === 'warn' ? 'warn' : undefined);
      }
    }
    return out;
  }

  /** Everything of a rule that decides its messages: equal signatures report alike for the same draft. */
  private signature(rule: Rule): string {
    let signature = this.signatures.get(rule);
    if (signature === undefined) {
      const { id, check, severity, fixable, inlineDisable, messages, options, baseDir } = rule;
      signature = JSON.stringify([id, check, severity, fixable, inlineDisable, messages, options, baseDir]);
      this.signatures.set(rule, signature);
    }
    return signature;
  }

  private runner(rule: Rule): CheckRunner {
    const known = this.runnerByRule.get(rule);
    if (known) return known;
    const key = `${rule.id}\0${rule.check}\0${rule.baseDir}\0${JSON.stringify(rule.options)}`;
    let runner = this.runners.get(key);
    if (!runner) {
      runner = createRunner(getCheckKind(rule.check)!, rule.options, {
        lexicon: (file) => loadLexicon(path.resolve(rule.baseDir, file)),
        settings: this.settings,
      });
      this.runners.set(key, runner);
    }
    this.runnerByRule.set(rule, runner);
    return runner;
  }

  private toMessage(draft: Draft, rule: Rule, r: Report, platform: Platform | undefined): LintMessage {
    const messageId = r.messageId ?? 'default';
    const template = rule.messages[messageId];
    // The compiler checked the pack's messages against the kind's declaration; a report with
    // an id the kind did not declare is a bug in the kind, and must not pass unnoticed.
    if (!template) throw new Error(`rule ${rule.id}: check kind "${rule.check}" reported undeclared message id "${messageId}"`);
    const start = r.position ?? draft.lines.position(r.start);
    const end = r.position ?? draft.lines.position(Math.max(r.end, r.start));
    const severity = capSeverity(rule.severity as ActiveSeverity, r.severity);
    return {
      ruleId: rule.id,
      severity: severity === 'error' ? 2 : 1,
      message: renderMessage(template[this.lang], r.data, this.lang),
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
