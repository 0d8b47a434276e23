/**
 * Danish abbreviations that the tokenizer keeps whole, dots included ("bl.a." is one token, so
 * its dots never end a sentence).
 *
 * Where the list comes from: the abbreviations Retskrivningsordbogen (Dansk Sprognævn) writes
 * with full stops that occur in public-sector posts, plus the list the old sentence repair in
 * src/draft/text-model.ts carried. "fx" is the official spelling; "fx." is common enough to keep.
 * The list is frozen here, not configurable, because sentence and word counts depend on it.
 * Compared lower-cased: "Kl.", "F.eks." and "NR." are found too — except one-letter entries
 * ("d." for "den": "d. 3. marts"), which must be written in lower case: "D." is an initial or
 * vitamin D.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'afd.',
  'ang.',
  'bl.a.',
  'ca.',
  'd.',
  'dr.',
  'dvs.',
  'ekskl.',
  'etc.',
  'evt.',
  'f.eks.',
  'fr.',
  'fx',
  'fx.',
  'gl.',
  'hhv.',
  'hr.',
  'ift.',
  'iflg.',
  'inkl.',
  'jf.',
  'kl.',
  'kr.',
  'm.fl.',
  'm.m.',
  'maks.',
  'max.',
  'mht.',
  'mia.',
  'mill.',
  'min.',
  'mio.',
  'mv.',
  'nr.',
  'o.l.',
  'osv.',
  'pct.',
  'pga.',
  'pkt.',
  'pr.',
  'prof.',
  'sek.',
  'st.',
  'tlf.',
  'vedr.',
  'vha.',
]);

/**
 * Abbreviations that are also ordinary words or first names ("bogen min.", "Mia.", "Max."):
 * they are abbreviations only right after a number ("15 min.", "2 mio.").
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['min.', 'sek.', 'mio.', 'mia.', 'mill.', 'max.']);

/**
 * Abbreviations that may end a sentence: list closers, and "pct." after a figure ("steg med 4
 * pct. Det er …"). Only these end one, and only when a capitalised word follows ("… kaffe, te
 * osv. Kom bare."); "kl. Otte" does not.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['osv.', 'mv.', 'm.m.', 'm.fl.', 'etc.', 'o.l.', 'pct.']);

/** Length of the longest entry, which bounds the look-ahead of the tokenizer. */
export const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * First letters (lower-case) of the entries written without a dot ("fx"): a run of letters with
 * no dot can only be one of those, so the tokenizer skips the lookup for every other word.
 */
export const UNDOTTED_ABBREVIATION_INITIALS: ReadonlySet<string> = new Set([...ABBREVIATIONS].filter((a) => !a.includes('.')).map((a) => a[0]!));
