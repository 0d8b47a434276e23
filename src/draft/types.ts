/** The vocabulary shared by the draft model, the engine and the checks. */

export const POST_TYPES = ['post', 'reply', 'crisis', 'job', 'event', 'campaign'] as const;
export type PostType = (typeof POST_TYPES)[number];

export const PEOPLE_VALUES = ['none', 'situation', 'written'] as const;
export type People = (typeof PEOPLE_VALUES)[number];

/** A half-open range of UTF-16 offsets into the draft's text (BOM excluded). */
export interface Range {
  start: number;
  end: number;
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
