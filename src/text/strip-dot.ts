/**
 * A word without its trailing full stop: "kl." → "kl", "A." → "A"; a lone "." stays. Lists and
 * token keys compare words this way, so "ca" and "ca." are one word.
 */
export function stripDot(word: string): string {
  return word.length > 1 && word.endsWith('.') ? word.slice(0, -1) : word;
}
