/**
 * The draft as written, one element per line with its number (a CSS counter: not part of the text
 * a reader copies, and no bytes per line in a report of a thousand drafts), and every message
 * marked where its line/column points.
 */
import { lineEnd } from './offsets.js';
import { markTags, type PlacedMessage } from './placed.js';
import { renderRuns, type Markup } from './ranges.js';

export function sourceMarkId(messageId: string): string {
  return `${messageId}-s`;
}

export function renderSource(source: string, starts: readonly number[], placed: readonly PlacedMessage[]): string {
  const markups: Markup[] = [];
  for (const p of placed) {
    if (!p.range) continue;
    const tags = markTags(p, sourceMarkId(p.id));
    markups.push({ start: p.range[0], end: p.range[1], layer: 0, ...tags });
  }
  // A mark over a line break goes on in the next line; each line takes the marks it overlaps.
  const opened = new Set<Markup>();
  const lines = starts.map((start, index) => {
    const end = lineEnd(source, starts, index);
    const own = markups.filter((m) => (m.start < end && m.end > start) || (m.start === m.end && m.start >= start && m.start <= end));
    const html = renderRuns(source, own, { from: start, to: end, opened }).map((r) => r.html).join('');
    return `<span class="l">${html}</span>`;
  });
  return `<pre class="src">${lines.join('')}</pre>`;
}
