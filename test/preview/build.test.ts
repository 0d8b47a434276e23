/** The preview model (src/preview/build.ts) against the rules it shows: fold, length, monitoring. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tweetLength } from '../../src/checks/lib/twitter.js';
import type { Platform } from '../../src/core/platform.js';
import type { DraftPreview, PreviewPart } from '../../src/core/preview.js';
import { parseText, type Draft } from '../../src/draft/draft.js';
import { buildPreview } from '../../src/preview/build.js';
import { linkDisplay } from '../../src/preview/link-display.js';
import { partOffset } from '../../src/preview/part.js';
import { draft as withFrontmatter, projectFor, ROOT } from '../support/lint.js';

const project = projectFor();

function preview(text: string, platforms?: Platform[], lang: 'da' | 'en' = 'da'): { draft: Draft; preview: DraftPreview; messages: ReturnType<typeof project.lintDraft>['messages'] } {
  const draft = parseText(text, path.join(ROOT, 'draft.md'));
  const result = project.lintDraft(draft);
  return { draft, preview: buildPreview(projectFor({}, lang), draft, platforms ?? result.platforms, lang), messages: result.messages };
}

/** The part offset of a message's start (line/column → draft offset → part offset). */
function messageStart(draft: Draft, part: PreviewPart, message: { line: number; column: number }): number | undefined {
  return partOffset(part.pieces, draft.lines.offset(message.line, message.column));
}

const fm = (platform: string, extra = '') => `---\nplatform: ${platform}\npage: Region Nordjylland\ntype: post\n${extra}---\n`;

describe('the fold', () => {
  const fixtures = ['bad-facebook-lang-foerste-saetning.md', 'bad-instagram-lang-indledning.md', 'bad-linkedin-over-210.md', 'bad-linkedin-tre-linjer-foer-budskabet.md'];
  it.each(fixtures)('%s: the cut is where platform/fold points', (name) => {
    const { draft, preview: p, messages } = preview(readFileSync(path.join(ROOT, 'fixtures/platform/fold', name), 'utf8'));
    const [platform] = p.platforms;
    const fold = messages.find((m) => m.ruleId === 'platform/fold')!;
    const { at } = platform!.fold!;
    const text = platform!.parts[0]!.text;
    // A fold at a line end (LinkedIn's third line) hides the next line: the rule points at its first character.
    expect(messageStart(draft, platform!.parts[0]!, fold)).toBe(text[at] === '\n' ? at + 1 : at);
  });

  it('the labels are the platforms\' own, in the report language; X has no fold', () => {
    const long = `${'Vi bygger et nyt hospital i Aalborg med plads til alle. '.repeat(6)}`;
    const labels = (lang: 'da' | 'en') => preview(`${fm('facebook')}${long}\n`, ['facebook', 'linkedin', 'instagram', 'twitter'], lang).preview.platforms.map((p) => p.fold?.label);
    expect(labels('da')).toEqual(['… Se mere', '…se mere', '… mere', undefined]);
    expect(labels('en')).toEqual(['… See more', '…see more', '… more', undefined]);
  });

  it('the limits come from the rules for that file: a config option moves the cut, and an off rule still folds', () => {
    const text = `${fm('instagram')}${'Vi bygger et nyt hospital i Aalborg. '.repeat(10)}\n`;
    const draft = parseText(text, path.join(ROOT, 'draft.md'));
    expect(buildPreview(projectFor(), draft, ['instagram'], 'da').platforms[0]!.fold!.at).toBe(125);
    const moved = projectFor({ rules: { 'platform/fold': ['warn', { maxCharacters: 50 }] } });
    expect(buildPreview(moved, draft, ['instagram'], 'da').platforms[0]!.fold!.at).toBe(50);
    const off = projectFor({ rules: { 'platform/fold': 'off' } });
    expect(buildPreview(off, draft, ['instagram'], 'da').platforms[0]!.fold!.at).toBe(125);
  });

  it('a short post has no fold', () => {
    expect(preview(`${fm('facebook')}Vi åbner i dag.\n`).preview.platforms[0]!.fold).toBeUndefined();
  });

  // Words with »æøå«, emoji of several code points, Markdown the platform shows raw.
  const WORDS = ['vi', 'åbner', 'sygehuset', 'i', 'Hjørring', 'kl', 'på', 'mandag', 'blåbærgrød', '👩‍⚕️', '🇩🇰', '**nyt**', 'og', 'lægerne', 'ønsker', 'velkommen'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 80, size: 'max' }).map((w) => `Nu ${w.join(' ')}.`);
  it('property: the preview cuts where platform/fold measures (Facebook, Instagram, LinkedIn)', () => {
    // Only platform/fold runs: the other rules cost time and say nothing here.
    const foldOnly = projectFor({ rules: Object.fromEntries(project.ruleSet.ids.filter((id) => id !== 'platform/fold').map((id) => [id, 'off'])) });
    const preview = (text: string) => {
      const draft = parseText(text, path.join(ROOT, 'draft.md'));
      const result = foldOnly.lintDraft(draft);
      return { draft, preview: buildPreview(foldOnly, draft, result.platforms, 'da'), messages: result.messages };
    };
    fc.assert(
      fc.property(fc.constantFrom<Platform>('facebook', 'instagram', 'linkedin'), fc.nat({ max: 4 }), sentence, fc.constantFrom(' ', '\n', '\n\n'), sentence, (platform, emojiLines, first, gap, rest) => {
        const lead = '🚑\n'.repeat(emojiLines);
        const { draft, preview: p, messages } = preview(`${fm(platform)}${lead}${first}${gap}${rest}\n`);
        const part = p.platforms[0]!.parts[0]!;
        const fold = p.platforms[0]!.fold;
        const sentenceStart = lead.length;
        const sentenceEnd = lead.length + first.length;
        const reported = messages.find((m) => m.ruleId === 'platform/fold');
        expect(Boolean(reported)).toBe(fold !== undefined && fold.at < sentenceEnd);
        if (reported) expect(messageStart(draft, part, reported)).toBe(Math.max(fold!.at, sentenceStart));
      }),
      { seed: Number(process.env['RNSOCIAL_PROPERTY_SEED'] ?? 20_260_501), numRuns: Number(process.env['RNSOCIAL_PROPERTY_RUNS'] ?? 100) },
    );
  }, 30_000); // a hundred lints: more than the unit default of 5 s on a busy machine
});

describe('parts and lengths', () => {
  it("a thread's parts and weighted counts are platform/length's measure", () => {
    const long = `Vi åbner https://rn.dk/sundhed/nyt-hospital i dag 🎉 ${'og vi glæder os meget til at se jer alle sammen '.repeat(6)}`;
    const { preview: p, messages } = preview(`${fm('twitter')}Første del af tråden 👩‍⚕️ #hjørring\n\n---\n\n${long}\n\n---\n\nTredje del.\n`);
    const parts = p.platforms[0]!.parts;
    expect(parts.map((part) => part.text)).toEqual(['Første del af tråden 👩‍⚕️ #hjørring', long.trim(), 'Tredje del.']);
    expect(parts.map((part) => part.length)).toEqual(parts.map((part) => ({ value: tweetLength(part.text).weightedLength, max: 280, counting: 'twitter' })));
    expect(parts[0]!.length.value).toBe(21 + 2 + 10); // the emoji weighs 2
    const over = messages.find((m) => m.ruleId === 'platform/length')!;
    expect(over.message).toContain(`Del 2 af 3 i tråden fylder ${parts[1]!.length.value} tegn`);
    expect(p.platforms[0]!.fold).toBeUndefined();
  });

  it('other platforms show the whole post as one part, counted in code points without inline images', () => {
    const { preview: p } = preview(`${fm('facebook')}Hej 👩‍⚕️\n\n![Lægen](læge.jpg)\n\nfarvel\n`);
    const [part] = p.platforms[0]!.parts;
    expect(part!.text).toBe('Hej 👩‍⚕️\n\n\n\nfarvel');
    expect(part!.length).toEqual({ value: [...part!.text].length, max: 63206, counting: 'characters' });
  });

  it('pieces and entities map back to the draft exactly', () => {
    const body = 'Læs mere på https://www.rn.dk/sundhed/patienter/parkering?side=2 <!-- note --> eller skriv til info@rn.dk.\n\n![Foto](a.jpg)\n\n#hjørring #sundhed @RegionNord';
    const { draft, preview: p } = preview(`${fm('linkedin')}${body}\n`);
    const part = p.platforms[0]!.parts[0]!;
    for (const piece of part.pieces) expect(part.text.slice(piece.at, piece.at + piece.length)).toBe(draft.text.slice(piece.source, piece.source + piece.length));
    expect(part.text).not.toContain('note');
    expect(part.text).not.toContain('a.jpg');
    const toSource = (offset: number) => {
      const piece = part.pieces.findLast((pc) => pc.at <= offset)!;
      return piece.source + offset - piece.at;
    };
    expect(part.entities.map((e) => [e.kind, part.text.slice(e.start, e.end)])).toEqual([
      ['url', 'https://www.rn.dk/sundhed/patienter/parkering?side=2'],
      ['email', 'info@rn.dk'],
      ['hashtag', '#hjørring'],
      ['hashtag', '#sundhed'],
      ['mention', '@RegionNord'],
    ]);
    for (const e of part.entities) expect(draft.text.slice(toSource(e.start), toSource(e.end - 1) + 1)).toBe(part.text.slice(e.start, e.end));
    expect(part.entities.map((e) => e.display)).toEqual(['rn.dk/sundhed/patienter/parker…', undefined, undefined, undefined, undefined]);
  });

  it('links are shown as the platform shortens them', () => {
    expect(linkDisplay('https://www.rn.dk/sundhed/patienter/parkering?side=2', 'twitter')).toBe('www.rn.dk/sundhed/patie…');
    expect(linkDisplay('https://rn.dk/job', 'twitter')).toBe('rn.dk/job');
    expect(linkDisplay('https://www.rn.dk/job/?id=4#top', 'facebook')).toBe('rn.dk/job');
    expect(linkDisplay('http://www.aalborguh.rn.dk/afdelinger/akutafdelingen/nyheder', 'instagram')).toBe('aalborguh.rn.dk/afdelinger/aku…');
  });
});

describe('media, publish time and counters', () => {
  it('media are listed once each, with their consent declaration', () => {
    const media = 'media:\n  - src: mette.jpg\n    alt: Mette ved sengen\n    people: written\n    consent: SAG-2026-17\n  - src: gang.jpg\n    alt: En tom gang\n    people: none\n';
    const { preview: p } = preview(`${fm('facebook', media)}Mette passer patienter.\n\n![Mette](mette.jpg)\n\n![Vagt](vagt.jpg)\n`);
    expect(p.platforms[0]!.media).toEqual([
      { src: 'mette.jpg', alt: 'Mette', people: 'written', consent: 'SAG-2026-17' },
      { src: 'vagt.jpg', alt: 'Vagt', people: 'undeclared' },
      { src: 'gang.jpg', alt: 'En tom gang', people: 'none' },
    ]);
  });

  it.each([
    ['a Saturday', '2026-12-05T10:00', { monitored: false, reason: 'day', local: 'lørdag 5. december 2026 kl. 10.00' }],
    ['a weekday at 10:00', '2026-12-02T10:00', { monitored: true, local: 'onsdag 2. december 2026 kl. 10.00' }],
    ['a weekday evening', '2026-12-02 19:30', { monitored: false, reason: 'hour', local: 'onsdag 2. december 2026 kl. 19.30' }],
    ['a Danish holiday', '2026-12-25T10:00', { monitored: false, reason: 'holiday', holiday: 'juledag', local: 'fredag 25. december 2026 kl. 10.00' }],
    ['UTC in winter', '2026-12-02T09:30:00Z', { monitored: true, local: 'onsdag 2. december 2026 kl. 10.30' }],
  ])('publish on %s', (_, when, expected) => {
    const { preview: p, messages } = preview(`${fm('facebook', `publish: ${when}\n`)}Vi åbner i dag.\n`);
    expect(p.publish).toEqual({ raw: when, ...expected });
    expect(messages.some((m) => m.ruleId === 'monitoring/outside-hours')).toBe(!expected.monitored);
  });

  it('the publish time in English', () => {
    expect(preview(`${fm('facebook', 'publish: 2026-12-05T10:00\n')}Hej.\n`, undefined, 'en').preview.publish).toMatchObject({ local: 'Saturday 5 December 2026 at 10:00', monitored: false });
  });

  it('counters: graphemes, weighted length, hashtags, emoji; LIX only for a text long enough to mean something', () => {
    const short = preview(`${fm('facebook')}Hej 👩‍⚕️ 🇩🇰 Årets pris går til lægerne! #hjørring #sundhed\n`).preview.counters;
    expect(short).toEqual({ characters: 54, weightedLength: 56, hashtags: 2, emoji: 2 }); // an emoji is one character and weighs 2
    const long = preview(`${fm('facebook')}${'Vi har åbnet en ny afdeling for patienter med hjertesygdomme. '.repeat(4)}\n`).preview.counters;
    expect(long.lix).toBe(Math.round(40 / 4 + (100 * 12) / 40)); // 10 words a sentence, 3 long: afdeling, patienter, hjertesygdomme
    expect(short.lix).toBeUndefined();
  });
});
