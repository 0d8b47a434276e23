/** The terminal rendering of a preview (src/preview/terminal.ts), from hand-made models. */
import { describe, expect, it } from 'vitest';
import type { DraftPreview } from '../../src/core/preview.js';
import { renderPreview } from '../../src/preview/terminal.js';

const model = (text: string, extra: Partial<DraftPreview['platforms'][number]> = {}): DraftPreview => ({
  source: text,
  platforms: [{ platform: 'facebook', parts: [{ text, pieces: [{ at: 0, source: 0, length: text.length }], entities: [], length: { value: text.length, max: 63206, counting: 'characters' } }], media: [], ...extra }],
  counters: { characters: text.length, hashtags: 0, emoji: 0 },
});

describe('renderPreview', () => {
  it('a fold at a line end: the marker stands in for the line break', () => {
    const out = renderPreview(model('Første linje.\nAnden linje.', { fold: { at: 13, label: '… Se mere' } }), { width: 80, color: false, lang: 'da' });
    expect(out).toContain('\nFørste linje.\n──── … Se mere ────\nAnden linje.\n');
  });

  it('links show as the platform shows them, except one the fold cuts through', () => {
    const text = 'Læs https://www.rn.dk/sundhed/patienter/parkering her';
    const entities = [{ kind: 'url' as const, start: 4, end: 49, display: 'rn.dk/sundhed/patienter/parker…' }];
    const shown = renderPreview(model(text, { parts: [{ ...model(text).platforms[0]!.parts[0]!, entities }] }), { width: 80, color: false, lang: 'da' });
    expect(shown).toContain('\nLæs rn.dk/sundhed/patienter/parker… her\n');
    const cut = renderPreview(model(text, { parts: [{ ...model(text).platforms[0]!.parts[0]!, entities }], fold: { at: 20, label: '… Se mere' } }), { width: 80, color: false, lang: 'da' });
    expect(cut).toContain('\nLæs https://www.rn.d\n──── … Se mere ────\nk/sundhed/patienter/parkering her\n');
  });

  it('a long post without a link (160,000 characters in one run of cells) renders, wrapped', () => {
    const text = 'ord '.repeat(40_000).trim();
    const lines = renderPreview(model(text), { width: 80, color: false, lang: 'da' }).split('\n');
    expect(lines.filter((line) => line.startsWith('ord')).length).toBe(40_000 / 20); // 20 words of 4 columns a line
  });
});
