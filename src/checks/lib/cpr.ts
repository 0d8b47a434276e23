/**
 * CPR numbers (Danish personal identity numbers) in free text.
 *
 * Facts: danish-facts §6.1 (structure, century table, modulus 11 no longer guaranteed since
 * 1 Oct 2007) and §6.2 (health-sector eCPR). Strategy "Persondata": no case work in public, and
 * a CPR number in a post is the clearest sign of it.
 *
 * Pure functions, no I/O. All regular expressions are anchored on digit runs and contain no
 * nested quantifiers, so they run in linear time.
 */

export interface CprMatch {
  start: number;
  end: number;
  text: string;
  /** Birth date implied by the number, YYYY-MM-DD. */
  birthDate: string;
}

/** 6 digits, optional separator (hyphen, en dash, space, no-break spaces), 4 digits. */
const CPR_RE = /(?<!\d)(\d{6})([-\u2013 \u00A0\u202F]?)(\d{4})(?!\d)/g;

/** eCPR: DDMMYY, optional separator, century digit, two capital letters, gender digit. */
const ECPR_RE = /(?<!\d)(\d{6})([-\u2013 \u00A0\u202F]?)(\d)([A-ZÆØÅ]{2})(\d)(?!\d)/g;

const SPACES = new Set([' ', '\u00A0', '\u202F']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Why: a CPR-shaped digit run is only a CPR number when it stands on its own. Glued to a
 * letter, a digit or "/" it is part of a code, a longer number or a URL path; a "." or ","
 * between it and another digit makes it part of a date or a price; a "-", "–" or "+" glued to a
 * preceding word makes it a prefixed order number ("ORD-0101901234"); a ".", ",", "-" or "–"
 * followed by more letters/digits continues it ("0101901234.pdf", "0101901234,00"). A
 * sentence-final "." or "," is fine, and so is "cpr.nr.0101901234".
 */
function standsAlone(text: string, start: number, end: number, sep: string): boolean {
  const before = text[start - 1];
  const before2 = text[start - 2];
  const after = text[end];
  const after2 = text[end + 1];

  if (isWordChar(before) || before === '/' || before === '\\') return false;
  // "12.0101901234", "1,0101901234": a larger number. "nr.0101901234" after a word is still a CPR.
  if (before !== undefined && '.,'.includes(before) && isDigit(before2)) return false;
  // "ORD-0101901234", "+0101901234": a prefixed code.
  if (before !== undefined && '-\u2013+'.includes(before) && isWordChar(before2)) return false;
  if (isWordChar(after) || after === '/' || after === '\\') return false;
  if (after !== undefined && '.,-\u2013'.includes(after) && isWordChar(after2)) return false;

  // "DDMMYY SSSS" with a space: refuse when it is one piece of a longer run of space-separated
  // digit groups (account numbers, IBAN-like groupings).
  if (SPACES.has(sep)) {
    if (before !== undefined && SPACES.has(before) && isDigit(before2)) return false;
    if (after !== undefined && SPACES.has(after) && isDigit(after2)) return false;
  }

  return !insideUrl(text, start);
}

/** Why: a digit run inside a URL (path, query) is an address, not something a person wrote. */
function insideUrl(text: string, pos: number): boolean {
  // Bounded look-back keeps the whole scan linear even for absurdly long tokens.
  const limit = Math.max(0, pos - 2048);
  let s = pos;
  while (s > limit && !/[\s<>"'()[\]]/.test(text[s - 1] ?? ' ')) s--;
  const token = text.slice(s, pos);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /^www\./i.test(token) || token.includes('://');
}

/** Why: the calendar check needs real Gregorian leap years (1900 was not one, 2000 was). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why: the two-digit year alone is ambiguous; CPR-kontoret's century table combines it with the
 * 7th digit (danish-facts §6.1): 0–3 → 19YY; 4 or 9 → 20YY if YY ≤ 36 else 19YY;
 * 5–8 → 20YY if YY ≤ 57 else 18YY.
 */
export function cprCentury(yy: number, digit7: number): number {
  if (digit7 <= 3) return 1900;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Returns YYYY-MM-DD when DDMMYY is a real date in `year`'s century, else null. */
function birthDateOf(ddmmyy: string, century: number): string | null {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const year = century + Number(ddmmyy.slice(4, 6));
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Why: case-handling/cpr-number must catch every real CPR number in a draft (DDMMYY-SSSS,
 * DDMMYYSSSS, DDMMYY SSSS, also with an en dash) while leaving phone numbers, dates, prices,
 * order numbers and URLs alone. The date must be a real calendar date in the century given by
 * digit 7. Modulus 11 is NEVER required: numbers issued since 2007 may fail it (§6.1).
 */
export function findCprNumbers(text: string): CprMatch[] {
  const out: CprMatch[] = [];
  CPR_RE.lastIndex = 0;
  for (let m = CPR_RE.exec(text); m !== null; m = CPR_RE.exec(text)) {
    const [whole, ddmmyy = '', sep = '', serial = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!standsAlone(text, start, end, sep)) continue;
    const century = cprCentury(Number(ddmmyy.slice(4, 6)), Number(serial[0]));
    const birthDate = birthDateOf(ddmmyy, century);
    if (birthDate === null) continue;
    out.push({ start, end, text: whole, birthDate });
  }
  return out;
}

/**
 * Why: hospitals give patients without a CPR number a replacement number (eCPR, danish-facts
 * §6.2) of the shape DDMMYY-CAAG, e.g. "020329-1WQ3"; it identifies a patient just as well.
 * Century digit C: 0 or 1 → 19YY, 5 → 18YY, 6 or 7 → 20YY (old and national eCPR); other
 * digits fall back to the CPR table. The letters must be capitals.
 */
export function findEcprNumbers(text: string): CprMatch[] {
  const out: CprMatch[] = [];
  ECPR_RE.lastIndex = 0;
  for (let m = ECPR_RE.exec(text); m !== null; m = ECPR_RE.exec(text)) {
    const [whole, ddmmyy = '', sep = '', c = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!standsAlone(text, start, end, sep)) continue;
    const yy = Number(ddmmyy.slice(4, 6));
    const digit = Number(c);
    const century =
      digit === 0 || digit === 1 ? 1900 : digit === 5 ? 1800 : digit === 6 || digit === 7 ? 2000 : cprCentury(yy, digit);
    const birthDate = birthDateOf(ddmmyy, century);
    if (birthDate === null) continue;
    out.push({ start, end, text: whole, birthDate });
  }
  return out;
}

/**
 * Why: modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) only raises confidence; since 1 Oct 2007 valid
 * numbers may fail it, so findCprNumbers never uses it. For information / messages only.
 * Non-digits (separators) are ignored; anything but exactly 10 digits returns false.
 */
export function mod11(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (d.length !== 10) return false;
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(d[i]) * (weights[i] ?? 0);
  return sum % 11 === 0;
}
