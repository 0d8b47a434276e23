/**
 * Binary search over items sorted by `key`: the first index whose key is greater than `value`
 * (`items.length` when there is none). With `key = (r) => r.end` on ordered ranges this is the
 * first range that ends after an offset, i.e. the first one that can contain or follow it.
 */
export function sortedIndex<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the ordered ranges whose end lies after `offset`. */
export function firstEndingAfter(items: readonly { end: number }[], offset: number): number {
  return sortedIndex(items, offset, (item) => item.end);
}
