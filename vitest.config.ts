import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test` (`vitest run`):
 *   unit  everything that runs in-process, the CLI included (test/support/in-process.ts);
 *         a 5 s timeout so a slow test shows instead of hiding in the total
 *   e2e   test/e2e/: the few tests that spawn the built CLI or real tools (npm, git,
 *         pre-commit); each takes seconds, the timeout is for a loaded machine
 * `npx vitest run --project unit` runs only the first (no build needed).
 */
export default defineConfig({
  test: {
    // isolate: false (unit) lets the files of one worker share the loaded rules, word lists and
    // compiled checks (test/support/lint.ts caches Projects) instead of loading them per file:
    // the unit project took ~3x less wall time than with isolation (threads and forks alike, on
    // the 2-core machine); threads and forks were within noise of each other.
    pool: 'threads',
    // Vitest's default on 2 cores is one worker (cores - 1): every file in turn. Two let the
    // end-to-end files, which mostly wait for npm, pre-commit, nvim or chromium, overlap with the
    // unit files: 211 s → 167 s for the whole suite on the 2-core machine.
    maxWorkers: 2,
    // A test that asserts nothing cannot fail.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          isolate: false,
          testTimeout: 5_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
