/**
 * One platform's preview: a phone-sized card per post (one, or the posts of an X thread) with
 * line breaks as posted, the fold as a real button, hashtags/mentions/links styled, the messages
 * marked, then the attached media with alt text and consent.
 */
import type { PlatformPreview, PreviewMedia, PreviewPart } from '../../core/preview.js';
import { esc } from './escape.js';
import { toPart } from './offsets.js';
import { markTags, type PlacedMessage } from './placed.js';
import { renderRuns, type Markup } from './ranges.js';
import { PLATFORM_LABELS, type Words } from './words.js';

const ENTITY_CLASS = { hashtag: 'tag', mention: 'tag', url: 'link', email: 'link' } as const;

/** The id of a message's first mark in this platform's preview. */
export function previewMarkId(messageId: string, platform: string): string {
  return `${messageId}-${platform}`;
}

export function renderPlatformPreview(preview: PlatformPreview, draftId: string, placed: readonly PlacedMessage[], w: Words): string {
  const { platform } = preview;
  const cardId = `${draftId}-${platform}`;
  const mine = placed.filter((p) => p.range && p.platforms.includes(platform));
  const opened = new Set<string>();
  const posts = preview.parts.map((part, index) => {
    const markups: Markup[] = part.entities.map((e) => ({
      start: e.start,
      end: e.end,
      layer: 0,
      open: `<span class="${ENTITY_CLASS[e.kind]}"${e.display !== undefined ? ` title="${esc(part.text.slice(e.start, e.end))}"` : ''}>`,
      close: '</span>',
      ...(e.display !== undefined ? { replace: e.display } : {}),
    }));
    for (const p of mine) {
      for (const [start, end] of toPart(part.pieces, p.range![0], p.range![1])) {
        const first = !opened.has(p.id);
        opened.add(p.id);
        const tags = markTags(p, previewMarkId(p.id, platform));
        markups.push({ start, end, layer: 1, open: tags.open, close: tags.close, ...(first ? { firstOpen: tags.firstOpen } : {}) });
      }
    }
    const fold = index === 0 && preview.fold && preview.fold.at < part.text.length ? preview.fold : undefined;
    const runs = renderRuns(part.text, markups, { cuts: fold ? [fold.at] : [] });
    let text: string;
    if (fold) {
      const restId = `${cardId}-rest`;
      const before = runs.filter((r) => r.start < fold.at).map((r) => r.html).join('');
      const after = runs.filter((r) => r.start >= fold.at).map((r) => r.html).join('');
      // Shown in full without JavaScript; the script folds it and shows the button. The button
      // follows the rest, so that once unfolded it ends the text instead of splitting it.
      text = `${before}<span class="rest" id="${restId}" data-at="${fold.at}">${after}</span><button type="button" class="fold" aria-expanded="true" aria-controls="${restId}" data-less="${esc(w.less)}" hidden>${esc(fold.label)}</button>`;
    } else {
      text = runs.map((r) => r.html).join('');
    }
    const head = preview.parts.length > 1 ? `<span>${esc(w.post(index + 1, preview.parts.length))}</span> ` : '';
    return `<article class="post"><p class="meta">${head}${lengthBadge(part, w)}</p><div class="text">${text}</div></article>`;
  });
  const media = preview.media.length > 0 ? `<ul class="media" aria-label="${esc(w.media)}">${preview.media.map((m) => mediaCard(m, w)).join('')}</ul>` : '';
  return (
    // No accessible name: a cross-post's previews would be landmarks named alike across drafts.
    `<section class="pv" data-platform="${platform}">` +
    `<h5 id="${cardId}-h">${esc(PLATFORM_LABELS[platform])}</h5><div class="phone">${posts.join('')}${media}</div></section>`
  );
}

function lengthBadge(part: PreviewPart, w: Words): string {
  const { value, max, counting } = part.length;
  const over = max !== undefined && value > max ? value - max : 0;
  return `<span class="len${over > 0 ? ' over' : ''}">${esc(w.length(value, max, counting))}${over > 0 ? ` – <strong>${esc(w.over(over))}</strong>` : ''}</span>`;
}

function mediaCard(m: PreviewMedia, w: Words): string {
  const alt = m.alt !== undefined && m.alt.trim() !== '' ? `<span class="alt">${esc(w.alt)}: ${esc(m.alt)}</span>` : `<strong class="noalt">${esc(w.noAlt)}</strong>`;
  const consent = `<span class="people ${m.people}">${esc(w.people(m))}</span>`;
  return `<li class="card"><code class="file">${esc(m.src)}</code>${alt}${consent}</li>`;
}
