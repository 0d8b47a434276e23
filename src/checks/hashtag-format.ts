/**
 * hashtag-format: hashtags the platform would cut off or refuse, as twitter-text's extraction
 * sees them (lib/twitter.ts hashtagProblems): "#Region-Nordjylland" (linked as #Region), "#i gode
 * hænder" (linked as #i), "#2026" (digits only: no tag at all), and tags over a hundred
 * characters. Multi-word tags are recognised against the local-hashtag lexicon, the pack's
 * `words`, the configured local and preferred tags, and twitter.ts's DEFAULT_KNOWN_TAGS.
 */
import { DEFAULT_KNOWN_TAGS, extractHashtags, hashtagProblems, MAX_HASHTAG_LENGTH, type HashtagProblem } from './lib/twitter.js';
import { defineCheckKind } from './types.js';

export interface HashtagFormatOptions {
  /** Word list of known tags (for "#i gode hænder"), relative to the pack. */
  lexicon?: string;
  words?: string[];
}

const MESSAGE_IDS: Record<HashtagProblem['kind'], string> = {
  punctuation: 'punctuation',
  space: 'space',
  'digits-only': 'digitsOnly',
  'too-long': 'tooLong',
};

export const hashtagFormat = defineCheckKind<HashtagFormatOptions>({
  name: 'hashtag-format',
  meta: {
    description: 'Reports hashtags that the platform would cut off at punctuation or a space, or refuse (digits only, too long).',
    schema: {
      type: 'object',
      properties: {
        lexicon: { type: 'string', description: 'Known tags relative to the pack (rules/lexicon/…)' },
        words: { type: 'array', items: { type: 'string' }, description: 'Extra known tags' },
      },
      additionalProperties: false,
    },
    messages: { punctuation: ['tag', 'linked', 'suggestion'], punctuationUnlinked: ['tag', 'suggestion'], space: ['tag', 'suggestion'], digitsOnly: ['tag'], tooLong: ['tag', 'length', 'max'] },
    lexicons: [{ option: 'lexicon' }],
  },
  create(options, env) {
    const known = [
      ...DEFAULT_KNOWN_TAGS,
      ...(options.lexicon ? env.lexicon(options.lexicon).words : []),
      ...(options.words ?? []),
      ...env.settings.localHashtags,
      ...env.settings.preferredHashtags,
    ];
    return (context) => {
      const { published } = context.draft.model;
      for (const problem of hashtagProblems(published.text, known)) {
        const written = published.text.slice(problem.start, problem.end);
        // What the platform would link: the tag up to the cut, or nothing.
        const linked = extractHashtags(written)[0];
        const linkedTag = linked && linked.start === 0 ? `#${linked.tag}` : '';
        context.report({
          ...published.rangeToSource(problem.start, problem.end),
          messageId: problem.kind === 'punctuation' && linkedTag === '' ? 'punctuationUnlinked' : MESSAGE_IDS[problem.kind],
          data: {
            tag: `#${problem.tag}`,
            linked: linkedTag,
            suggestion: suggestion(problem),
            length: [...problem.tag].length,
            max: MAX_HASHTAG_LENGTH,
          },
        });
      }
    };
  },
});

/** A tag the platform links in full: joiners removed ("#Region-Nordjylland" → "#RegionNordjylland"). */
function suggestion(problem: HashtagProblem): string {
  switch (problem.kind) {
    case 'punctuation':
      return `#${problem.tag
        .replace(/[#＃]/g, ' #')
        .replace(/[^\p{L}\p{M}\p{N}_ #\u200c\u200d]/gu, '')
        .replace(/ #(?= |$)/g, '')
        .trim()}`.replace(/^##/, '#');
    case 'space':
      return `#${problem.tag.replace(/\s+/g, '')}`;
    case 'digits-only':
    case 'too-long':
      return '';
  }
}
