/**
 * media-consent: every image and video of a draft is declared in frontmatter `media` with who is
 * on it (`people`), a consent reference when recognisable people are shown, and an alt text.
 * One kind, three requirements (consent/undeclared-media, consent/missing-reference,
 * consent/alt-text).
 *
 * Strategy, "Persondata": "I forhold til Persondataforordningen (GDPR) portrætterer vi kun
 * billeder af genkendelig personer på det sociale medie, hvor der er indgået et skriftligt
 * samtykke. … Vi gør brug af situationsbilleder uden samtykke …" So `people: none` and
 * `people: situation` need nothing more, `people: written` needs `consent`.
 *
 * The media are frontmatter `media`, inline `![alt](src)` images (an inline image is declared
 * when `media` has the same `src`) and HTML `<img>`/`<video>`/`<source>` tags in the body.
 *
 * A consent reference must let the signed consent be found when the person withdraws it. So it is
 * a placeholder when it is one of the word list's values ("ja", "indhentet", "1"), and also when
 * it has no number left once dates, times and years are taken out and it does not name a file
 * or a link: "ja, indhentet", "ja tak", "givet mundtligt", "ok – indhentet 12/3" say that consent
 * exists, not where. "SAM-2026-0113", "Samtykke 2026/114", "j.nr. 2026-212-0015" and
 * "samtykke-mette-hansen.pdf" are references.
 */
import type { Draft } from '../draft/draft.js';
import { wordsOfGroups } from '../core/lexicon.js';
import type { MediaItem, Range } from '../draft/types.js';
import { headOf } from './lib/scopes.js';
import { frontmatterUnreadable } from '../draft/draft.js';
import { defineCheckKind } from './types.js';

export interface MediaConsentOptions {
  require: 'declaration' | 'consent-reference' | 'alt-text';
  /** rules/lexicon/consent.yml: placeholder values compared with the whole field. */
  lexicon?: string;
  group?: string;
}

const REQUIREMENTS = ['declaration', 'consent-reference', 'alt-text'] as const;

interface BodyMedia extends Range {
  src: string;
  /** Undefined for a video, which has no alt attribute. */
  alt?: string;
  declared: boolean;
}

const HTML_MEDIA = /<(img|video|source)\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi;
const HTML_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** Inline images and HTML media in the body, each linked to its declaration by `src`. */
function bodyMedia(draft: Draft): BodyMedia[] {
  const declared = new Set(draft.frontmatter.media.map((m) => m.src));
  const out: BodyMedia[] = draft.media
    .filter((m) => m.origin === 'inline')
    .map((m) => ({ start: m.start, end: m.end, src: m.src, alt: m.alt ?? '', declared: m.declaration !== undefined }));
  for (const node of draft.model.syntax) {
    if (node.kind !== 'html') continue;
    const html = draft.text.slice(node.start, node.end);
    for (const m of html.matchAll(HTML_MEDIA)) {
      const src = (m[2] ?? m[3] ?? '').trim();
      if (src === '' || out.some((o) => o.src === src && o.start >= node.start && o.end <= node.end)) continue;
      const tag = m[1]!.toLowerCase();
      const alt = tag === 'img' ? (HTML_ALT.exec(m[0])?.slice(1).find((v) => v !== undefined) ?? '') : undefined;
      const start = node.start + m.index;
      out.push({ start, end: start + m[0].length, src, ...(alt !== undefined ? { alt } : {}), declared: declared.has(src) });
    }
  }
  return out;
}

/** Trimmed, lower-case, one space per run, without a trailing "." or "!". */
function normaliseValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}

/** The signed form itself: a file name ("samtykke-mette.pdf") or a link to it. */
const DOCUMENT = /\.(?:pdf|docx?|odt|rtf|txt|msg|eml|jpe?g|png|heic|tiff?)(?![\p{L}\p{N}])|^(?:https?:\/\/|www\.)/iu;
const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** When a consent was given is not where it is: dates, times and years, taken out before looking for a number. */
const DATES_AND_TIMES = [
  /\d{4}-\d{2}-\d{2}(?!\d)/g, // 2026-03-14
  /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])(?:[./-](?:\d{4}|\d{2}))?(?!\d)/g, // 14/3, 14.03.2026, 14-03-26
  new RegExp(`(?<!\\d)\\d{1,2}\\.?\\s*(?:${MONTHS})\\.?(?!\\p{L})`, 'giu'), // 14. marts
  /(?<!\d)(?:19|20)\d{2}(?!\d)/g, // a year
  /kl\.?\s*\d{1,2}(?:[.:]\d{2})?/gi, // kl. 14.30
];

/**
 * Why: a reference finds the signed consent – a number (SAM-2026-0113, "Samtykke 2026/114", a
 * journal number) or the file of the signed form. A phrase without a number ("ja, indhentet",
 * "givet mundtligt") only says that there is a consent, and a date only says when.
 */
export function isConsentReference(value: string): boolean {
  const v = value.trim();
  if (DOCUMENT.test(v)) return true;
  let rest = v;
  for (const re of DATES_AND_TIMES) rest = rest.replace(re, ' ');
  return /\d/.test(rest);
}

function basename(src: string): string {
  const file = src.split(/[?#]/)[0]!.split('/').pop() ?? src;
  return file.toLowerCase();
}

/** An alt text that only repeats the file name ("IMG_1234.jpg", "mette-nattevagt"). */
function isFileName(alt: string, src: string): boolean {
  const a = alt.trim().toLowerCase();
  const file = basename(src);
  return a === file || a === file.replace(/\.[a-z0-9]{2,5}$/, '') || /^[\w-]+\.(?:jpe?g|png|gif|webp|heic|mp4|mov|m4v|webm)$/i.test(a);
}

export const mediaConsent = defineCheckKind<MediaConsentOptions>({
  name: 'media-consent',
  meta: {
    description: 'Checks that each image and video declares who is on it, its consent reference and an alt text.',
    schema: {
      type: 'object',
      required: ['require'],
      properties: {
        require: { enum: REQUIREMENTS },
        lexicon: { type: 'string', description: 'Word list of placeholder values (rules/lexicon/consent.yml)' },
        group: { type: 'string', description: 'Its group for this requirement' },
      },
      additionalProperties: false,
    },
    messages: { noPeople: ['src'], inline: ['src'], default: ['src'], placeholder: ['src', 'consent', 'alt'] },
    requiredMessages: (options) => (options.require === 'declaration' ? ['noPeople', 'inline'] : ['default', 'placeholder']),
    lexicons: [{ option: 'lexicon', groupOptions: ['group'] }],
  },
  create(options, env) {
    const placeholders = new Set(
      (options.lexicon && options.group ? wordsOfGroups(env.lexicon(options.lexicon), [options.group]) : []).map(normaliseValue),
    );
    const isPlaceholder = (value: string): boolean => placeholders.has(normaliseValue(value));

    return (context) => {
      const { draft } = context;
      // Unreadable frontmatter declares nothing; draft/frontmatter already says so.
      if (frontmatterUnreadable(draft)) return;
      const declared = draft.frontmatter.media;
      const inBody = bodyMedia(draft);

      switch (options.require) {
        case 'declaration': {
          for (const item of declared) {
            if (item.people !== undefined || peopleProblem(draft, item)) continue;
            context.report({ ...headOf(draft, item), messageId: 'noPeople', data: { src: item.src } });
          }
          for (const item of inBody) {
            if (!item.declared) context.report({ start: item.start, end: item.end, messageId: 'inline', data: { src: item.src } });
          }
          return;
        }
        case 'consent-reference': {
          for (const item of declared) {
            if (item.people !== 'written') continue;
            if (item.consent === undefined || item.consent.trim() === '') {
              context.report({ ...headOf(draft, item), data: { src: item.src } });
            } else if (isPlaceholder(item.consent) || !isConsentReference(item.consent)) {
              context.report({ ...headOf(draft, item), messageId: 'placeholder', data: { src: item.src, consent: item.consent } });
            }
          }
          return;
        }
        case 'alt-text': {
          for (const item of declared) {
            // An inline image of the same file may carry the alt text instead: ![Mette ved sengen](mette.jpg).
            const inlineAlt = inBody.find((b) => b.src === item.src && b.alt !== undefined && b.alt.trim() !== '')?.alt;
            const alt = item.alt !== undefined && item.alt.trim() !== '' ? item.alt : inlineAlt;
            reportAlt(alt, item.src, headOf(draft, item));
          }
          for (const item of inBody) {
            if (item.declared || item.alt === undefined) continue;
            reportAlt(item.alt, item.src, item);
          }
          return;
        }
      }

      function reportAlt(alt: string | undefined, src: string, at: Range): void {
        if (alt === undefined || alt.trim() === '') context.report({ start: at.start, end: at.end, data: { src } });
        else if (isPlaceholder(alt) || isFileName(alt, src)) context.report({ start: at.start, end: at.end, messageId: 'placeholder', data: { src, alt } });
      }
    };
  },
});

/** draft/frontmatter already reports an invalid `people` value inside this item. */
function peopleProblem(draft: Draft, item: MediaItem): boolean {
  return draft.problems.some((p) => p.kind === 'frontmatter' && p.data['key'] === 'media.people' && p.start >= item.start && p.end <= item.end);
}
