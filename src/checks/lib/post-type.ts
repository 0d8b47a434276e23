/** The post type from frontmatter (`post` when left out), and the option that exempts some types. */
import type { Draft } from '../../draft/draft.js';
import { POST_TYPES, type PostType } from '../../draft/types.js';
import { type Platform } from '../../core/platform.js';

export function postType(draft: Draft): PostType {
  return draft.frontmatter.type?.value ?? 'post';
}

/** JSON Schema for a list of post types (`types`, `skipTypes`). */
export const postTypesSchema = {
  type: 'array',
  items: { enum: POST_TYPES },
  uniqueItems: true,
} as const;

/** Options of the checks that read replies: their word list, and which post types they look at. */
export const replyCheckOptionsSchema = {
  type: 'object',
  required: ['lexicon'],
  properties: { lexicon: { type: 'string' }, types: { ...postTypesSchema, description: 'Post types to check (default: reply)' } },
  additionalProperties: false,
} as const;

/** True when the draft's type is in `skipTypes` (replies are comments, not posts). */
export function skipsType(draft: Draft, skipTypes: readonly PostType[] | undefined): boolean {
  return skipTypes !== undefined && skipTypes.includes(postType(draft));
}

const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', linkedin: 'LinkedIn', twitter: 'X', instagram: 'Instagram' };

/** The platform's name as users know it, for messages ("X" for twitter). */
export function platformName(platform: Platform | undefined): string {
  return platform ? PLATFORM_NAMES[platform] : '';
}
