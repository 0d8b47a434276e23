/** The draft's images and videos as a preview lists them: each once, with its consent declaration. */
import type { PreviewMedia } from '../core/preview.js';
import type { MediaItem } from '../draft/types.js';

/**
 * Inline images in text order, then the frontmatter entries no inline image points at (an entry
 * that declares an inline image is that image, not a second attachment).
 */
export function previewMedia(media: readonly MediaItem[]): PreviewMedia[] {
  const declared = new Set(media.flatMap((m) => (m.declaration ? [m.declaration] : [])));
  const inline = media.filter((m) => m.origin === 'inline');
  const attached = media.filter((m) => m.origin === 'frontmatter' && !declared.has(m));
  return [...inline, ...attached].map((m) => {
    const alt = m.alt || m.declaration?.alt;
    const people = m.people ?? m.declaration?.people;
    const consent = m.consent ?? m.declaration?.consent;
    return { src: m.src, ...(alt ? { alt } : {}), people: people ?? 'undeclared', ...(consent ? { consent } : {}) };
  });
}
