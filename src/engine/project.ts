/**
 * One run's state: the config, the compiled rule set and a linter whose compiled checks are
 * shared by every file. Given a file's bytes it returns its result and, with fixes, its new text.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig, RuleSettings } from '../core/config.js';
import type { Lang } from '../core/lang.js';
import type { Platform } from '../core/platform.js';
import type { LintResult } from '../core/results.js';
import { frontmatterUnreadable, parseDraft, parseText, type Draft } from '../draft/draft.js';
import { resolvePlatforms } from '../draft/platform.js';
import type { DraftProblem } from '../draft/problems.js';
import { compileRules } from './compile.js';
import { applyFixes } from './fix.js';
import { Linter } from './linter.js';
import type { RuleSet } from './rule-set.js';

export interface ProjectOptions {
  config: ResolvedConfig;
  lang: Lang;
  cliPlatforms?: Platform[];
  cliRules?: RuleSettings;
  rulesDir?: string;
  /** The run's working folder: problems with the rules name files relative to it. */
  cwd?: string;
}

export interface FileOutcome {
  result: LintResult;
  /** The fixed text (BOM restored) when fixing changed anything. */
  output?: string;
  /** How many fixes were applied over all passes, when fixing changed anything. */
  fixes?: number;
  draft: Draft;
}

/** A stable empty layer: the linter caches effective rules by the identity of each layer. */
const NO_RULES: RuleSettings = {};

/** ESLint's limit: fixes can enable other fixes, but never loop forever. */
const MAX_FIX_PASSES = 10;

export class Project {
  readonly ruleSet: RuleSet;
  readonly linter: Linter;
  private readonly overrideMatchers: Array<{ match: (file: string) => boolean; platform?: string[]; rules: RuleSettings }>;

  constructor(readonly options: ProjectOptions) {
    const { config } = options;
    const where = config.file ?? 'config';
    this.ruleSet = compileRules({
      ...(options.rulesDir ? { builtinDir: options.rulesDir } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
      packs: config.packs,
      settings: [
        { where, rules: config.rules },
        ...config.overrides.map((o, i) => ({ where: `${where}: overrides[${i}]`, rules: o.rules })),
        ...(options.cliRules ? [{ where: '--rule', rules: options.cliRules }] : []),
      ],
    });
    this.linter = new Linter(this.ruleSet, config.settings, options.lang, config.inlineConfig);
    this.overrideMatchers = config.overrides.map((o) => ({
      match: picomatch(o.files, { dot: true, basename: !o.files.some((f) => f.includes('/')) }),
      ...(o.platform ? { platform: o.platform } : {}),
      rules: o.rules,
    }));
  }

  /** A file's bytes as a draft, under this config's size limit (`maxDraftBytes`). */
  parse(bytes: Uint8Array, filePath: string): Draft {
    return parseDraft(bytes, filePath, { maxBytes: this.options.config.maxDraftBytes });
  }

  lintBytes(bytes: Uint8Array, filePath: string, fix = false): FileOutcome {
    const draft = this.parse(bytes, filePath);
    return fix && draft.readable ? this.fixLoop(draft) : { result: this.lintDraft(draft), draft };
  }

  /** A file that could not be read at all (permissions, a folder named *.md). */
  lintUnreadable(filePath: string, code: string): LintResult {
    const draft = parseDraft(new Uint8Array(), filePath);
    const problem: DraftProblem = { kind: 'encoding', code: 'unreadable', data: { code }, start: 0, end: 0 };
    return this.linter.lint({ draft: { ...draft, readable: false, problems: [problem] }, platforms: [], ruleSettings: [] });
  }

  lintDraft(draft: Draft): LintResult {
    const { resolution, ruleSettings } = this.configFor(draft);
    // Without readable frontmatter or text, "no platform" is a consequence, not a second problem.
    // A file that is not text has no platform to speak of; without readable frontmatter or
    // text, "no platform" is a consequence, not a second problem.
    const platformProblems = !draft.readable
      ? []
      : draft.problems.some((p) => p.kind === 'empty') || frontmatterUnreadable(draft)
        ? resolution.problems.filter((p) => p.code !== 'missing')
        : resolution.problems;
    const withPlatformProblems: Draft = platformProblems.length ? { ...draft, problems: [...draft.problems, ...platformProblems] } : draft;
    return this.linter.lint({ draft: withPlatformProblems, platforms: resolution.platforms, ruleSettings });
  }

  /** The platforms a draft resolves to and the rule-setting layers (config, matching overrides, --rule) that apply to it. */
  configFor(draft: Draft): { resolution: ReturnType<typeof resolvePlatforms>; ruleSettings: RuleSettings[] } {
    const { config } = this.options;
    const relative = path.relative(config.dir, path.resolve(draft.filePath)).split(path.sep).join('/');
    const overrides = this.overrideMatchers.filter((o) => o.match(relative));
    const overridePlatform = overrides.findLast((o) => o.platform)?.platform;
    const resolution = resolvePlatforms({
      filePath: draft.filePath,
      root: config.dir,
      ...(this.options.cliPlatforms ? { cli: this.options.cliPlatforms } : {}),
      ...(draft.frontmatter.platform ? { frontmatter: draft.frontmatter.platform } : {}),
      ...(overridePlatform ? { override: overridePlatform } : {}),
      config: config.platform,
    });
    return { resolution, ruleSettings: [config.rules, ...overrides.map((o) => o.rules), this.options.cliRules ?? NO_RULES] };
  }

  private fixLoop(first: Draft): FileOutcome {
    let draft = first;
    let result = this.lintDraft(draft);
    let fixCount = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
      if (fixes.length === 0) break;
      const { output, applied } = applyFixes(draft.text, fixes);
      if (applied === 0 || output === draft.text) break;
      fixCount += applied;
      draft = parseText(output, draft.filePath, draft.bom);
      result = this.lintDraft(draft);
    }
    if (draft.text === first.text) return { result, draft };
    return { result, draft, output: (draft.bom ? '\uFEFF' : '') + draft.text, fixes: fixCount };
  }
}
