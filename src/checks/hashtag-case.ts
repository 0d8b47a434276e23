/**
 * hashtag-case: a preferred hashtag written another way (#regionnordjylland, #Regionnordjylland,
 * #REGIONNORDJYLLAND → #RegionNordjylland). Capitals between the words make a tag readable, also
 * to screen readers. Tags are compared case-insensitively and with æ/ae, ø/oe, å/aa folded, so
 * #Hjoerring becomes #Hjørring when that is the preferred form. The preferred forms are the pack's
 * `preferred` plus `hashtags.preferred` in the config. Fixable: the fix writes the preferred form.
 */
import { normaliseHashtag } from './lib/twitter.js';
import { defineCheckKind } from './types.js';

export interface HashtagCaseOptions {
  preferred?: string[];
}

export const hashtagCase = defineCheckKind<HashtagCaseOptions>({
  name: 'hashtag-case',
  meta: {
    description: 'Reports a preferred hashtag written in another case or spelling; fixable.',
    schema: {
      type: 'object',
      properties: {
        preferred: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Preferred forms, with or without #' },
      },
      additionalProperties: false,
    },
    messages: { default: ['tag', 'preferred'], spelling: ['tag', 'preferred'] },
    fixable: true,
  },
  create(options, env) {
    // The config wins over the pack when both name the same tag.
    const byKey = new Map<string, string>();
    for (const tag of [...(options.preferred ?? []), ...env.settings.preferredHashtags]) {
      const form = tag.trim().replace(/^[#＃]/, '').normalize('NFC');
      if (form !== '') byKey.set(normaliseHashtag(form), form);
    }
    return (context) => {
      if (byKey.size === 0) return;
      const { draft } = context;
      for (const entity of draft.model.entities) {
        if (entity.kind !== 'hashtag') continue;
        const preferred = byKey.get(normaliseHashtag(entity.value));
        if (preferred === undefined || entity.value.normalize('NFC') === preferred) continue;
        // The tag's letters follow its sigil (# or ＃); only they are replaced.
        const start = entity.end - entity.value.length;
        const sameLetters = entity.value.toLowerCase() === preferred.toLowerCase();
        const plain = draft.text.slice(start, entity.end) === entity.value;
        context.report({
          start: entity.start,
          end: entity.end,
          messageId: sameLetters ? 'default' : 'spelling',
          data: { tag: `#${entity.value}`, preferred: `#${preferred}` },
          ...(plain ? { fix: { range: [start, entity.end] as [number, number], text: preferred } } : {}),
        });
      }
    };
  },
});
