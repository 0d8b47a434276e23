/** Message languages: Danish by default, English with --lang en. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both message languages. */
export type Localized = Record<Lang, string>;
