import { describe, it, expect } from 'vitest';
import {
  extractHashtags,
  extractMentions,
  extractUrls,
  hashtagProblems,
  MAX_HASHTAG_LENGTH,
  normaliseHashtag,
} from '../../src/checks/lib/twitter.js';

const kinds = (text: string, known?: string[]) =>
  hashtagProblems(text, known).map((p) => ({ kind: p.kind, tag: p.tag, span: text.slice(p.start, p.end) }));

describe('extractHashtags', () => {
  it('treats æ, ø and å as hashtag letters', () => {
    expect(extractHashtags('Fra #Hjørring til #Læsø og #Ålbæk')).toEqual([
      { tag: 'Hjørring', start: 4, end: 13 },
      { tag: 'Læsø', start: 18, end: 23 },
      { tag: 'Ålbæk', start: 27, end: 33 },
    ]);
  });
  it('stops at a hyphen and refuses digits only, like X', () => {
    expect(extractHashtags('#Region-Nordjylland #2026').map((h) => h.tag)).toEqual(['Region']);
  });
  it('ignores a # inside a URL', () => {
    expect(extractHashtags('Se https://rn.dk/side#afsnit')).toEqual([]);
  });
});

describe('hashtagProblems: fine tags', () => {
  it.each([
    ['#Aalborg'],
    ['#Hjørring'],
    ['#SundhedForAlle'],
    ['Vi ses i #Aalborg.'],
    ['Godt nyt om #sundhed, #trivsel; og #Thy!'],
    ['(#sundhed)'],
    ['»#Nørresundby«'],
    ['#sundheds- og trivselsdag'],
    ['#1st #that1time #easyas123'],
    ['#Aalborg/#Hjørring'],
    ['#sundhed💙'],
    ['#RegionNordjylland #igodehænder'],
    ['Vi er #1 i Danmark og top #10'],
    ['C# og &#39; og https://rn.dk/#top'],
    ['#sundhed.Tak for i dag'],
  ])('%s', (text) => {
    expect(hashtagProblems(text)).toEqual([]);
  });
});

describe('hashtagProblems: broken tags', () => {
  it('#Region-Nordjylland is cut at the hyphen; the span covers the intended token', () => {
    expect(hashtagProblems('Tak til #Region-Nordjylland.')).toEqual([
      { start: 8, end: 27, kind: 'punctuation', tag: 'Region-Nordjylland' },
    ]);
  });
  it('#COVID-19 and en dash', () => {
    expect(kinds('#COVID-19 og #Aalborg–Hjørring')).toEqual([
      { kind: 'punctuation', tag: 'COVID-19', span: '#COVID-19' },
      { kind: 'punctuation', tag: 'Aalborg–Hjørring', span: '#Aalborg–Hjørring' },
    ]);
  });
  it('apostrophe, slash, colon and a lower-case domain-like dot', () => {
    expect(kinds("#Nordjylland's #Aalborg/Hjørring #x:y #rn.dk").map((k) => k.kind)).toEqual([
      'punctuation',
      'punctuation',
      'punctuation',
      'punctuation',
    ]);
  });
  it('two tags glued together are both refused', () => {
    expect(kinds('Se #sundhed#trivsel her')).toEqual([
      { kind: 'punctuation', tag: 'sundhed#trivsel', span: '#sundhed#trivsel' },
    ]);
  });
  it('#2026 is digits only', () => {
    expect(hashtagProblems('Godt nytår #2026!')).toEqual([{ start: 11, end: 16, kind: 'digits-only', tag: '2026' }]);
    expect(kinds('#112').map((k) => k.kind)).toEqual(['digits-only']);
  });
  it('#2026-valg counts as punctuation (removing the hyphen fixes it)', () => {
    expect(kinds('#2026-valg')).toEqual([{ kind: 'punctuation', tag: '2026-valg', span: '#2026-valg' }]);
  });
  it('"#i gode hænder" and "#Region Nordjylland" spell known tags with spaces', () => {
    expect(kinds('Vi er #i gode hænder i dag')).toEqual([
      { kind: 'space', tag: 'i gode hænder', span: '#i gode hænder' },
    ]);
    expect(kinds('#Region Nordjylland.')).toEqual([
      { kind: 'space', tag: 'Region Nordjylland', span: '#Region Nordjylland' },
    ]);
  });
  it('the space heuristic uses the caller’s list and normalises æ/ø/å', () => {
    expect(kinds('#Nykoebing Mors', ['nykøbingmors']).map((k) => k.kind)).toEqual(['space']);
    expect(kinds('#Nykøbing Mors', [])).toEqual([]);
    // #Aalborg is itself a known tag, so "#Aalborg Universitetshospital" is not reported
    expect(kinds('#Aalborg Universitetshospital', ['aalborg', 'aalborguniversitetshospital'])).toEqual([]);
    expect(kinds('#Aalborg Universitetshospital').map((k) => k.kind)).toEqual(['space']);
    // a line break is not a space inside one tag
    expect(kinds('#Region\nNordjylland')).toEqual([]);
  });
  it(`over ${MAX_HASHTAG_LENGTH} characters is too long`, () => {
    const long = 'a'.repeat(MAX_HASHTAG_LENGTH + 1);
    expect(kinds(`#${long}`)).toEqual([{ kind: 'too-long', tag: long, span: `#${long}` }]);
    expect(kinds(`#${'a'.repeat(MAX_HASHTAG_LENGTH)}`)).toEqual([]);
  });
  it('reports several problems in text order', () => {
    expect(kinds('#2026 og #Region-Nordjylland').map((k) => k.kind)).toEqual(['digits-only', 'punctuation']);
  });
});

describe('normaliseHashtag', () => {
  it('maps æ/ø/å to ae/oe/aa, lower-cases and drops #', () => {
    expect(normaliseHashtag('#Hjørring')).toBe('hjoerring');
    expect(normaliseHashtag('hjoerring')).toBe('hjoerring');
    expect(normaliseHashtag('#Læsø')).toBe(normaliseHashtag('laesoe'));
    expect(normaliseHashtag('Ålborg')).toBe(normaliseHashtag('Aalborg'));
    expect(normaliseHashtag('#SÆBY')).toBe('saeby');
  });
});

describe('extractUrls / extractMentions', () => {
  it('finds bare domains and protocol URLs', () => {
    expect(extractUrls('Læs mere på rn.dk/sundhed og https://x.com. Tak')).toEqual([
      { url: 'rn.dk/sundhed', start: 12, end: 25 },
      { url: 'https://x.com', start: 29, end: 42 },
    ]);
  });
  it('finds mentions without the @ and skips lists', () => {
    expect(extractMentions('Hej @RegionNord og @bruger/liste')).toEqual([{ username: 'RegionNord', start: 4, end: 15 }]);
  });
});
