/**
 * A cross-post (platform: [facebook, instagram]) is parsed once and linted once per platform;
 * every message carries the platform(s) it was found for, and identical messages merge.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/draft/draft.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/draft/draft.js')>();
  return {
    ...actual,
    parseDraft: (...args: Parameters<typeof actual.parseDraft>) => {
      parsed.count++;
      return actual.parseDraft(...args);
    },
  };
});

// The unit tests share loaded modules between files (isolate: false), so the draft module may
// already be loaded unmocked: load the helpers afresh, through the mock.
vi.resetModules();
const { projectFor, ROOT } = await import('../support/lint.js');

const CROSS_POST = `---
platform: [facebook, instagram]
page: Aalborg Universitetshospital
type: post
---
Hvad laver en klovn på et hospital? Spørg bare Trine og Kasper.

Læs mere på https://rn.dk/klovne

#hospitalsklovne #Hospitals-klovne
`;

describe('cross-posts', () => {
  const project = projectFor();
  parsed.count = 0;
  const { result } = project.lintBytes(new TextEncoder().encode(CROSS_POST), path.join(ROOT, 'klovne.md'));
  const byRule = (id: string) => result.messages.filter((m) => m.ruleId === id);

  it('is parsed once, whatever the number of platforms', () => {
    expect(parsed.count).toBe(1);
    expect(result.platforms).toEqual(['facebook', 'instagram']);
  });

  it('an Instagram-only rule reports with platforms [instagram] only', () => {
    expect(byRule('platform/media-required').map((m) => m.platforms)).toEqual([['instagram']]);
    expect(byRule('platform/link-in-caption').map((m) => m.platforms)).toEqual([['instagram']]);
    expect(byRule('hashtag/local').map((m) => m.platforms)).toEqual([['instagram']]);
  });

  it('a rule for every platform reports once, carrying both platforms', () => {
    expect(byRule('hashtag/format').map((m) => m.platforms)).toEqual([['facebook', 'instagram']]);
  });

  it('every message carries at least one platform', () => {
    for (const m of result.messages) expect(m.platforms.length, m.ruleId).toBeGreaterThan(0);
  });
});
