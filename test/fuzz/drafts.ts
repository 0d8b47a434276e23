/**
 * Random drafts for the fuzzer: Markdown fragments, fixable words from the built-in word lists in
 * every case, hashtags, disable comments, frontmatter of every shape, LF/CRLF/CR line ends, BOM,
 * emoji, combining marks, NFD, lone surrogates, runs that trip draft/too-complex, and raw bytes.
 * After the reliability review's fuzzer (../shared/reviews/reliability.md, appendix).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { ROOT } from '../support/lint.js';

/** Every `fix: true` entry of rules/lexicon/*.yml. */
function fixableWords(): string[] {
  const dir = path.join(ROOT, 'rules/lexicon');
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const entries = ((parse(readFileSync(path.join(dir, file), 'utf8')) as { entries?: Array<{ fix?: boolean; match?: unknown }> } | null)?.entries ?? []);
    for (const e of entries) if (e.fix === true) for (const m of ([] as unknown[]).concat(e.match)) if (typeof m === 'string') words.add(m);
  }
  return [...words];
}

const FIXABLE = fixableWords();

const casing = (word: string, variant: number): string =>
  variant === 0 ? word : variant === 1 ? word[0]!.toUpperCase() + word.slice(1) : variant === 2 ? word.toUpperCase() : [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');

const fixableWord = fc.tuple(fc.constantFrom(...FIXABLE), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([w, c, nfd]) => {
  const cased = casing(w, c);
  return nfd ? cased.normalize('NFD') : cased;
});

const eol = fc.constantFrom('\n', '\r\n', '\r');

const FRAGMENTS = [
  '.', ',', '!', '?', '!!!', ':', ';', '-', '–', '"', '»', '«', '(', ')', '[', ']', '*', '**', '_', '__', '`', '```', '~~~', '\\', '<', '>', '&', '&amp;', '&#0;',
  '# ', '## ', '> ', '- ', '* ', '1. ', '1) ', '    ', '| a | b |\n|---|---|\n| c | d |', '<!-- ', ' -->', '<!-- rnsocial-disable -->', '<!-- rnsocial-enable -->',
  '<!-- rnsocial-disable tone/officialese -->', '<!-- rnsocial-disable-next-line -->', '<!-- rnsocial-disable-line hashtag/preferred-case -- fordi -->', '<b>', '</b>', '<br>',
  '[link](https://rn.dk/x)', '[vedrørende](https://rn.dk/vedrørende)', '<https://rn.dk>', '![alt](foto.jpg)', '![vedrørende](x.png "vedrørende")', 'https://rn.dk/vedr.', 'www.rn.dk',
  'kontakt@rn.dk', 'hans@gmail.com', '@RegionNord', '@', 'kl. 14.30', 'ca. ', 'bl.a.', 'jf.', 'vedr.', 'Vedr.', 'iht.', 'pga.', 'AAUH', 'CPR 010190-1234', '0101901234',
  'Aalborg Universitetshospital', 'Region Nordjylland', 'Hilsen Region Nordjylland', 'man bedes', 'borgerne opfordres til', 'HEJ MED DIG', '#regionnordjylland', '#REGIONNORDJYLLAND',
  '#RegionNordjylland', '#sundhed', '#', '##x', '#sundhed#sundhed', '😀', '👩‍⚕️', '🇩🇰', '👍🏽', '\u200d', '\ufe0f', '\ufeff', 'e\u0301', '\u0301', '\u0338', 'Z̷̡̛a̴͎', 'مرحبا', 'שלום',
  '𝕏', '\ud83d', '\udc00', 'æøå', 'ÆØÅ', 'ß', 'İ', 'ﬁ', ' ', '  ', '\t', '\u00a0', '\u200b', '\u00ad', '\u2028', '\u202e', '\n\n', '\r\n\r\n', '\n---\n', '\n***\n',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fixableWord },
  { weight: 3, arbitrary: eol },
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // Now and then a run long enough for draft/too-complex.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('*_', '[', '> ', '- ', '*a _b '), fc.integer({ min: 100, max: 700 })).map(([s, n]) => s.repeat(n)) },
);

const body = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

const FRONTMATTER_LINES = [
  'platform: facebook', 'platform: linkedin', 'platform: twitter', 'platform: instagram', 'platform: [facebook, instagram]', 'platform: myspace', 'platform: 5', 'platform:',
  'page: Aalborg Universitetshospital', 'page: Region Nordjylland', 'page:', 'page: [a]', 'page: 1e400', 'page: "Aalborg UH"', 'page: "unterminated',
  'type: post', 'type: reply', 'type: crisis', 'type: job', 'type: bogus', 'type: 99999999999999999999999999999999',
  'publish: 2026-12-01T09:30+01:00', 'publish: 2026-02-30', 'publish: yes', 'in-reply-to: https://www.facebook.com/aalborguh/posts/1', 'in-reply-to: 5',
  'media:\n  - src: a.jpg\n    alt: x\n    people: written', 'media: x', 'media:\n  - 5\n  - {src: [a]}', 'media:\n  - src: x.png\n    people: 1e400',
  'platfrom: facebook', '__proto__: x', '? [a, b]\n: c', 'a: &x [1]\nb: *x', 'k: !!js/function f', 'dup: 1\ndup: 2', '\tbad: tab', '- list item', '0x1F: a',
];

const frontmatter = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...FRONTMATTER_LINES), fc.string({ maxLength: 15 })), { maxLength: 6 }), eol, fc.constantFrom('---', '---', '--- ', '----', '...'))
  .map(([lines, e, close]) => `---${e}${lines.join(e).replace(/\n/g, e)}${e}${close}${e}`);

const textDraft = fc.tuple(fc.constantFrom('', '', '', '\ufeff'), fc.option(frontmatter, { freq: 4 }), body).map(([bom, fm, b]) => `${bom}${fm ?? ''}${b}`);

const byteDraft = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(textDraft, fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.nat()).map(([t, junk, at]) => {
    const b = Buffer.from(t, 'utf8');
    const i = b.length ? at % b.length : 0;
    return new Uint8Array(Buffer.concat([b.subarray(0, i), Buffer.from(junk), b.subarray(i)]));
  }),
  // A UTF-16 draft, as Windows editors save "Unicode" text.
  textDraft.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))),
);

/** Any draft as bytes: mostly text, sometimes raw or damaged bytes. */
export const draftBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 8, arbitrary: textDraft.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))) },
  { weight: 2, arbitrary: byteDraft },
);
