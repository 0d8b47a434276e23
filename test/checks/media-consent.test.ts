import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

const ids = (text: string) => lintText(text).messages.filter((m) => m.ruleId.startsWith('consent/'));
const post = (media: string, body = 'Mød Kim. Han har været portør hos os i 28 år.'): string =>
  `---\nplatform: facebook\npage: Aalborg Universitetshospital\n${media ? `media:\n${media}` : ''}---\n${body}\n`;
const item = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
    .join('\n') + '\n';

describe('media-consent: declaration (consent/undeclared-media)', () => {
  it('reports media without people at the entry', () => {
    const [m] = ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng' }))).filter((m) => m.ruleId === 'consent/undeclared-media');
    expect(m).toMatchObject({ messageId: 'noPeople', severity: 2, line: 5, column: 5, endColumn: 17 });
    expect(m!.message).toContain('»kim.jpg«');
  });

  it.each(['none', 'situation'])('accepts people: %s', (people) => {
    expect(ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people })))).toEqual([]);
  });

  it('reports an inline image that is not in media, at the image', () => {
    const found = ids(post('', 'Mød Kim.\n\n![Portør Kim ved en seng](kim.jpg)')).filter((m) => m.ruleId === 'consent/undeclared-media');
    expect(found).toEqual([expect.objectContaining({ messageId: 'inline', line: 7, column: 1, endColumn: 35 })]);
  });

  it('accepts an inline image declared in media', () => {
    const text = post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written', consent: 'SAM-2026-0113' }), 'Mød Kim.\n\n![Portør Kim ved en seng](kim.jpg)');
    expect(ids(text)).toEqual([]);
  });

  it('reports HTML images and videos that are not in media', () => {
    const found = ids(post('', 'Se her.\n\n<video src="film/demo.mp4"></video>\n\n<img src="a.jpg" alt="En have">')).filter((m) => m.ruleId === 'consent/undeclared-media');
    expect(found.map((m) => m.message)).toEqual([expect.stringContaining('film/demo.mp4'), expect.stringContaining('a.jpg')]);
  });

  it('leaves an invalid people value and unreadable frontmatter to draft/frontmatter', () => {
    const invalid = lintText(post(item({ src: 'kim.jpg', alt: 'Portør Kim', people: 'ja' }))).messages.map((m) => m.ruleId);
    expect(invalid).toContain('draft/frontmatter');
    expect(invalid).not.toContain('consent/undeclared-media');
    const broken = lintText('---\nplatform: facebook\nmedia: [\n---\n![](x.jpg)\n').messages.map((m) => m.ruleId);
    expect(broken).not.toContain('consent/undeclared-media');
  });
});

describe('media-consent: consent-reference (consent/missing-reference)', () => {
  it('reports people: written without consent', () => {
    const found = ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written' })));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/missing-reference', messageId: 'default', severity: 2, line: 5 })]);
  });

  it.each(['ja', 'Ja.', 'TODO', 'indhentet', 'skriftligt samtykke', '?'])('reports a placeholder consent %j', (consent) => {
    const found = ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written', consent: JSON.stringify(consent) })));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/missing-reference', messageId: 'placeholder' })]);
  });

  it.each(['SAM-2026-0113', 'Samtykke ja 2026-03', '2026-212-0015'])('accepts the reference %j', (consent) => {
    expect(ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written', consent })))).toEqual([]);
  });

  // A yes-ish phrase is no reference, listed or not: a reference holds a number (not only a date)
  // or names the signed form's file.
  it.each([
    'ja',
    'ja, indhentet',
    'ok',
    'haves',
    'indhentet',
    'givet mundtligt',
    'ja tak',
    'Forældrene har sagt ja',
    'Ja – aftalt med Mette',
    'indhentet 12/3',
    'givet 14. marts 2026',
    'underskrevet 2026-03-14 kl. 10.30',
    'Samtykke 2026',
    '1',
  ])('reports the yes-ish consent %j as a placeholder', (consent) => {
    const found = ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written', consent: JSON.stringify(consent) })));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/missing-reference', messageId: 'placeholder' })]);
  });

  it.each([
    'SAM-2026-0113',
    'Samtykke 2026/114',
    'j.nr. 2026-212-0015',
    '12-34-5678',
    'Samtykkeerklæring 0042, Kim Madsen',
    'samtykke-kim-madsen.pdf',
    'Samtykke Kim Madsen.docx',
    'https://rn.sharepoint.com/sites/kommunikation/samtykker/kim-madsen',
  ])('accepts the real reference %j', (consent) => {
    expect(ids(post(item({ src: 'kim.jpg', alt: 'Portør Kim ved en seng', people: 'written', consent: JSON.stringify(consent) })))).toEqual([]);
  });
});

describe('media-consent: alt-text (consent/alt-text)', () => {
  it('warns about media without alt text', () => {
    const found = ids(post(item({ src: 'have.jpg', people: 'none' })));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/alt-text', severity: 1, messageId: 'default' })]);
  });

  it.each(['Billede', 'foto', 'IMG_2041.jpg', 'have.jpg', 'have'])('warns about the alt text %j', (alt) => {
    const found = ids(post(item({ src: 'billeder/have.jpg', alt, people: 'none' })));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/alt-text', messageId: 'placeholder' })]);
  });

  it('accepts the alt text of the inline image instead', () => {
    expect(ids(post(item({ src: 'have.jpg', people: 'none' }), 'Åbent hus.\n\n![En have med bænke](have.jpg)'))).toEqual([]);
  });

  it('warns once about an inline image and its declaration both without alt', () => {
    const found = ids(post(item({ src: 'have.jpg', people: 'none' }), 'Åbent hus.\n\n![](have.jpg)'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'consent/alt-text', line: 5 })]);
  });

  it('does not ask a video for alt text', () => {
    expect(ids(post(item({ src: 'film.mp4', alt: 'Sådan giver du hjertemassage', people: 'none' }), 'Se.\n\n<video src="film.mp4"></video>'))).toEqual([]);
  });
});
