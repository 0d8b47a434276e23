/**
 * The one binary search. Everything sorted is searched with `firstIndex`: ranges by their start
 * or end, line starts, the pieces of a mapped text, and monotone measures (the published length
 * up to a draft offset, the weight of a prefix).
 */

/**
 * The first index in [from, to) for which `test` holds, or `to` when it holds for none. `test`
 * must be monotone over the interval: false, then true.
 */
export function firstIndex(from: number, to: number, test: (index: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Binary search over items sorted by `key`: the first index whose key is greater than `value`
 * (`items.length` when there is none). With `key = (r) => r.end` on ordered ranges this is the
 * first range that ends after an offset, i.e. the first one that can contain or follow it.
 */
export function sortedIndex<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  return firstIndex(0, items.length, (i) => key(items[i]!) > value);
}

/** The first index whose key is `value` or more (`items.length` when there is none). */
export function firstAtLeast<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  return firstIndex(0, items.length, (i) => key(items[i]!) >= value);
}

/** The first of the ordered ranges whose end lies after `offset`. */
export function firstEndingAfter(items: readonly { end: number }[], offset: number): number {
  return sortedIndex(items, offset, (item) => item.end);
}

/** The first of the ordered ranges that starts at `offset` or after it. */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  return firstAtLeast(items, offset, (item) => item.start);
}

/** The ordered, non-overlapping ranges that overlap `range`, found by binary search. */
export function overlapping<T extends { start: number; end: number }>(items: readonly T[], range: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(items, range.start); i < items.length && items[i]!.start < range.end; i++) out.push(items[i]!);
  return out;
}
