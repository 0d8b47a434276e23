/**
 * A literal as a RegExp source. Only the syntax characters are escaped: in `u` mode an identity
 * escape of anything else (`\-`) is an error.
 */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
