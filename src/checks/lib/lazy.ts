/**
 * A value computed on first use. Checks that apply to one post type (crisis, reply) compile
 * their word lists only when such a draft shows up, not at every start-up.
 */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
