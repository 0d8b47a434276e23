import { describe, expect, it } from 'vitest';
import { LiteralList } from '../../src/checks/lib/literal-list.js';

const found = (entries: string[], text: string) => new LiteralList(entries).match(text).map((m) => [m.text, m.entry, m.start]);

describe('LiteralList', () => {
  it('matches entries with punctuation as literals, never as regular expressions', () => {
    expect(found([':)', ';-)', '^_^', '(grin)', '*griner*', '#fail', 'a.b'], 'Hej :) og ;-) ^_^ (grin) *griner* #fail axb a.b')).toEqual([
      [':)', ':)', 4],
      [';-)', ';-)', 10],
      ['^_^', '^_^', 14],
      ['(grin)', '(grin)', 18],
      ['*griner*', '*griner*', 25],
      ['#fail', '#fail', 34],
      ['a.b', 'a.b', 44],
    ]);
  });

  it('word boundaries know æ, ø and å; entries that start or end with punctuation need none', () => {
    expect(found(['lol', 'ups'], 'Lolland, grupper, lolø, ups')).toEqual([['ups', 'ups', 24]]);
    expect(found([':d'], 'Status:Det er :D')).toEqual([[':D', ':d', 14]]);
  });

  it('lower-case entries match any capitalisation; others only themselves', () => {
    expect(found(['haha', 'LOL'], 'HAHA Haha lol LOL')).toEqual([
      ['HAHA', 'haha', 0],
      ['Haha', 'haha', 5],
      ['LOL', 'LOL', 14],
    ]);
  });

  it('any white space matches a space; commas are part of the phrase', () => {
    expect(found(['vi vender tilbage, så snart'], 'Vi vender\ntilbage,  så snart vi kan')).toEqual([['Vi vender\ntilbage,  så snart', 'vi vender tilbage, så snart', 0]]);
  });

  it('the longest entry wins where two overlap; emoji match inside ZWJ sequences', () => {
    expect(found(['haha', 'hahaha', '#lol', 'lol'], 'hahaha #lol')).toEqual([
      ['hahaha', 'hahaha', 0],
      ['#lol', '#lol', 7],
    ]);
    expect(found(['🤷'], 'Tja 🤷‍♀️')).toEqual([['🤷', '🤷', 4]]);
  });
});
