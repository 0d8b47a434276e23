/**
 * How a draft looks when posted, per platform: what `rnsocial preview` prints and what
 * `--format html` draws next to the messages. Built by src/preview/ from the draft model and the
 * rules that ran (the fold and length limits are the rules' own options), attached to a
 * LintResult only when a report needs it. Plain data: it crosses worker threads and JSON.
 *
 * Offsets: `text` offsets are UTF-16 offsets into the part's `text`; `pieces` map them back to
 * the draft (`source`, BOM excluded), so a message's line/column can be highlighted in both.
 */
import type { Platform } from './platform.js';

/** A run of the part's text that comes from one run of the draft (like MappedText's pieces). */
export interface PreviewPiece {
  /** offset in the part's text */
  at: number;
  /** offset in the draft's text */
  source: number;
  length: number;
}

export interface PreviewEntity {
  kind: 'hashtag' | 'mention' | 'url' | 'email';
  /** offsets in the part's text, end exclusive */
  start: number;
  end: number;
  /** How the platform shows it when that differs from the text (a shortened link). */
  display?: string;
}

export interface PreviewPart {
  /** What the reader sees, line breaks as posted (inline images cut out: they are attachments). */
  text: string;
  pieces: PreviewPiece[];
  entities: PreviewEntity[];
  /** The platform's measure of this part against its limit (weighted on X). */
  length: { value: number; max?: number; counting: 'characters' | 'twitter' };
}

export interface PreviewFold {
  /** Offset in parts[0].text where the platform cuts the post. */
  at: number;
  /** The platform's own label, e.g. "… Se mere", "… mere", "…se mere". */
  label: string;
}

export interface PreviewMedia {
  src: string;
  alt?: string;
  /** The consent declaration: none, situation, written, or not declared at all. */
  people: 'none' | 'situation' | 'written' | 'undeclared';
  /** The written consent's reference. */
  consent?: string;
}

export interface PlatformPreview {
  platform: Platform;
  /** One part, or the posts of a thread in order. */
  parts: PreviewPart[];
  /** Absent when the whole first part shows without a tap. */
  fold?: PreviewFold;
  media: PreviewMedia[];
}

export interface PreviewPublish {
  /** As written in frontmatter `publish`. */
  raw: string;
  /** Local time in the monitoring time zone, in the report's language. */
  local?: string;
  /** Inside the monitored hours (absent when the time is unreadable). */
  monitored?: boolean;
  /** Why it is not monitored: the weekday, a Danish public holiday or the hour (as the monitoring rule says). */
  reason?: 'day' | 'hour' | 'holiday';
  /** The holiday's Danish name, when the day is one. */
  holiday?: string;
}

export interface PreviewCounters {
  /** User-perceived characters (grapheme clusters) of the published text. */
  characters: number;
  /** X's weighted length of the whole published text (twitter-text v3: a link 23, an emoji 2). */
  weightedLength?: number;
  hashtags: number;
  emoji: number;
  /** Readability index of the published text; absent for very short texts. */
  lix?: number;
}

export interface DraftPreview {
  /** The draft's text (BOM excluded): the source view of the report. */
  source: string;
  platforms: PlatformPreview[];
  publish?: PreviewPublish;
  counters: PreviewCounters;
}
