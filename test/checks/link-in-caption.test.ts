import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/link-in-caption';
const fm = (platform: string, type = 'post') => ({ platform, page: 'Region Nordjylland', type });
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);

describe('link-in-caption (platform/link-in-caption)', () => {
  it('reports URLs, bare domains, Markdown links and autolinks in an Instagram caption', () => {
    const text = draft('Læs mere på https://rn.dk/blod og rn.dk/blodbank, [her](https://rn.dk/a) og <https://rn.dk/b>.', fm('instagram'));
    const found = hits(text);
    expect(found.map((m) => m.message.match(/\((.*?)\)/)?.[1])).toEqual(['https://rn.dk/blod', 'rn.dk/blodbank', 'https://rn.dk/a', 'https://rn.dk/b']);
    expect(found[0]).toMatchObject({ severity: 1, line: 6, column: 13, endColumn: 31 });
  });

  it('e-mail addresses are not links; replies and other platforms are exempt', () => {
    expect(hits(draft('Skriv til blodbank@rn.dk.', fm('instagram')))).toEqual([]);
    expect(hits(draft('Se https://rn.dk/blod', fm('instagram', 'reply')))).toEqual([]);
    expect(hits(draft('Se https://rn.dk/blod', fm('facebook')))).toEqual([]);
  });
});
