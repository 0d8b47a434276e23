/** `FileOptions.preview` (src/cli/lint-file.ts): reports that draw previews get one, never from the cache. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { LintCache } from '../../src/cli/cache.js';
import { lintFile } from '../../src/cli/lint-file.js';
import { projectFor, ROOT } from '../support/lint.js';

// The process's first lint compiles the packs and word lists: in the hook, not in the test's 5 s.
beforeAll(() => void projectFor().lintBytes(new TextEncoder().encode('---\nplatform: instagram\n---\nHej.\n'), path.join(ROOT, 'warm.md')), 60_000);

it('a preview is attached to a fresh lint, the cache is bypassed for it and keeps no preview', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rnsocial-attach-'));
  const file = path.join(dir, 'opslag.md');
  copyFileSync(path.join(ROOT, 'fixtures/platform/fold/bad-instagram-lang-indledning.md'), file);
  const project = projectFor();
  const cache = new LintCache(path.join(dir, '.rnsocialcache'), 'test');

  const plain = lintFile(project, file, {}, cache);
  expect(plain.preview).toBeUndefined();

  const previewed = lintFile(project, file, { preview: true }, cache);
  expect(cache.hits).toBe(0); // a cached result has no draft to preview
  expect(previewed.messages).toEqual(plain.messages);
  expect(previewed.preview!.platforms.map((p) => [p.platform, p.fold?.at, p.fold?.label])).toEqual([['instagram', 125, '… mere']]);
  expect(previewed.preview!.source.startsWith('---\nplatform: instagram')).toBe(true);
  // plain data: it crosses worker threads and JSON unchanged
  expect(structuredClone(previewed.preview)).toEqual(previewed.preview);
  expect(JSON.parse(JSON.stringify(previewed.preview))).toEqual(previewed.preview);

  const again = lintFile(project, file, {}, cache);
  expect(cache.hits).toBe(1);
  expect(again.preview).toBeUndefined();
});
