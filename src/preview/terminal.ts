/**
 * `rnsocial preview` in the terminal: each platform's post as it shows, the fold drawn at the
 * exact cut (what follows it dimmed), thread parts with their weighted length, the media and
 * their consent, the publish time and the counters. Wrapped to the terminal's width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { platformName } from '../checks/lib/post-type.js';
import type { Lang } from '../core/lang.js';
import type { DraftPreview, PlatformPreview, PreviewMedia, PreviewPart, PreviewPublish } from '../core/preview.js';
import { cells, wrap, type Cell } from './wrap.js';

export interface TerminalOptions {
  width: number;
  color: boolean;
  lang: Lang;
}

type Style = 'text' | 'entity' | 'hidden' | 'hiddenEntity' | 'ok' | 'bad';

const cellsOf = (text: string, style: Style): Array<Cell<Style>> => cells<Style>(text, style);

const WORDS = {
  da: {
    length: 'længde',
    weighted: 'X-vægtet længde',
    characters: 'tegn',
    hashtags: 'hashtags',
    emoji: 'emoji',
    publish: 'Udgives',
    unreadable: 'tidspunktet kan ikke læses',
    monitored: 'inden for de overvågede tider',
    notMonitored: { day: 'ingen overvåger siden den dag', hour: 'uden for de overvågede tider', holiday: 'helligdag: ingen overvåger siden' },
    alt: 'alt',
    noAlt: 'ingen alt-tekst',
    consent: 'samtykke',
    people: { none: 'ingen personer', situation: 'situationsbillede', written: 'skriftligt', undeclared: 'ikke angivet' },
    noPlatform: 'Udkastet har ingen platform: intet at vise.',
  },
  en: {
    length: 'length',
    weighted: 'X weighted length',
    characters: 'characters',
    hashtags: 'hashtags',
    emoji: 'emoji',
    publish: 'Publish',
    unreadable: 'the time cannot be read',
    monitored: 'inside the monitored hours',
    notMonitored: { day: 'nobody monitors the page that day', hour: 'outside the monitored hours', holiday: 'a public holiday: nobody monitors the page' },
    alt: 'alt',
    noAlt: 'no alt text',
    consent: 'consent',
    people: { none: 'no people', situation: 'situation', written: 'written', undeclared: 'not declared' },
    noPlatform: 'The draft has no platform: nothing to show.',
  },
} as const;

export function renderPreview(preview: DraftPreview, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.lang];
  const width = Math.max(20, options.width);
  const out: string[] = [];
  if (preview.platforms.length === 0) out.push(w.noPlatform, '');
  for (const platform of preview.platforms) append(out, platformLines(platform, width, options.lang, c), '');
  if (preview.publish) append(out, render(wrap(publishLine(preview.publish, options.lang), width), c));
  const { counters } = preview;
  const counts = [
    `${w.characters} ${number(counters.characters, options.lang)}`,
    ...(counters.weightedLength !== undefined ? [`${w.weighted} ${number(counters.weightedLength, options.lang)}`] : []),
    `${w.hashtags} ${counters.hashtags}`,
    `${w.emoji} ${counters.emoji}`,
    ...(counters.lix !== undefined ? [`LIX ${counters.lix}`] : []),
  ];
  append(out, render(wrap(cellsOf(counts.join(' · '), 'hidden'), width), c), '');
  return out.join('\n');
}

function platformLines(preview: PlatformPreview, width: number, lang: Lang, c: ChalkInstance): string[] {
  const w = WORDS[lang];
  const name = platformName(preview.platform);
  const out = [c.bold(`── ${name} `) + c.dim('─'.repeat(Math.max(0, width - name.length - 4)))];
  const thread = preview.parts.length > 1;
  preview.parts.forEach((part, i) => {
    const measure = lengthText(part, lang);
    if (thread) out.push(c.dim(`── ${i + 1}/${preview.parts.length} · ${measure} ──`));
    const fold = i === 0 ? preview.fold : undefined;
    const shown = styledCells(part, fold?.at);
    if (fold) {
      const cut = shown.findIndex((cell) => cell.style === 'hidden' || cell.style === 'hiddenEntity');
      append(out, render(wrap(shown.slice(0, cut), width), c));
      out.push(c.dim(`──── ${fold.label} ────`));
      // The cut can fall inside a line: the rest of that line starts the hidden text. At a line
      // end, the marker stands in for that line break.
      const hidden = shown.slice(cut);
      append(out, render(wrap(isBreak(hidden[0]) ? hidden.slice(1) : hidden, width), c));
    } else append(out, render(wrap(shown, width), c));
    if (!thread) out.push(c.dim(`${w.length} ${measure}`));
  });
  for (const media of preview.media) append(out, render(wrap(cellsOf(mediaLine(media, lang), 'text'), width), c));
  return out;
}

const isBreak = (cell: Cell<Style> | undefined): boolean => cell !== undefined && /^(?:\r\n|\r|\n)$/.test(cell.text);

/** The part's cells: entities marked, links as the platform shows them, everything after the fold hidden. */
function styledCells(part: PreviewPart, foldAt: number | undefined): Array<Cell<Style>> {
  const out: Array<Cell<Style>> = [];
  const after = (offset: number): boolean => foldAt !== undefined && offset >= foldAt;
  let at = 0;
  const plain = (end: number): void => {
    if (foldAt !== undefined && at < foldAt && end > foldAt) {
      append(out, cellsOf(part.text.slice(at, foldAt), 'text'));
      at = foldAt;
    }
    append(out, cellsOf(part.text.slice(at, end), after(at) ? 'hidden' : 'text'));
    at = end;
  };
  for (const entity of part.entities) {
    if (entity.start < at) continue;
    plain(entity.start);
    const straddles = foldAt !== undefined && entity.start < foldAt && entity.end > foldAt;
    if (straddles) {
      // Shown up to the cut as written: the platform cuts the text, not the short form.
      plain(entity.end);
      continue;
    }
    append(out, cellsOf(entity.display ?? part.text.slice(entity.start, entity.end), after(entity.start) ? 'hiddenEntity' : 'entity'));
    at = entity.end;
  }
  plain(part.text.length);
  return out;
}

function render(lines: ReadonlyArray<ReadonlyArray<Cell<Style>>>, c: ChalkInstance): string[] {
  const paint: Record<Style, (s: string) => string> = { text: (s) => s, entity: c.cyan, hidden: c.dim, hiddenEntity: (s) => c.dim(c.cyan(s)), ok: c.green, bad: c.red };
  return lines.map((line) => {
    let text = '';
    let run = '';
    let style: Style | undefined;
    for (const cell of line) {
      if (cell.style !== style && run !== '') {
        text += paint[style!](run);
        run = '';
      }
      style = cell.style;
      run += cell.text;
    }
    return run === '' ? text : text + paint[style!](run);
  });
}

function lengthText(part: PreviewPart, lang: Lang): string {
  const { value, max, counting } = part.length;
  const measured = max === undefined ? number(value, lang) : `${number(value, lang)}/${number(max, lang)}`;
  const over = max !== undefined && value > max ? ' ✗' : '';
  return counting === 'twitter' ? `${measured}${over} (${lang === 'da' ? 'X-vægtet' : 'X weighted'})` : `${measured}${over}`;
}

function mediaLine(media: PreviewMedia, lang: Lang): string {
  const w = WORDS[lang];
  const consent = `${w.consent}: ${w.people[media.people]}${media.consent ? ` (${media.consent})` : ''}`;
  return `🖼 ${media.src} · ${media.alt !== undefined ? `${w.alt}: ${media.alt}` : w.noAlt} · ${consent}`;
}

function publishLine(publish: PreviewPublish, lang: Lang): Array<Cell<Style>> {
  const w = WORDS[lang];
  if (publish.monitored === undefined) return cellsOf(`${w.publish}: ${publish.raw} (${w.unreadable})`, 'text');
  const when = cellsOf(`${w.publish}: ${publish.local ?? publish.raw} `, 'text');
  if (publish.monitored) return [...when, ...cellsOf('✓', 'ok'), ...cellsOf(` ${w.monitored}`, 'text')];
  const why = `${w.notMonitored[publish.reason ?? 'hour']}${publish.holiday ? ` (${publish.holiday})` : ''}`;
  return [...when, ...cellsOf('✗', 'bad'), ...cellsOf(` ${why}`, 'text')];
}

/** `out.push(...items)` without a spread: a post of a megabyte is a million cells, past any argument limit. */
function append<T>(out: T[], items: readonly T[], ...more: T[]): void {
  for (const item of items) out.push(item);
  for (const item of more) out.push(item);
}

/** 63206 → »63.206« in Danish, »63,206« in English (fixed separators, not locale data). */
function number(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'da' ? '.' : ',');
}
