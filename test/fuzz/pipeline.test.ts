/**
 * The fuzzer: random drafts (test/fuzz/drafts.ts) through the real in-process pipeline, checked
 * against test/fuzz/properties.ts, with and without a config; a few also through the in-process
 * CLI (`--stdin --format json`), whose exit code must be 0, 1 or 2 and whose JSON must parse.
 *
 * `npm test` runs a short, seeded search (a few seconds). `npm run fuzz` searches for
 * FUZZ_SECONDS (default 300) from a fresh seed; FUZZ_SEED=<n> repeats a run. fast-check prints
 * the seed and the shrunk draft of a failure; each finding gets a regression test elsewhere.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/in-process.js';
import { projectFor } from '../support/lint.js';
import { draftBytes } from './drafts.js';
import { draftViolations } from './properties.js';

const LONG = process.env.npm_lifecycle_event === 'fuzz' || process.env.FUZZ_SECONDS !== undefined;
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? (LONG ? Date.now() % 2 ** 31 : 20_261_201));
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? (LONG ? Number.MAX_SAFE_INTEGER : 200));

const CONFIG = {
  hashtags: { preferred: ['#RegionNordjylland', '#AalborgUH', '#Sundhed'] },
  localHashtags: ['#aalborg', '#hjørring'],
  vocabulary: { reject: ['Sygehus Nord', 'blodbus'], accept: ['AAUH'] },
  units: ['Blodbanken Nord'],
  pages: [{ name: 'Aalborg Universitetshospital', platforms: ['facebook', 'instagram', 'linkedin', 'twitter'], urls: ['https://www.facebook.com/aalborguh'] }],
};

const projects = () => [projectFor(), projectFor(CONFIG, 'en'), projectFor(CONFIG, 'da', 'twitter')];
const limits = { seed: SEED, numRuns: NUM_RUNS, ...(LONG ? { interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false } : {}) };
const timeout = LONG ? (SECONDS + 120) * 1000 : 60_000;

describe('fuzzer', () => {
  beforeAll(() => void projects());

  it('random drafts: no throw, positions inside their lines, fixes non-overlapping and idempotent', () => {
    let runs = 0;
    fc.assert(
      fc.property(draftBytes, fc.nat(2), (bytes, which) => {
        runs++;
        expect(draftViolations(projects()[which]!, bytes)).toEqual([]);
      }),
      limits,
    );
    if (LONG) console.log(`fuzz: ${runs} drafts, seed ${SEED}`);
    expect(runs).toBeGreaterThan(0);
  }, timeout);

  it('random drafts through the CLI: exit 0, 1 or 2, JSON that parses, no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(draftBytes, async (bytes) => {
        const run = await cli(['lint', '--no-config', '--stdin', '--stdin-filename', 'opslag.md', '--format', 'json'], { input: Buffer.from(bytes) });
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toContain('internal error');
        expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      }),
      { ...limits, numRuns: Math.min(NUM_RUNS, 20), ...(LONG ? { interruptAfterTimeLimit: Math.min(60, SECONDS) * 1000 } : {}) },
    );
  }, timeout);
});
