/**
 * Message templates: `{placeholder}`s filled from a report's data. A number can carry its noun in
 * both forms, `{count|hashtag|hashtags}`, which renders »1 hashtag« and »4 hashtags«: the pack
 * says the words, so a message never reads »1 hashtags«.
 */
import type { Lang, Localized } from '../core/lang.js';

export type MessageData = Record<string, string | number | Localized>;

const PLACEHOLDER = /\{([A-Za-z][\w-]*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/** The placeholders a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Fill `{placeholders}` from data. One the data lacks stays visible as `{name}`: the compiler
 * has checked every template against the kind's declaration, so a leftover brace is a bug that
 * tests must see, not text to hide.
 */
export function renderMessage(template: string, data: MessageData = {}, lang: Lang = 'da'): string {
  return template.replace(PLACEHOLDER, (whole, key: string, one: string | undefined, other: string | undefined) => {
    const value = data[key];
    if (value === undefined) return whole;
    const text = typeof value === 'object' ? value[lang] : String(value);
    if (one === undefined || other === undefined) return text;
    return `${text} ${Number(text) === 1 ? one : other}`;
  });
}
