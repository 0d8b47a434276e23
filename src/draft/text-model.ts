/**
 * The draft as text: every piece keeps its offsets into the original file.
 *
 * - `prose` has the same length as the file: everything that is not running text (frontmatter,
 *   code, HTML, Markdown markup, image syntax) is blanked to spaces, and soft line breaks inside a
 *   paragraph become spaces. Offsets into `prose` are offsets into the file, so language checks
 *   need no position mapping at all.
 * - `published` is what the platform shows: the body minus editors' HTML comments and thread
 *   separators; lengths, the fold and hashtags are measured on it.
 * Costly views (sentences, words, entities) are computed on first use only.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import twitterText from 'twitter-text';
import { findAttributions } from '../text/attribution.js';
import { findEmails } from '../text/email.js';
import { findNames } from '../text/names.js';
import { readabilityWords } from '../text/readability-words.js';
import { splitSentences } from '../text/sentences.js';
import { firstEndingAfter, overlapping } from '../text/sorted-index.js';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { MappedText } from './mapped-text.js';
import type { MediaItem, Range } from './types.js';

export interface Sentence extends Range {
  text: string;
  /** indexes into `words` */
  firstWord: number;
  wordCount: number;
}

export interface Word extends Range {
  text: string;
  /** a number: a word for counting, not for readability (LIX) */
  numeric: boolean;
  /** more than six letters, and not part of a proper name (LIX's long word) */
  long: boolean;
  /** part of a quotation's attribution tail (», siger overlæge Anne Holm«): not counted in measures */
  attribution: boolean;
}

/** A token stream that holds the published text (see `TextModel.publishedStream`). */
export interface PublishedStream {
  text: string;
  tokens: readonly Token[];
  /** Where the published text starts in `text`. */
  offset: number;
}

export interface Entity extends Range {
  kind: 'hashtag' | 'mention' | 'url' | 'email';
  /** hashtag or screen name without its sigil; the URL or address as written */
  value: string;
}

export interface Link extends Range {
  url: string;
  /** `markdown` for [text](url), `autolink` for <url>, `bare` for a URL in the text */
  syntax: 'markdown' | 'autolink' | 'bare';
}

export interface HtmlComment extends Range {
  body: string;
}

/** Markdown constructs a platform shows raw. */
export interface SyntaxNode extends Range {
  kind: 'heading' | 'emphasis' | 'strong' | 'link' | 'image' | 'list' | 'code' | 'inlineCode' | 'blockquote' | 'table' | 'thematicBreak' | 'html';
}

const BLOCK_BREAK = /\r\n|\r|\n/g;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export class TextModel {
  readonly body: Range;
  readonly prose: string;
  readonly published: MappedText;
  /** The posts of a thread (thematic breaks split them); one part when there are none. */
  readonly threadParts: MappedText[];
  readonly paragraphs: Range[] = [];
  readonly comments: HtmlComment[] = [];
  readonly syntax: SyntaxNode[] = [];
  readonly inlineImages: MediaItem[] = [];
  readonly markdownLinks: Link[] = [];

  private sentenceCache?: Sentence[];
  private wordCache?: Word[];
  private tokenCache?: Token[];
  private publishedStreamCache?: PublishedStream;
  private linedCache?: string;
  private entityCache?: Entity[];

  constructor(
    readonly source: string,
    readonly root: Root,
  ) {
    const first = root.children[0];
    const bodyStart = first?.type === 'yaml' ? (first.position?.end.offset ?? 0) : 0;
    this.body = { start: bodyStart, end: source.length };

    // Text nodes are copied into the prose; everything else is blanked below.
    const keep: Array<Range & { quoted: boolean }> = [];
    const removedFromPublished: Range[] = [];
    const separators: Range[] = [];

    // An explicit stack, not recursion: a draft of 5,000 nested `>` must not overflow the call
    // stack (whose size differs between the main thread and workers). Children are pushed in
    // reverse, so nodes are visited in document order, as a recursive walk would.
    const stack: Array<{ node: Nodes; depth: number; quoted: boolean }> = [{ node: root, depth: 0, quoted: false }];
    const visit = (node: Nodes, depth: number, quoted: boolean): void => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      switch (node.type) {
        case 'text':
          keep.push({ start, end, quoted });
          return;
        case 'paragraph':
          this.paragraphs.push({ start, end });
          break;
        case 'heading':
        case 'emphasis':
        case 'strong':
        case 'list':
        case 'blockquote':
          this.syntax.push({ kind: node.type, start, end });
          break;
        case 'code':
        case 'inlineCode':
          this.syntax.push({ kind: node.type, start, end });
          return;
        case 'thematicBreak':
          this.syntax.push({ kind: 'thematicBreak', start, end });
          if (depth === 1) separators.push({ start, end });
          return;
        case 'html': {
          const value = node.value.trim();
          if (value.startsWith('<!--')) {
            this.comments.push({ start, end, body: value.replace(/^<!--/, '').replace(/-->$/, '').trim() });
            removedFromPublished.push({ start, end });
          } else {
            this.syntax.push({ kind: 'html', start, end });
          }
          return;
        }
        case 'image':
          this.syntax.push({ kind: 'image', start, end });
          this.inlineImages.push({ origin: 'inline', src: node.url, alt: node.alt ?? '', start, end });
          return;
        case 'link': {
          const syntax = source[start] === '<' ? 'autolink' : source[start] === '[' ? 'markdown' : 'bare';
          this.markdownLinks.push({ start, end, url: node.url, syntax });
          if (syntax === 'markdown') this.syntax.push({ kind: 'link', start, end });
          break;
        }
        case 'yaml':
        case 'definition':
          return;
        default:
          break;
      }
      if (!('children' in node)) return;
      const inQuote = quoted || node.type === 'blockquote';
      const children = node.children as RootContent[];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, quoted: inQuote });
    };
    for (let item = stack.pop(); item; item = stack.pop()) visit(item.node, item.depth, item.quoted);

    let prose = '';
    let at = 0;
    for (const { start, end, quoted } of keep) {
      prose += blank(source.slice(at, start));
      // A soft break is a space inside a paragraph; inside a block quote, the `>` markers that
      // start its continuation lines are markup too.
      prose += source.slice(start, end).replace(quoted ? QUOTED_SOFT_BREAK : SOFT_BREAK, blankAll);
      at = end;
    }
    this.prose = prose + blank(source.slice(at));
    this.detectTables();

    const publishedRanges = subtract(this.body, [...removedFromPublished, ...separators]);
    this.published = new MappedText(source, publishedRanges);
    const partBounds: Range[] = [];
    let from = this.body.start;
    for (const sep of separators.sort((a, b) => a.start - b.start)) {
      partBounds.push({ start: from, end: sep.start });
      from = sep.end;
    }
    partBounds.push({ start: from, end: this.body.end });
    this.threadParts = partBounds
      .map((bounds) => new MappedText(source, subtract(bounds, removedFromPublished)))
      .filter((part, i, all) => part.text.length > 0 || all.length === 1);
  }

  /** remark-parse without GFM reads a table as a paragraph; the platform shows it as pipes. */
  private detectTables(): void {
    for (const p of this.paragraphs) {
      if (this.source[p.start] !== '|') continue; // cheap test first: a table row starts with a pipe
      const lines = this.source.slice(p.start, p.end).split(BLOCK_BREAK);
      if (lines.length >= 2 && TABLE_ROW.test(lines[0]!) && TABLE_DELIMITER.test(lines[1]!)) {
        this.syntax.push({ kind: 'table', start: p.start, end: p.end });
      }
    }
  }

  /**
   * Sentences of the prose, from the Danish sentence splitter (src/text/sentences.ts): not after
   * »kl.«, »bl.a.« or »f.eks.«, not inside numbers, dates and times; every line break ends one.
   */
  get sentences(): Sentence[] {
    if (!this.sentenceCache) this.segment();
    return this.sentenceCache!;
  }

  /**
   * Words of the prose: word and abbreviation tokens, plus numbers (flagged `numeric`). Phone
   * numbers, dates, times, amounts, hashtags, mentions, URLs, e-mail addresses and emoji are not
   * words; a hyphenated compound is one (docs/rules/tone/readability.md).
   */
  get words(): Word[] {
    if (!this.wordCache) this.segment();
    return this.wordCache!;
  }

  /**
   * Every token of the prose (src/text/tokenize.ts): words, numbers, phone numbers, dates, times,
   * amounts, abbreviations, URLs, e-mails, hashtags, mentions, emoji and punctuation. Tokenized on
   * the prose with the file's line breaks put back, so a token never runs across a line end.
   * The draft's one token stream: word lists (src/text/phrase-matcher.ts), words and sentences
   * are all read from it.
   */
  get tokens(): Token[] {
    this.tokenCache ??= tokenize(this.lined);
    return this.tokenCache;
  }

  /**
   * The published text as a token stream: `text` holds the published text at `offset`, and
   * `tokens` are offsets into `text`. Where the published text is the prose as written – one
   * stretch of the file with nothing blanked, as in most posts (no Markdown, no editors' comments)
   * – that is the draft's own token stream over the prose, with nothing tokenized or copied again;
   * elsewhere a tokenizer pass over the published text (offset 0). Around the published text the
   * prose holds only white space, so a reader sees the same text either way; the test suite checks
   * the tokens agree on every fixture and eval draft.
   */
  get publishedStream(): PublishedStream {
    if (!this.publishedStreamCache) {
      const { text } = this.published;
      const start = this.published.sourceStart ?? 0;
      this.publishedStreamCache =
        text.length > 0 && this.published.contiguous && this.lined.startsWith(text, start)
          ? { text: this.lined, tokens: this.tokens, offset: start }
          : { text, tokens: tokenize(text), offset: 0 };
    }
    return this.publishedStreamCache;
  }

  /**
   * The prose with the file's line breaks put back: the platforms show every line break, so a
   * line end inside a paragraph (a space in the prose) still ends a sentence.
   */
  private get lined(): string {
    if (this.linedCache === undefined) {
      let lined = '';
      let from = 0;
      for (const m of this.source.matchAll(/\r\n|\r|\n/g)) {
        lined += this.prose.slice(from, m.index) + m[0];
        from = m.index + m[0].length;
      }
      this.linedCache = lined + this.prose.slice(from);
    }
    return this.linedCache;
  }

  /** Hashtags, @mentions and URLs as twitter-text extracts them from the published text, plus e-mail addresses. */
  get entities(): Entity[] {
    if (!this.entityCache) {
      const text = this.published.text;
      const entities: Entity[] = [];
      const add = (kind: Entity['kind'], value: string, start: number, end: number): void => {
        entities.push({ kind, value, ...this.published.rangeToSource(start, end) });
      };
      for (const e of twitterText.extractEntitiesWithIndices(text)) {
        const [start, end] = e.indices;
        if ('hashtag' in e) add('hashtag', e.hashtag, start, end);
        else if ('screenName' in e) add('mention', e.screenName, start, end);
        else if ('url' in e) add('url', e.url, start, end);
      }
      for (const email of findEmails(text)) add('email', email.text, email.start, email.end);
      // An e-mail address's domain is not also a URL.
      const emails = entities.filter((e) => e.kind === 'email');
      this.entityCache = entities
        .filter((e) => e.kind === 'email' || !emails.some((m) => e.start >= m.start && e.end <= m.end))
        .sort((a, b) => a.start - b.start);
    }
    return this.entityCache;
  }

  /** Bare URLs in the text plus Markdown links and autolinks, each once. */
  get links(): Link[] {
    const links: Link[] = [...this.markdownLinks];
    for (const e of this.entities) {
      if (e.kind === 'url' && !links.some((l) => e.start < l.end && e.end > l.start)) {
        links.push({ start: e.start, end: e.end, url: e.value, syntax: 'bare' });
      }
    }
    return links.sort((a, b) => a.start - b.start);
  }

  /** Sentences that overlap a range (a paragraph, a thread part). */
  sentencesIn(range: Range): Sentence[] {
    return overlapping(this.sentences, range);
  }

  /** Words inside a range (words never straddle a scope's edge). */
  wordsIn(range: Range): Word[] {
    return overlapping(this.words, range);
  }



  private segment(): void {
    const tokens = this.tokens;
    const lined = this.lined;
    const ranges = splitSentences(lined, tokens);
    const names = findNames(tokens, ranges);
    const attributions = findAttributions(lined, tokens);
    const excluded = this.entities;
    const counted = new Set(readabilityWords(tokens, names).filter((w) => w.long).map((w) => w.index));
    const words: Word[] = [];
    let e = 0;
    let a = 0;
    tokens.forEach((token, index) => {
      if (token.kind !== 'word' && token.kind !== 'abbreviation' && token.kind !== 'number') return;
      while (e < excluded.length && excluded[e]!.end <= token.start) e++;
      const entity = excluded[e];
      if (entity && entity.start <= token.start && token.end <= entity.end) return; // inside a hashtag, URL, mention or e-mail
      while (a < attributions.length && attributions[a]!.end <= token.start) a++;
      const tail = attributions[a];
      words.push({
        text: token.text,
        start: token.start,
        end: token.end,
        numeric: token.kind === 'number',
        long: counted.has(index),
        attribution: tail !== undefined && tail.start <= token.start && token.end <= tail.end,
      });
    });
    const sentences: Sentence[] = [];
    for (const range of ranges) {
      const firstWord = firstEndingAfter(words, range.start);
      let wordCount = 0;
      while (firstWord + wordCount < words.length && words[firstWord + wordCount]!.start < range.end) wordCount++;
      // A line of emoji or punctuation only is not a sentence.
      if (wordCount === 0 && !HAS_TEXT.test(this.prose.slice(range.start, range.end))) continue;
      sentences.push({ text: this.prose.slice(range.start, range.end), start: range.start, end: range.end, firstWord, wordCount });
    }
    this.wordCache = words;
    this.sentenceCache = sentences;
  }
}

const HAS_TEXT = /[\p{L}\p{N}]/u;
const SOFT_BREAK = /[\r\n]/g;
const QUOTED_SOFT_BREAK = /(?:\r\n|\r|\n)[ \t]*(?:>[ \t]*)*/g;

function blankAll(text: string): string {
  return ' '.repeat(text.length);
}

/** Spaces for everything but line breaks, which still end sentences. */
function blank(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out += ' '.repeat(i - from) + text[i];
      from = i + 1;
    }
  }
  return out + ' '.repeat(text.length - from);
}

/** `whole` minus the `holes`, as sorted ranges. */
function subtract(whole: Range, holes: readonly Range[]): Range[] {
  const sorted = [...holes].filter((h) => h.end > whole.start && h.start < whole.end).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  let at = whole.start;
  for (const h of sorted) {
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < whole.end) out.push({ start: at, end: whole.end });
  return out;
}
