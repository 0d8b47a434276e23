/**
 * Text with overlapping markup (hashtags, links, message marks) as well-formed HTML: the text is
 * cut at every range boundary and each run is wrapped in the ranges that cover it, so a mark over
 * a hashtag's edge becomes two marks with the same `data-m`. Their text together is the marked text.
 */
import { esc } from './escape.js';

export interface Markup {
  start: number;
  end: number;
  /** Outer ranges first (entities before marks). */
  layer: number;
  open: string;
  close: string;
  /** Shown instead of the text it covers (a shortened link), as one run. */
  replace?: string;
  /** Set on the first run only (an element id must be unique). */
  firstOpen?: string;
}

export interface Run {
  start: number;
  end: number;
  html: string;
}

/**
 * The runs of text[from, to) with their markup; empty ranges become empty elements at their point.
 * `opened` remembers which markups used their `firstOpen`, across calls over one text (lines).
 */
export function renderRuns(
  text: string,
  markups: readonly Markup[],
  { from = 0, to = text.length, cuts = [], opened = new Set<Markup>() }: { from?: number; to?: number; cuts?: readonly number[]; opened?: Set<Markup> } = {},
): Run[] {
  const atomic = markups.filter((m) => m.replace !== undefined && m.end > m.start);
  const inside = (at: number): boolean => atomic.some((m) => at > m.start && at < m.end);
  const bounds = new Set<number>([from, to, ...cuts.filter((c) => c > from && c < to)]);
  for (const m of markups) {
    for (const at of [m.start, m.end]) if (at > from && at < to && !inside(at)) bounds.add(at);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const ordered = [...markups].sort((a, b) => a.layer - b.layer);
  const open = (m: Markup): string => {
    if (m.firstOpen !== undefined && !opened.has(m)) {
      opened.add(m);
      return m.firstOpen;
    }
    return m.open;
  };
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let html = '';
    // an empty range (a message at a point) opens and closes right where it sits
    for (const m of ordered) if (m.start === m.end && m.start === a) html += open(m) + m.close;
    const active = ordered.filter((m) => m.start < b && m.end > a);
    const replaced = active.find((m) => m.replace !== undefined);
    let body: string;
    if (replaced) body = replaced.start >= a ? esc(replaced.replace!) : '';
    else body = esc(text.slice(a, b));
    for (const m of active) html += open(m);
    html += body;
    for (let k = active.length - 1; k >= 0; k--) html += active[k]!.close;
    runs.push({ start: a, end: b, html });
  }
  // an empty range at the very end
  let tail = '';
  for (const m of ordered) if (m.start === m.end && m.start === to && to > from) tail += open(m) + m.close;
  if (tail !== '' && runs.length > 0) runs[runs.length - 1]!.html += tail;
  if (points.length === 1) {
    let html = '';
    for (const m of ordered) if (m.start === m.end && m.start === from) html += open(m) + m.close;
    runs.push({ start: from, end: to, html });
  }
  return runs;
}
