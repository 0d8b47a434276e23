/**
 * The preview model (src/core/preview.ts): a draft as each platform shows it. The limits are the
 * options of the rules that apply to that platform for that file (platform/length, platform/fold,
 * tone/readability), and every measure is the rule's own function, so the preview shows exactly
 * what the rules judge.
 */
import type { LengthOptions } from '../checks/length.js';
import { foldPoint, type FoldLimits } from '../checks/lib/fold-point.js';
import { lengthMeasure } from '../checks/lib/length-measure.js';
import { visibleText } from '../checks/lib/mapped.js';
import type { Lang } from '../core/lang.js';
import type { Platform } from '../core/platform.js';
import type { DraftPreview, PlatformPreview, PreviewFold, PreviewPart } from '../core/preview.js';
import type { Draft } from '../draft/draft.js';
import type { Project } from '../engine/project.js';
import type { Rule } from '../engine/rule.js';
import { previewCounters } from './counters.js';
import { previewMedia } from './media.js';
import { partText } from './part.js';
import { previewPublish } from './publish.js';

/** The platform's own "see more" label; X shows a whole post, so it has none. */
const FOLD_LABELS: Record<Lang, Partial<Record<Platform, string>>> = {
  da: { facebook: '… Se mere', linkedin: '…se mere', instagram: '… mere' },
  en: { facebook: '… See more', linkedin: '…see more', instagram: '… more' },
};

/** Without a readability rule to say otherwise, LIX is left out below this many words. */
const DEFAULT_LIX_MIN_WORDS = 20;

export function buildPreview(project: Project, draft: Draft, platforms: readonly Platform[], lang: Lang): DraftPreview {
  const { ruleSettings } = project.configFor(draft);
  const { model } = draft;
  const rulesOf = (platform: Platform): readonly Rule[] => project.linter.effectiveRules(platform, ruleSettings);
  const previews = platforms.map((platform) => platformPreview(draft, platform, rulesOf(platform), lang));
  const readability = platforms.length > 0 ? rulesOf(platforms[0]!).find((r) => r.check === 'metric' && r.options['metric'] === 'lix') : undefined;
  const minWords = typeof readability?.options['minWords'] === 'number' ? readability.options['minWords'] : DEFAULT_LIX_MIN_WORDS;
  const published = visibleText(model.published, model.inlineImages).text;
  const publish = draft.frontmatter.publish;
  return {
    source: draft.text,
    platforms: previews,
    ...(publish ? { publish: previewPublish(publish.raw, project.linter.settings.monitoring, lang) } : {}),
    counters: previewCounters(draft, published, minWords),
  };
}

function platformPreview(draft: Draft, platform: Platform, rules: readonly Rule[], lang: Lang): PlatformPreview {
  const { model } = draft;
  // The rule of kind length says how this platform counts and whether each thread part counts alone.
  const length = rules.find((r) => r.check === 'length')?.options as Partial<LengthOptions> | undefined;
  const counting = length?.counting ?? 'characters';
  const measure = lengthMeasure(counting, length?.max);
  const mapped = length?.scope === 'part' ? model.threadParts : [model.published];
  const parts: PreviewPart[] = mapped.map((part) => {
    const shown = partText(part, model.inlineImages, model.entities, platform);
    return { ...shown, length: { value: measure(shown.text), ...(length?.max !== undefined ? { max: length.max } : {}), counting } };
  });
  const fold = previewFold(parts[0]?.text ?? '', platform, rules, lang);
  return { platform, parts, ...(fold ? { fold } : {}), media: previewMedia(draft.media) };
}

/**
 * Where the platform cuts the first part: the fold rule's limits, read even when the rule is off
 * (the platform folds the post whether or not anyone checks the first sentence).
 */
function previewFold(text: string, platform: Platform, rules: readonly Rule[], lang: Lang): PreviewFold | undefined {
  const label = FOLD_LABELS[lang][platform];
  const options = rules.find((r) => r.check === 'fold')?.options as Partial<FoldLimits> | undefined;
  if (!label || typeof options?.maxCharacters !== 'number') return undefined;
  const at = foldPoint(text, { maxCharacters: options.maxCharacters, ...(typeof options.maxLines === 'number' ? { maxLines: options.maxLines } : {}) });
  return at === undefined ? undefined : { at, label };
}
