/**
 * The switch for the draft layer's fast paths (plain-text Markdown, simple frontmatter):
 * RNSOCIAL_FAST_PATH=0 turns them off, for an A/B run; the equality tests turn them off and on.
 */
let on = process.env.RNSOCIAL_FAST_PATH !== '0';

export function fastPathOn(): boolean {
  return on;
}

/** For the equality tests: lint the same drafts with and without the fast paths. */
export function useFastPath(value: boolean): void {
  on = value;
}
