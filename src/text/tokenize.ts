/**
 * A tokenizer for Danish social-media text. One left-to-right scan; every recogniser either
 * consumes what it reads or looks ahead a bounded number of characters, so the work is linear in
 * the input (`tokenizerWork()` counts character tests so a test can prove it without a clock).
 * No regular expression runs over more than one character.
 *
 * Kinds, in the order they are tried at a token start:
 * - email: found beforehand from each "@" outwards (anne.holm@rn.dk);
 * - url: "http://", "https://", "www." or a bare domain on a known top-level domain (rn.dk/job);
 * - abbreviation: a frozen list with its dots (abbreviations.ts);
 * - phone: a Danish 8-digit number grouped 8, 4+4, 2+2+2+2, 2+2+4 or 4+2+2, optionally "+45";
 * - date: 03.12.2026, 3.12.26, 3-12-2026, 3/12, 3/12-2026, 2026-12-03;
 * - time: 14:30, and 14.30 after "kl." or after a time and "-", "til", "og", "eller";
 * - amount: a number with its currency, scale and ",-" (250 kr., 1,2 mio. kr., 1.200,- kr.);
 * - number: 25, 1.200, 2,5 (Danish: dot groups thousands, comma is the decimal sign);
 * - word: letters and digits with inner hyphens and apostrophes (CT-scanning, 3D-print,
 *   COVID-19, 1990'erne), and the trailing hyphen of a suspended compound ("social- og");
 * - hashtag, mention, emoji (pictographic sequences with ZWJ, variation selectors, skin tones,
 *   tags; flags; keycaps); punct: every other character on its own.
 */
import { findEmails } from './email.js';
import { ABBREVIATIONS, MAX_ABBREVIATION_LENGTH, NUMBER_ABBREVIATIONS, UNDOTTED_ABBREVIATION_INITIALS } from './abbreviations.js';
import type { Token, TokenKind } from './token.js';

// Single-code-point classes, used sticky at one position only.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const LETTER = /[\p{L}\p{M}]/uy;
const SPACE = /[\s\u200B\u2060]/uy;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;
const REGIONAL = /\p{Regional_Indicator}/uy;

const LETTER_CODE = 1;
const DIGIT_CODE = 2;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

/** Top-level domains a bare domain ("rn.dk") is recognised on; "f.eks" must not be a URL. */
const TLDS: ReadonlySet<string> = new Set(['dk', 'com', 'org', 'net', 'eu', 'info', 'nu', 'io']);
/** Currency words after a number, longest first so "kroner" is not read as "kr". */
const CURRENCIES = ['kroner', 'kr.', 'kr', 'DKK', 'EUR', 'euro', '€'];
const SCALES = ['mill.', 'mio.', 'mia.'];
const PHONE_GROUPS: ReadonlySet<string> = new Set(['8', '4,4', '2,2,2,2', '2,2,4', '4,2,2']);
/** Words that link two times ("kl. 8.00 til 15.30"), so the second is a time too. */
const TIME_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', 'til', 'og', 'eller']);

let work = 0;

/** Character tests made by the last `tokenize` call: a measure of its work for linearity tests. */
export function tokenizerWork(): number {
  return work;
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to: number = text.length): Token[] {
  work = 0;
  return new Scanner(text, Math.max(0, from), Math.min(text.length, to)).run();
}

interface Span {
  start: number;
  end: number;
}

class Scanner {
  private readonly tokens: Token[] = [];
  /** Recognisers never read at or past this: the end, or the start of the next e-mail address. */
  private limit: number;
  /** A dotted run that is not a domain ends here; positions inside it need no second look. */
  private noDomainUntil = -1;
  private kind: TokenKind = 'punct';

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.limit = to;
  }

  run(): Token[] {
    const emails = this.emails();
    let e = 0;
    let i = this.from;
    while (i < this.to) {
      while (e < emails.length && emails[e]!.end <= i) e++;
      const email = emails[e];
      if (email && email.start === i) {
        this.push(i, email.end, 'email');
        i = email.end;
        continue;
      }
      this.limit = email ? email.start : this.to;
      const c = this.text.charCodeAt(i);
      if (this.is(SPACE, i) || c === ZWJ || c === VS16) {
        i++; // stray joiners and selectors are invisible: skip them like white space
        continue;
      }
      const end = this.next(i);
      this.push(i, end, this.kind);
      i = end;
    }
    return this.tokens;
  }

  private push(start: number, end: number, kind: TokenKind): void {
    const text = this.text.slice(start, end);
    this.tokens.push({ start, end, text, lower: text.toLowerCase(), kind });
  }

  /** End of the token starting at `i`; sets `this.kind`. */
  private next(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c >= 48 && c <= 57) return this.digitStart(i);
    if (this.is(WORD_CHAR, i)) return this.wordStart(i);
    if ((c === 35 || c === 42) && this.keycap(i + 1) > 0) return this.emojiEnd(this.keycap(i + 1));
    if (c === 35 /* # */ && !this.wordBefore(i)) {
      const end = this.scanWhile(i + 1, (j) => this.is(WORD_CHAR, j) || this.at(j) === '_');
      if (end > i + 1) return this.as('hashtag', end);
    }
    if (c === 64 /* @ */ && !this.wordBefore(i)) {
      let end = this.scanWhile(i + 1, (j) => this.is(WORD_CHAR, j) || this.at(j) === '_' || this.at(j) === '.');
      while (end > i + 1 && this.at(end - 1) === '.') end--; // "@regionnordjylland." ends a sentence
      if (end > i + 1) return this.as('mention', end);
    }
    if (c === 43 /* + */ && this.text.startsWith('+45', i)) {
      const p = this.at(i + 3) === ' ' || this.at(i + 3) === '\u00a0' ? i + 4 : i + 3;
      const end = this.phone(i, p);
      if (end > 0) return this.as('phone', end);
    }
    if (this.is(PICTOGRAPHIC, i) || this.is(REGIONAL, i)) return this.emoji(i);
    return this.as('punct', i + this.width(i));
  }

  private as(kind: TokenKind, end: number): number {
    this.kind = kind;
    return end;
  }

  // ── letters ────────────────────────────────────────────────────────────────

  private wordStart(i: number): number {
    const url = this.schemeUrl(i);
    if (url > 0) return this.as('url', url);
    const abbreviation = this.abbreviation(i);
    if (abbreviation > 0) return this.as('abbreviation', abbreviation);
    const domain = this.bareDomain(i);
    if (domain > 0) return this.as('url', domain);
    return this.word(i);
  }

  /** A word: letters and digits, inner hyphens and apostrophes; a number when it has no letter. */
  private word(i: number): number {
    let j = i;
    let letter = false;
    for (;;) {
      for (;;) {
        const ascii = this.asciiWordChar(j);
        if (ascii > 0) {
          letter ||= ascii === LETTER_CODE;
          j++;
        } else if (ascii === 0 && this.is(WORD_CHAR, j)) {
          letter ||= this.is(LETTER, j);
          j += this.width(j);
        } else break;
      }
      if (isJoiner(this.at(j)) && this.is(WORD_CHAR, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    // "social- og sundhedsassistent": the hyphen belongs to the suspended compound
    if (letter && isHyphen(this.at(j)) && (j + 1 >= this.limit || this.is(SPACE, j + 1) || this.at(j + 1) === ',')) j++;
    return this.as(letter ? 'word' : 'number', j);
  }

  /** End of a listed abbreviation at `i`, or -1. */
  private abbreviation(i: number): number {
    const max = Math.min(this.limit, i + MAX_ABBREVIATION_LENGTH);
    let j = i;
    let dotted = false;
    while (j < max) {
      if (this.at(j) === '.') dotted = true;
      else if (!this.is(LETTER, j)) break;
      j++;
    }
    if (j - i < 2) return -1;
    // A run of letters alone is a word unless an undotted entry ("fx") starts with its letter: decided without slicing.
    if (!dotted && !UNDOTTED_ABBREVIATION_INITIALS.has(this.at(i).toLowerCase())) return -1;
    const lower = this.text.slice(i, j).toLowerCase();
    for (let n = lower.length; n >= 2; n--) {
      const candidate = lower.slice(0, n);
      if (!ABBREVIATIONS.has(candidate)) continue;
      const end = i + n;
      if (this.is(WORD_CHAR, end)) continue; // "kl.8" is not "kl." + "8" — nor is "klasse"
      if (!candidate.endsWith('.') && this.at(end) === '.') continue; // "fx." was tried first
      if (n === 2 && this.text[i] !== candidate[0]) return -1; // "d." but not the initial "D."
      if (NUMBER_ABBREVIATIONS.has(candidate) && !this.afterNumber()) return -1;
      return end;
    }
    return -1;
  }

  private afterNumber(): boolean {
    const previous = this.tokens[this.tokens.length - 1];
    return previous !== undefined && previous.kind === 'number';
  }

  /** "https://…", "http://…", "www.…" at a word boundary, or -1. */
  private schemeUrl(i: number): number {
    const c = this.at(i);
    const d = this.at(i + 1);
    // "http…" or "www.": the second letter decides before anything is sliced ("har", "hvor", "vi").
    if (!(((c === 'h' || c === 'H') && (d === 't' || d === 'T')) || ((c === 'w' || c === 'W') && (d === 'w' || d === 'W')))) return -1;
    if (this.wordBefore(i)) return -1;
    const head = this.text.slice(i, Math.min(this.limit, i + 8)).toLowerCase();
    let body = -1;
    if (head.startsWith('https://')) body = i + 8;
    else if (head.startsWith('http://')) body = i + 7;
    else if (head.startsWith('www.')) body = i + 4;
    if (body < 0 || !this.is(WORD_CHAR, body)) return -1;
    return this.urlRest(i, body);
  }

  /** "rn.dk", "sundhed.dk/borger": dotted labels ending in a known top-level domain, or -1. */
  private bareDomain(i: number): number {
    if (i < this.noDomainUntil || this.wordBefore(i)) return -1;
    let j = i;
    let labels = 0;
    let lastStart = i;
    for (;;) {
      const start = j;
      for (;;) {
        const ascii = this.asciiWordChar(j);
        if (ascii > 0 || this.at(j) === '-') j++;
        else if (ascii === 0 && this.is(WORD_CHAR, j)) j += this.width(j);
        else break;
      }
      labels++;
      lastStart = start;
      if (this.at(j) === '.' && this.is(WORD_CHAR, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (labels < 2 || !TLDS.has(this.text.slice(lastStart, j).toLowerCase()) || this.at(j) === '@') {
      // Every start inside this run ends at the same place with the same last label.
      this.noDomainUntil = j;
      return -1;
    }
    return this.at(j) === '/' ? this.urlRest(i, j) : j;
  }

  /** The rest of a URL from `j`: up to white space or a quote, less trailing punctuation. */
  private urlRest(i: number, j: number): number {
    let open = 0;
    while (j < this.limit && !this.is(SPACE, j) && !oneOfChars(this.at(j), '<>"«»“”')) {
      if (this.at(j) === '(') open++;
      else if (this.at(j) === ')') open--;
      j++;
    }
    for (;;) {
      const last = this.at(j - 1);
      if (j - 1 > i && oneOfChars(last, '.,;:!?\'’')) j--;
      else if (last === ')' && open < 0) {
        j--;
        open++;
      } else break;
    }
    return j;
  }

  // ── digits ─────────────────────────────────────────────────────────────────

  private digitStart(i: number): number {
    const keycap = this.keycap(i + 1);
    if (keycap > 0) return this.emojiEnd(keycap);
    const a = this.digits(i, Infinity);
    const after = this.at(a);
    if (this.is(LETTER, a) || (isJoiner(after) && this.is(LETTER, a + 1))) {
      const amount = this.currency(a); // "250kr"
      if (amount > 0) return this.as('amount', amount);
      return this.word(i); // 3D-print, 2-årig, 1990'erne
    }
    const n = a - i;
    if (n === 2 || n === 4 || n === 8) {
      const phone = this.phone(i, i);
      if (phone > 0) return this.as('phone', phone);
    }
    const date = this.date(i, a);
    if (date > 0) return this.as('date', date);
    const time = this.time(i, a);
    if (time > 0) return this.as('time', time);
    const number = this.number(i, a);
    const amount = this.amount(number);
    if (amount > 0) return this.as('amount', amount);
    return this.as('number', number);
  }

  /**
   * End of a Danish phone number whose digits start at `p` (the token starts at `start`, which is
   * "+" for "+45"), or -1. Eight digits, first 2–9, grouped as people write them; not part of a
   * longer run of digit groups ("12 34 56 78 90"), and "2024 2025" is two years.
   */
  private phone(start: number, p: number): number {
    const first = this.at(p);
    if (first < '2' || first > '9') return -1;
    if (this.groupSpace(start - 1) && isDigit(this.at(start - 2))) return -1;
    const groups: number[] = [];
    let total = 0;
    let q = p;
    for (;;) {
      const end = this.digits(q, 9);
      groups.push(end - q);
      total += end - q;
      q = end;
      if (total >= 8 || groups.length >= 4) break;
      if (this.groupSpace(q) && isDigit(this.at(q + 1))) q++;
      else break;
    }
    if (total !== 8 || !PHONE_GROUPS.has(groups.join(','))) return -1;
    if (this.is(WORD_CHAR, q) || (this.groupSpace(q) && isDigit(this.at(q + 1)))) return -1;
    if (groups.length === 2 && groups[0] === 4 && isYear(this.text.slice(p, p + 4)) && isYear(this.text.slice(q - 4, q))) return -1;
    return q;
  }

  /** End of a date whose first digit run is [i, a), or -1. */
  private date(i: number, a: number): number {
    const sep = this.at(a);
    if (a - i === 4 && sep === '-') {
      // 2026-12-03
      const m = this.digits(a + 1, 3);
      if (m - a - 1 !== 2 || this.at(m) !== '-') return -1;
      const d = this.digits(m + 1, 3);
      if (d - m - 1 !== 2 || this.is(WORD_CHAR, d)) return -1;
      return validDate(this.int(m + 1, d), this.int(a + 1, m)) ? d : -1;
    }
    if (a - i > 2 || (sep !== '.' && sep !== '-' && sep !== '/')) return -1;
    const m = this.digits(a + 1, 3);
    if (m - a - 1 < 1 || m - a - 1 > 2 || !validDate(this.int(i, a), this.int(a + 1, m))) return -1;
    const sep2 = this.at(m);
    if (sep2 === sep || (sep === '/' && sep2 === '-')) {
      const y = this.digits(m + 1, 5);
      const n = y - m - 1;
      if ((n === 4 || (n === 2 && sep !== '-')) && !this.is(WORD_CHAR, y)) return y;
    }
    // "3/12" alone is a date; "3.12" and "3-12" alone are not (a number, a range)
    if (sep === '/' && !this.is(WORD_CHAR, m) && sep2 !== '/') return m;
    return -1;
  }

  /** End of a time whose hour run is [i, a), or -1: "14:30" always, "14.30" after "kl.". */
  private time(i: number, a: number): number {
    if (a - i > 2 || this.int(i, a) > 24) return -1;
    const sep = this.at(a);
    if (sep !== ':' && !(sep === '.' && this.timeContext())) return -1;
    const m = this.digits(a + 1, 3);
    if (m - a - 1 !== 2 || this.int(a + 1, m) > 59 || this.is(WORD_CHAR, m)) return -1;
    if ((this.at(m) === '.' || this.at(m) === ':') && isDigit(this.at(m + 1))) return -1;
    return m;
  }

  private timeContext(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    if (!last) return false;
    if (last.lower === 'kl.' || last.lower === 'kl') return true;
    const before = this.tokens[this.tokens.length - 2];
    return TIME_LINKS.has(last.lower) && before?.kind === 'time';
  }

  /** End of a number whose first digit run is [i, a): thousands groups and a decimal part. */
  private number(i: number, a: number): number {
    let e = a;
    if (a - i <= 3) {
      while (this.at(e) === '.' && this.digits(e + 1, 4) - e - 1 === 3) e += 4;
    }
    if (this.at(e) === ',' && isDigit(this.at(e + 1))) e = this.digits(e + 1, Infinity);
    return e;
  }

  /** End of an amount whose number ends at `e` ("250 kr.", "1,2 mio. kr.", "250,-"), or -1. */
  private amount(e: number): number {
    let p = e;
    if (this.at(p) === ',' && (this.at(p + 1) === '-' || this.at(p + 1) === '–')) p += 2;
    const q = this.groupSpace(p) ? p + 1 : p;
    const scale = this.oneOf(q, SCALES, false);
    if (scale > 0) return this.groupSpace(scale) ? this.currency(scale + 1) : -1; // "2 mio." alone is a number and an abbreviation
    const currency = this.currency(q);
    if (currency > 0) return currency;
    return p > e ? p : -1;
  }

  private currency(q: number): number {
    return this.oneOf(q, CURRENCIES, true);
  }

  /** End of the first of `words` written at `q` and not followed by a letter or digit, or -1. */
  private oneOf(q: number, words: readonly string[], caseFold: boolean): number {
    for (const word of words) {
      const written = this.text.slice(q, q + word.length);
      const same = caseFold && word === word.toLowerCase() ? written.toLowerCase() === word : written === word;
      work++;
      if (same && q + word.length <= this.limit && !this.is(WORD_CHAR, q + word.length)) return q + word.length;
    }
    return -1;
  }

  // ── emoji ──────────────────────────────────────────────────────────────────

  private emoji(i: number): number {
    if (this.is(REGIONAL, i)) {
      const j = i + this.width(i);
      return this.as('emoji', this.is(REGIONAL, j) ? j + this.width(j) : j); // a flag is a pair
    }
    return this.emojiEnd(i + this.width(i));
  }

  /** Extends a pictograph ending at `j` by selectors, skin tones, tags and ZWJ sequences. */
  private emojiEnd(j: number): number {
    for (;;) {
      const c = this.text.codePointAt(j) ?? 0;
      work++;
      if (j >= this.limit) break;
      if (c === VS16 || c === KEYCAP) j++;
      else if ((c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0020 && c <= 0xe007f)) j += 2; // skin tone, tag
      else if (c === ZWJ && this.is(PICTOGRAPHIC, j + 1)) j += 1 + this.width(j + 1);
      else break;
    }
    return this.as('emoji', j);
  }

  /** End of a keycap ("1️⃣", "#️⃣") whose base is just before `j`, or -1. */
  private keycap(j: number): number {
    const c = this.text.charCodeAt(j);
    if (j < this.limit && c === KEYCAP) return j + 1;
    if (j + 1 < this.limit && c === VS16 && this.text.charCodeAt(j + 1) === KEYCAP) return j + 2;
    return -1;
  }

  // ── e-mail addresses ───────────────────────────────────────────────────────

  /** E-mail addresses, found first (email.ts), so no other recogniser reads into one. */
  private emails(): Span[] {
    return findEmails(this.text, this.from, this.to);
  }

  // ── character helpers ──────────────────────────────────────────────────────

  /** Whether the code point at `j` (inside the current limit) is in the one-character class `re`. */
  private is(re: RegExp, j: number): boolean {
    work++;
    if (j < this.from || j >= this.limit) return false;
    const c = this.text.charCodeAt(j);
    if (c < 128) return asciiIs(re, c); // the common case, without a Unicode regex
    re.lastIndex = j;
    return re.test(this.text);
  }

  /**
   * The common case of the word loops without a Unicode class: LETTER_CODE or DIGIT_CODE for an
   * ASCII letter or digit at `j`, -1 for any other ASCII character or the end, 0 when `j` holds a
   * non-ASCII character (then ask `is`).
   */
  private asciiWordChar(j: number): number {
    work++;
    if (j < this.from || j >= this.limit) return -1;
    const c = this.text.charCodeAt(j);
    if (c >= 128) return 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER_CODE;
    return c >= 48 && c <= 57 ? DIGIT_CODE : -1;
  }

  private at(j: number): string {
    work++;
    return j >= this.from && j < this.limit ? this.text[j]! : '';
  }

  private width(j: number): number {
    const c = this.text.charCodeAt(j);
    return c >= 0xd800 && c <= 0xdbff && j + 1 < this.limit ? 2 : 1;
  }

  /** A letter or digit just before `i` (within the tokenized range). */
  private wordBefore(i: number): boolean {
    const c = this.text.charCodeAt(i - 1);
    const j = c >= 0xdc00 && c <= 0xdfff ? i - 2 : i - 1;
    return this.is(WORD_CHAR, j);
  }

  /** End of the ASCII digit run at `j`, reading at most `max + 1` digits. */
  private digits(j: number, max: number): number {
    const start = j;
    while (j - start <= max && isDigit(this.at(j))) j++;
    return j;
  }

  private scanWhile(j: number, test: (j: number) => boolean): number {
    while (j < this.limit && test(j)) j += this.width(j);
    return j;
  }

  private int(from: number, to: number): number {
    return Number.parseInt(this.text.slice(from, to), 10);
  }

  /** A single space between digit groups (a no-break space counts). */
  private groupSpace(j: number): boolean {
    const c = this.at(j);
    return c === ' ' || c === '\u00a0' || c === '\u202f';
  }
}

/** The ASCII part of the one-character classes above. */
function asciiIs(re: RegExp, c: number): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (re === LETTER) return letter;
  if (re === WORD_CHAR) return letter || (c >= 48 && c <= 57);
  if (re === SPACE) return c === 32 || (c >= 9 && c <= 13);
  return false; // no ASCII character is pictographic or a regional indicator
}

/** `c` is one of `chars` (`at()` gives "" outside the range, which is none of them). */
function oneOfChars(c: string, chars: string): boolean {
  return c !== '' && chars.includes(c);
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9' && c.length === 1;
}

function isHyphen(c: string): boolean {
  return c === '-' || c === '\u2011';
}

function isJoiner(c: string): boolean {
  return isHyphen(c) || c === "'" || c === '’';
}

function isYear(digits: string): boolean {
  return digits.startsWith('19') || digits.startsWith('20');
}

function validDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
