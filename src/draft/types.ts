/** The vocabulary shared by the draft model, the engine and the checks. */

export const PLATFORMS = ['facebook', 'linkedin', 'twitter', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const POST_TYPES = ['post', 'reply', 'crisis', 'job', 'event', 'campaign'] as const;
export type PostType = (typeof POST_TYPES)[number];

export const PEOPLE_VALUES = ['none', 'situation', 'written'] as const;
export type People = (typeof PEOPLE_VALUES)[number];

/** A half-open range of UTF-16 offsets into the draft's text (BOM excluded). */
export interface Range {
  start: number;
  end: number;
}

/** Something wrong with the file itself, reported by one of the `draft/*` rules. */
export interface DraftProblem extends Range {
  ruleId: 'draft/encoding' | 'draft/frontmatter' | 'draft/platform' | 'draft/empty';
  messageId: string;
  data: Record<string, string | number>;
  /** Set when the problem has no offset in the text (a byte that could not be decoded). */
  position?: { line: number; column: number };
}

/** An image or video: an inline `![alt](src)` or an entry of frontmatter `media`. */
export interface MediaItem extends Range {
  origin: 'inline' | 'frontmatter';
  src: string;
  alt?: string;
  people?: People;
  consent?: string;
  /** The inline image's declaration in frontmatter `media`, matched by `src`. */
  declaration?: MediaItem;
}
