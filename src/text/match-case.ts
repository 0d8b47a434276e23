/**
 * Carry the capitalisation of `original` over to `replacement` (Vedrørende → Om, AMK → …), so a
 * suggested replacement reads right where it stands.
 */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original[0];
  if (first && first !== first.toLowerCase()) return replacement.slice(0, 1).toUpperCase() + replacement.slice(1);
  return replacement;
}
