/** Test helper: run one check kind with inline options on a draft text, without packs. */
import type { CheckKind, Report } from '../../src/checks/types.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { parseText, type Draft } from '../../src/draft/draft.js';
import type { Platform } from '../../src/core/platform.js';
import { toLexicon } from '../../src/engine/lexicon.js';

export interface RunOptions {
  /** Word lists by path, as `env.lexicon(path)` would load them (raw YAML data). */
  lexicons?: Record<string, unknown>;
  settings?: Partial<Settings>;
  platform?: Platform;
}

export interface Hit extends Report {
  /** The text the report points at. */
  text: string;
}

export function runCheck<O>(kind: CheckKind<O>, options: O, text: string, run: RunOptions = {}): Hit[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...run.settings };
  const runner = kind.create(options, {
    lexicon: (p) => {
      const raw = run.lexicons?.[p];
      if (raw === undefined) throw new Error(`no lexicon ${p}`);
      return toLexicon(p, raw);
    },
    settings,
  });
  const draft: Draft = parseText(text, 'x.md');
  const hits: Hit[] = [];
  runner({ ruleId: 'test/rule', draft, platform: run.platform ?? 'facebook', report: (r) => hits.push({ ...r, text: text.slice(r.start, r.end) }) });
  return hits;
}
