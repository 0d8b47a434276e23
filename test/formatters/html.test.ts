/**
 * html: the report's structure on hand-made results and previews, read back with a small strict
 * parser of the HTML the formatter writes (balanced tags, quoted attributes, five entities).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftPreview, PlatformPreview, PreviewPart } from '../../src/core/preview.js';
import { summarise, type LintMessage, type LintResult } from '../../src/core/results.js';
import { html } from '../../src/formatters/html.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { context, message, ROOT } from './support.js';

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Node | string>;
}

const VOID = new Set(['meta', 'input', 'br', 'img', 'link']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string): string =>
  s.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!(name in ENTITIES)) throw new Error(`unexpected entity ${whole}`);
    return ENTITIES[name]!;
  });

/** Parses the report; throws on a tag that does not close what is open. */
function parse(source: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [] };
  const stack = [root];
  let i = source.startsWith('<!DOCTYPE html>') ? '<!DOCTYPE html>'.length : 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const end = lt === -1 ? source.length : lt;
    if (end > i) stack.at(-1)!.children.push(decode(source.slice(i, end)));
    if (lt === -1) break;
    const m = /^<(\/?)([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<]*")?)*)\s*>/.exec(source.slice(lt));
    if (!m) throw new Error(`bad tag at ${lt}: ${source.slice(lt, lt + 60)}`);
    i = lt + m[0].length;
    const [, closing, tag] = m as unknown as [string, string, string];
    if (closing) {
      const open = stack.pop()!;
      if (open.tag !== tag) throw new Error(`</${tag}> closes <${open.tag}> at ${lt}`);
      continue;
    }
    const node: Node = { tag, attrs: {}, children: [] };
    for (const a of m[3]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
      if (a[1]! in node.attrs) throw new Error(`duplicate attribute ${a[1]} on <${tag}>`);
      node.attrs[a[1]!] = a[2] === undefined ? '' : decode(a[2]);
    }
    stack.at(-1)!.children.push(node);
    if (tag === 'script' || tag === 'style') {
      const close = source.indexOf(`</${tag}>`, i);
      node.children.push(source.slice(i, close));
      i = close + tag.length + 3;
    } else if (!VOID.has(tag)) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.tag}>`);
  return root;
}

function all(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (test(c)) out.push(c);
    all(c, test, out);
  }
  return out;
}
const one = (node: Node, test: (n: Node) => boolean): Node => {
  const found = all(node, test);
  if (found.length !== 1) throw new Error(`expected one element, found ${found.length}`);
  return found[0]!;
};
const text = (node: Node | string): string => (typeof node === 'string' ? node : node.tag === 'script' || node.tag === 'style' ? '' : node.children.map(text).join(''));
const byClass = (name: string) => (n: Node) => (n.attrs.class ?? '').split(' ').includes(name);
const marksOf = (node: Node, id: string): Node[] => all(node, (n) => n.tag === 'mark' && n.attrs['data-m'] === id);

/** A preview whose one part is the draft body as is: one piece from `bodyStart`. */
function simplePreview(source: string, bodyStart: number, extra: Partial<PlatformPreview> = {}, platform: PlatformPreview['platform'] = 'facebook'): DraftPreview {
  const body = source.slice(bodyStart);
  const part: PreviewPart = { text: body, pieces: [{ at: 0, source: bodyStart, length: body.length }], entities: [], length: { value: body.length, counting: 'characters' } };
  return { source, platforms: [{ platform, parts: [part], media: [], ...extra }], counters: { characters: body.length, hashtags: 0, emoji: 0 } };
}

function withPreview(file: string, messages: LintMessage[], preview: DraftPreview | undefined, platforms: LintResult['platforms'] = ['facebook']): LintResult {
  const r = summarise(path.resolve(ROOT, file), messages, platforms);
  return preview ? { ...r, preview } : r;
}

const FRONT = '---\nplatform: facebook\n---\n';

describe('html', () => {
  // Loading the rules takes a moment: once, before the tests (the timeout is per test).
  let da: FormatterContext;
  let en: FormatterContext;
  beforeAll(() => {
    da = context();
    en = context({ lang: 'en' });
  });

  it('escapes everything from a draft: text, file name, message, alt text, fix; only its own script can run', () => {
    const evil = '<script>window.pwned = 1</script><img src=x onerror="alert(1)">';
    const source = `${FRONT}Hej ${evil} & farvel\n`;
    const start = source.indexOf('<script>');
    const preview = simplePreview(source, FRONT.length, { media: [{ src: `${evil}.jpg`, alt: evil, people: 'written', consent: evil }] });
    preview.publish = { raw: evil, monitored: true };
    const report = html(
      [withPreview(`udkast/${evil}.md`, [message({ message: `Ord: ${evil}`, ruleId: 'tone/officialese', line: 4, column: 5, endLine: 4, endColumn: 5 + evil.length, fix: { range: [start, start + evil.length], text: evil } })], preview)],
      da,
    );
    expect(report.match(/<script/g)).toHaveLength(1);
    expect(report).not.toContain('<img');
    expect(report).not.toMatch(/onerror="/);
    const page = parse(report);
    expect(text(one(page, (n) => n.tag === 'h3'))).toBe(`udkast/${evil}.md`);
    expect(text(one(page, byClass('card')))).toContain(`Alt-tekst: ${evil}`);
    expect(text(one(page, byClass('fix')))).toBe(`Forslag til rettelse: ${evil} → ${evil}`);
    expect(marksOf(one(page, byClass('src')), 'd1-m1').map(text).join('')).toBe(evil);

    // The page's Content-Security-Policy allows exactly its own inline script and style, by hash.
    const csp = one(page, (n) => n.tag === 'meta' && n.attrs['http-equiv'] === 'Content-Security-Policy').attrs.content!;
    const script = text({ tag: 'x', attrs: {}, children: one(page, (n) => n.tag === 'script').children });
    const sha = (s: string): string => createHash('sha256').update(s).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${sha(one(page, (n) => n.tag === 'style').children[0] as string)}'`);
    expect(csp).toMatch(/^default-src 'none';/);
  });

  it('counts drafts, errors and warnings, per rule and per platform (a cross-post message counts for each platform)', () => {
    const report = html(
      [
        withPreview('a.md', [message({ severity: 2, ruleId: 'consent/required' }), message(), message({ line: 6 })], undefined),
        withPreview('b.md', [message({ platforms: ['facebook', 'instagram'] })], undefined, ['facebook', 'instagram']),
        withPreview('c.md', [], undefined),
      ],
      da,
    );
    const page = parse(report);
    expect(one(page, (n) => n.attrs.id === 'totals').attrs).toMatchObject({ 'data-drafts': '3', 'data-errors': '1', 'data-warnings': '3' });
    expect(text(one(page, (n) => n.attrs.id === 'totals'))).toBe('3 udkast, 1 fejl, 3 advarsler');
    const rows = (id: string): string[][] =>
      all(one(page, (n) => n.attrs.id === id), (n) => n.tag === 'tr').map((tr) => tr.children.map((c) => text(c)));
    expect(rows('by-rule')).toEqual([
      ['Regel', 'Fejl', 'Advarsler', 'Udkast'],
      ['consent/required', '1', '0', '1'],
      ['tone/officialese', '0', '3', '2'],
    ]);
    expect(rows('by-platform')).toEqual([
      ['Platform', 'Fejl', 'Advarsler', 'Udkast'],
      ['Facebook', '1', '3', '3'],
      ['Instagram', '0', '1', '1'],
    ]);
    expect(all(page, byClass('draft'))).toHaveLength(3);
    expect(all(page, byClass('msg')).map((li) => [li.attrs['data-severity'], li.attrs['data-rule'], li.attrs['data-platforms']])).toEqual([
      ['error', 'consent/required', 'facebook'],
      ['warning', 'tone/officialese', 'facebook'],
      ['warning', 'tone/officialese', 'facebook'],
      ['warning', 'tone/officialese', 'facebook instagram'],
    ]);
    // the filters offer the rules and platforms that have messages; hidden until the script shows them
    const filters = one(page, (n) => n.attrs.id === 'filters');
    expect(filters.attrs.hidden).toBe('');
    expect(all(filters, (n) => n.tag === 'option').map((o) => o.attrs.value)).toEqual(['', 'consent/required', 'tone/officialese', '', 'facebook', 'instagram']);
    // a table header cell says what it heads
    expect(all(page, (n) => n.tag === 'th').every((th) => th.attrs.scope === 'col' || th.attrs.scope === 'row')).toBe(true);
  });

  it('cuts the first part at the fold with the platform label as a button; the rest is whole until the script folds it', () => {
    const source = `${FRONT}Første linje er kort.\nAnden linje kommer efter folden.\n`;
    const preview = simplePreview(source, FRONT.length, { fold: { at: 25, label: '… Se mere' } });
    const page = parse(html([withPreview('a.md', [], preview)], da));
    const body = source.slice(FRONT.length);
    const textBox = one(page, byClass('text'));
    const button = one(textBox, (n) => n.tag === 'button');
    expect(button.attrs).toMatchObject({ type: 'button', class: 'fold', 'aria-expanded': 'true', 'data-less': 'Se mindre', hidden: '' });
    expect(text(button)).toBe('… Se mere');
    const rest = one(textBox, byClass('rest'));
    expect(rest.attrs).toMatchObject({ id: button.attrs['aria-controls'], 'data-at': '25' });
    expect(rest.attrs.hidden).toBeUndefined();
    // before the fold, the rest, then the button (which ends the text once unfolded)
    const index = textBox.children.indexOf(rest);
    expect(textBox.children.slice(0, index).map(text).join('')).toBe(body.slice(0, 25));
    expect(text(rest)).toBe(body.slice(25));
    expect(textBox.children.at(-1)).toBe(button);
  });

  it('marks cover exactly the message text, in the source (CRLF lines) and in each preview part via its pieces', () => {
    // An editor's note is not posted: the part's text skips it, so the pieces jump over it.
    const source = '---\r\nplatform: [facebook, twitter]\r\n---\r\nVedrørende #parkering <!-- note --> i dag.\r\nNy linje.\r\n';
    const bodyStart = source.indexOf('Vedrørende');
    const note = source.indexOf('<!--');
    const afterNote = source.indexOf(' i dag');
    const partText = `${source.slice(bodyStart, note)}${source.slice(afterNote)}`;
    const part: PreviewPart = {
      text: partText,
      pieces: [
        { at: 0, source: bodyStart, length: note - bodyStart },
        { at: note - bodyStart, source: afterNote, length: source.length - afterNote },
      ],
      entities: [{ kind: 'hashtag', start: 11, end: 21 }],
      length: { value: 30, max: 280, counting: 'twitter' },
    };
    const preview: DraftPreview = {
      source,
      platforms: [
        { platform: 'facebook', parts: [part], media: [] },
        { platform: 'twitter', parts: [part], media: [] },
      ],
      counters: { characters: 30, hashtags: 1, emoji: 0 },
    };
    // line 4: "Vedrørende #parkering <!-- note --> i dag." — from "#park" (col 12) to "i" (col 37)
    const m1 = message({ line: 4, column: 1, endLine: 4, endColumn: 11, platforms: ['facebook', 'twitter'] });
    const m2 = message({ line: 4, column: 12, endLine: 4, endColumn: 38, platforms: ['twitter'] });
    const m3 = message({ line: 5, column: 1, endLine: 5, endColumn: 4, platforms: ['facebook'] });
    const page = parse(html([withPreview('a.md', [m1, m2, m3], preview, ['facebook', 'twitter'])], da));
    const src = one(page, byClass('src'));
    expect(marksOf(src, 'd1-m1').map(text).join('')).toBe('Vedrørende');
    expect(marksOf(src, 'd1-m2').map(text).join('')).toBe('#parkering <!-- note --> i');
    expect(marksOf(src, 'd1-m3').map(text).join('')).toBe('Ny ');
    // one element per line (CRLF ends a line; the last, empty line too), each with the line's text only
    const lines = all(src, (n) => n.attrs.class === 'l');
    expect(lines.map(text)).toEqual(['---', 'platform: [facebook, twitter]', '---', 'Vedrørende #parkering <!-- note --> i dag.', 'Ny linje.', '']);
    expect(src.children).toEqual(lines);

    const [facebook, twitter] = all(page, byClass('pv'));
    expect(marksOf(facebook!, 'd1-m1').map(text)).toEqual(['Vedrørende']);
    expect(marksOf(twitter!, 'd1-m1').map(text)).toEqual(['Vedrørende']);
    // over the hashtag's edge and the note: three runs (hashtag, space, after the note)
    expect(marksOf(twitter!, 'd1-m2').map(text)).toEqual(['#parkering', ' ', ' i']);
    expect(marksOf(facebook!, 'd1-m2')).toEqual([]);
    expect(marksOf(facebook!, 'd1-m3').map(text)).toEqual(['Ny ']);
    // the first run carries the id the message links to; the hashtag is styled around the mark
    expect(marksOf(twitter!, 'd1-m2').map((m) => m.attrs.id)).toEqual(['d1-m2-twitter', undefined, undefined]);
    expect(one(twitter!, byClass('tag')).children).toHaveLength(1);
    const item = one(page, (n) => n.attrs.id === 'd1-m2');
    expect(all(item, (n) => n.tag === 'a').map((a) => a.attrs.href)).toEqual(['#d1-m2-s', '#d1-m2-twitter']);
    // every id is unique
    const ids = all(page, (n) => n.attrs.id !== undefined).map((n) => n.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a thread: one post per part with its length; a part over the limit says so in words', () => {
    const source = `${FRONT}Første del.\n---\nAnden del.\n`;
    const first = source.indexOf('Første');
    const second = source.indexOf('Anden');
    const part = (at: number, t: string, value: number): PreviewPart => ({ text: t, pieces: [{ at: 0, source: at, length: t.length }], entities: [], length: { value, max: 280, counting: 'twitter' } });
    const preview: DraftPreview = {
      source,
      platforms: [{ platform: 'twitter', parts: [part(first, 'Første del.', 11), part(second, 'Anden del.', 300)], media: [] }],
      counters: { characters: 21, hashtags: 0, emoji: 0 },
    };
    const page = parse(html([withPreview('a.md', [], preview, ['twitter'])], da));
    const posts = all(page, byClass('post'));
    expect(posts.map((p) => text(one(p, byClass('text'))))).toEqual(['Første del.', 'Anden del.']);
    expect(posts.map((p) => text(one(p, byClass('meta'))))).toEqual([
      'Opslag 1 af 2 11/280 tegn (vægtet som på X)',
      'Opslag 2 af 2 300/280 tegn (vægtet som på X) – 20 tegn for meget',
    ]);
    expect(all(page, byClass('over'))).toHaveLength(1);
  });

  it('media with alt text or a visible "mangler alt-tekst", the consent declaration, links by display, the publish badge', () => {
    const source = `${FRONT}Læs mere på https://www.rn.dk/meget/lang/adresse i dag.\n`;
    const body = source.slice(FRONT.length);
    const url = 'https://www.rn.dk/meget/lang/adresse';
    const start = body.indexOf(url);
    const preview = simplePreview(source, FRONT.length, {
      media: [
        { src: 'billeder/a.jpg', alt: 'Sygeplejerske ved seng', people: 'written', consent: 'SAM-2026-0113' },
        { src: 'billeder/b.jpg', people: 'undeclared' },
        { src: 'billeder/c.jpg', alt: 'Bygning', people: 'none' },
        { src: 'billeder/d.jpg', alt: 'Venteværelse', people: 'situation' },
      ],
    });
    preview.platforms[0]!.parts[0]!.entities.push({ kind: 'url', start, end: start + url.length, display: 'rn.dk/meget/lang/…' });
    preview.publish = { raw: '2026-12-05T22:00+01:00', local: 'lørdag 5. december kl. 22.00', monitored: false };
    const page = parse(html([withPreview('a.md', [], preview)], da));
    expect(all(page, byClass('card')).map(text)).toEqual([
      'billeder/a.jpgAlt-tekst: Sygeplejerske ved sengSamtykke: skriftligt (SAM-2026-0113)',
      'billeder/b.jpgmangler alt-tekstSamtykke: ikke angivet',
      'billeder/c.jpgAlt-tekst: BygningSamtykke: ingen personer',
      'billeder/d.jpgAlt-tekst: VenteværelseSamtykke: situationsbillede',
    ]);
    const link = one(page, byClass('link'));
    expect(text(link)).toBe('rn.dk/meget/lang/…');
    expect(link.attrs.title).toBe(url);
    expect(text(one(page, byClass('text')))).toBe(body.replace(url, 'rn.dk/meget/lang/…'));
    expect(text(one(page, byClass('publish')))).toBe('Udgives: 2026-12-05T22:00+01:00 (lørdag 5. december kl. 22.00) uden for overvågede tider');
    expect(one(page, byClass('badge')).attrs.class).toBe('badge out');
  });

  it('a result without a preview (cached, unreadable) still lists its messages, without marks or source', () => {
    const page = parse(html([withPreview('a.md', [message({ message: 'Kan ikke læse filen.', ruleId: 'draft/unreadable', severity: 2, line: 1, column: 1 })], undefined)], da));
    const item = one(page, byClass('msg'));
    expect(text(item)).toContain('1:1 Kan ikke læse filen. draft/unreadable');
    expect(all(item, (n) => n.tag === 'a')).toEqual([]);
    expect(all(page, (n) => n.tag === 'mark' || byClass('src')(n))).toEqual([]);
    expect(text(one(one(page, byClass('draft')), byClass('note')))).toBe('Ingen forhåndsvisning: filen kom fra cachen eller kunne ikke læses.');
  });

  it('a fixable message shows its fix (before → after) and every message its rule explanation on demand', () => {
    const source = `${FRONT}Vedrørende parkering.\n`;
    const start = source.indexOf('Vedrørende');
    const m = message({ line: 4, column: 1, endLine: 4, endColumn: 11, fix: { range: [start, start + 10], text: 'Om' } });
    const rule = da.rules.find((r) => r.id === 'tone/officialese')!;
    const page = parse(html([withPreview('a.md', [m], simplePreview(source, FRONT.length))], da));
    const item = one(page, byClass('msg'));
    expect(text(one(item, byClass('fix')))).toBe('Forslag til rettelse: Vedrørende → Om');
    const details = one(item, (n) => n.tag === 'details');
    expect(text(details)).toBe(`Forklaring${rule.description.da}Grundlag i strategien: ${rule.source}`);
  });

  it('English with --lang en; the same input gives the same bytes', () => {
    const source = `${FRONT}Hello.\n`;
    const results = [withPreview('a.md', [message({ line: 4, column: 1, endLine: 4, endColumn: 6 })], simplePreview(source, FRONT.length, { fold: { at: 3, label: '… See more' } }))];
    const english = html(results, en);
    expect(english).toBe(html(results, en));
    const page = parse(english);
    expect(one(page, (n) => n.tag === 'html').attrs.lang).toBe('en');
    expect(text(one(page, (n) => n.tag === 'h1'))).toBe('rnsocial report');
    expect(text(one(page, (n) => n.attrs.id === 'totals'))).toBe('1 draft, 0 errors, 1 warning');
    expect(text(one(page, byClass('sev')))).toBe('warning');
    expect(parse(html(results, da)).children.some((n) => typeof n !== 'string' && n.attrs.lang === 'da')).toBe(true);
  });

  it('headings go in order with no level skipped, inside <main>; no clean run loses its drafts', () => {
    const source = `${FRONT}Hej.\n`;
    const page = parse(html([withPreview('a.md', [message({ line: 4, column: 1, endLine: 4, endColumn: 4 })], simplePreview(source, FRONT.length)), withPreview('b.md', [], undefined)], da));
    const levels = all(page, (n) => /^h[1-6]$/.test(n.tag)).map((h) => Number(h.tag[1]));
    expect(levels[0]).toBe(1);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    expect(all(one(page, (n) => n.tag === 'main'), byClass('draft'))).toHaveLength(2);
  });
});
