import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/draft/draft.js';
import { checkIsoDateTime, parseFrontmatter, FRONTMATTER_KEYS } from '../../src/draft/frontmatter.js';
import { didYouMean } from '../../src/core/suggest.js';
import type { DraftProblem } from '../../src/draft/problems.js';

/** Parse a draft with this frontmatter and return it with its problems and the text each points at. */
function withFrontmatter(yaml: string, body = 'Hej Nordjylland.\n', eol = '\n') {
  const text = `---${eol}${yaml.split('\n').join(eol)}${eol}---${eol}${body}`;
  const draft = parseText(text, 'x.md');
  const problems = draft.problems.filter((p) => p.kind === 'frontmatter');
  const at = (p: DraftProblem | { start: number; end: number }): string => text.slice(p.start, p.end);
  return { text, draft, fm: draft.frontmatter, problems, at };
}

describe('frontmatter keys', () => {
  it('reads every known key with the range of its value', () => {
    const { fm, problems, at } = withFrontmatter(
      [
        'platform: facebook',
        'page: "Region Nordjylland "',
        'type: event',
        'publish: 2026-03-02T09:30:00+01:00',
        'in-reply-to: https://facebook.com/x/1',
        'media:',
        '  - src: foto.jpg',
        '    alt: Sygeplejerske på Aalborg Universitetshospital',
        '    people: written',
        '    consent: SAG-2026-1',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(fm.platform?.values).toEqual(['facebook']);
    expect(at(fm.platform!.range)).toBe('facebook');
    expect(fm.page?.value).toBe('Region Nordjylland'); // trimmed
    expect(at(fm.page!.range)).toBe('"Region Nordjylland "');
    expect(fm.type?.value).toBe('event');
    expect(at(fm.type!.range)).toBe('event');
    expect(fm.publish).toMatchObject({ raw: '2026-03-02T09:30:00+01:00', hasOffset: true });
    expect(at(fm.publish!.range)).toBe('2026-03-02T09:30:00+01:00');
    expect(fm.inReplyTo?.value).toBe('https://facebook.com/x/1');
    expect(at(fm.inReplyTo!.range)).toBe('https://facebook.com/x/1');
    expect(fm.media).toHaveLength(1);
    expect(fm.media[0]).toMatchObject({
      origin: 'frontmatter',
      src: 'foto.jpg',
      alt: 'Sygeplejerske på Aalborg Universitetshospital',
      people: 'written',
      consent: 'SAG-2026-1',
    });
    expect(at(fm.media[0]!)).toMatch(/^src: foto\.jpg\n {4}alt: .*consent: SAG-2026-1/s);
  });

  it('reads platform as a list, with a range per value', () => {
    const { fm, problems, at } = withFrontmatter('platform: [facebook, x]');
    expect(problems).toEqual([]);
    expect(fm.platform?.values).toEqual(['facebook', 'x']); // aliases are resolved later, in platform.ts
    expect(fm.platform!.valueRanges.map(at)).toEqual(['facebook', 'x']);
    expect(at(fm.platform!.range)).toBe('[facebook, x]');
  });

  it('reads a block list of platforms', () => {
    const { fm, at } = withFrontmatter('platform:\n  - linkedin\n  - instagram');
    expect(fm.platform?.values).toEqual(['linkedin', 'instagram']);
    expect(fm.platform!.valueRanges.map(at)).toEqual(['linkedin', 'instagram']);
  });

  it('reports platform values that are not text, and keeps the good ones', () => {
    const { fm, problems, at } = withFrontmatter('platform: [facebook, 5, "", {a: 1}]');
    expect(fm.platform?.values).toEqual(['facebook']);
    expect(problems.map((p) => [p.code, at(p)])).toEqual([
      ['notPlatform', '5'],
      ['notPlatform', '""'],
      ['notPlatform', '{a: 1}'],
    ]);
  });

  it('reads a number as text for page', () => {
    const { fm, problems } = withFrontmatter('page: 112');
    expect(problems).toEqual([]);
    expect(fm.page?.value).toBe('112');
  });

  it('reports values that must be text but are not', () => {
    const { problems, at } = withFrontmatter('page: [a, b]\nin-reply-to: {a: 1}\npublish: [1]');
    expect(problems.map((p) => [p.code, p.data.key, at(p)])).toEqual([
      ['notText', 'page', '[a, b]'],
      ['notText', 'in-reply-to', '{a: 1}'],
      ['notText', 'publish', '[1]'],
    ]);
  });

  it('points an empty value at its key', () => {
    const { problems, at } = withFrontmatter('page:\ntype:   ');
    expect(problems.map((p) => [p.code, p.data.key, at(p)])).toEqual([
      ['notText', 'page', 'page'],
      ['notText', 'type', 'type'],
    ]);
  });
});

describe('wrong values', () => {
  it('suggests the closest type', () => {
    const { problems, at, fm } = withFrontmatter('type: evnet');
    expect(fm.type).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'valueSuggestion',
      data: { key: 'type', value: 'evnet', suggestion: 'event', expected: 'post | reply | crisis | job | event | campaign' },
    });
    expect(at(problems[0]!)).toBe('evnet');
  });

  it('suggests the lower-case value for a capitalised one', () => {
    const { problems } = withFrontmatter('type: Post');
    expect(problems[0]).toMatchObject({ code: 'valueSuggestion', data: { suggestion: 'post' } });
  });

  it('lists the allowed values when nothing is close', () => {
    const { problems, at } = withFrontmatter('type: nyhedsbrev');
    expect(problems[0]).toMatchObject({ code: 'value', data: { key: 'type', value: 'nyhedsbrev', expected: 'post | reply | crisis | job | event | campaign' } });
    expect(problems[0]!.data).not.toHaveProperty('suggestion');
    expect(at(problems[0]!)).toBe('nyhedsbrev');
  });

  it('checks media.people with and without a suggestion', () => {
    const { problems, at, fm } = withFrontmatter('media:\n  - src: a.jpg\n    people: situaton\n  - src: b.jpg\n    people: banan');
    expect(problems.map((p) => [p.code, p.data.key, p.data.suggestion, at(p)])).toEqual([
      ['valueSuggestion', 'media.people', 'situation', 'situaton'],
      ['value', 'media.people', undefined, 'banan'],
    ]);
    expect(fm.media.map((m) => [m.src, m.people])).toEqual([
      ['a.jpg', undefined],
      ['b.jpg', undefined],
    ]);
  });

  it('reports media that is not a list, entries that are not maps, and entries without src', () => {
    expect(withFrontmatter('media: foto.jpg').problems.map((p) => p.code)).toEqual(['notMediaList']);
    const { problems, at, fm } = withFrontmatter('media:\n  - a.jpg\n  - 5\n  - alt: uden kilde\n  - src: b.jpg\n    alt: [1]');
    expect(problems.map((p) => [p.code, at(p).trim()])).toEqual([
      ['notMediaList', '5'],
      ['missingSrc', 'alt: uden kilde'],
      ['notText', '[1]'],
    ]);
    expect(fm.media.map((m) => m.src)).toEqual(['a.jpg', '', 'b.jpg']);
    expect(at(fm.media[0]!)).toBe('a.jpg');
  });

  it('reports invalid publish dates at the value', () => {
    const { problems, at, fm } = withFrontmatter('publish: 2026-02-30T10:00');
    expect(fm.publish).toBeUndefined();
    expect(problems.map((p) => [p.code, p.data.value, at(p)])).toEqual([['notDate', '2026-02-30T10:00', '2026-02-30T10:00']]);
    expect(withFrontmatter('publish: i morgen').problems[0]).toMatchObject({ code: 'notDate', data: { key: 'publish', value: 'i morgen' } });
  });

  it('reads publish without an offset as local time', () => {
    expect(withFrontmatter('publish: 2026-03-02').fm.publish).toMatchObject({ raw: '2026-03-02', hasOffset: false });
    expect(withFrontmatter('publish: "2026-03-02 09:30"').fm.publish).toMatchObject({ raw: '2026-03-02 09:30', hasOffset: false });
    expect(withFrontmatter('publish: 2026-03-02T09:30Z').fm.publish).toMatchObject({ hasOffset: true });
  });
});

describe('unknown keys', () => {
  it('suggests the closest key', () => {
    const { problems, at } = withFrontmatter('platfrom: facebook');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknownKeySuggestion', data: { key: 'platfrom', suggestion: 'platform' } });
    expect(at(problems[0]!)).toBe('platfrom');
  });

  it('suggests in-reply-to for a near miss', () => {
    expect(withFrontmatter('in_reply_to: x').problems[0]).toMatchObject({ data: { suggestion: 'in-reply-to' } });
  });

  it('lists the known keys when nothing is close', () => {
    const { problems, at } = withFrontmatter('platform: facebook\nforfatter: Jens');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknownKey', data: { key: 'forfatter', known: FRONTMATTER_KEYS.join(', ') } });
    expect(at(problems[0]!)).toBe('forfatter');
  });

  it('reports unknown media keys as media.<key>', () => {
    const { problems, at } = withFrontmatter('media:\n  - src: a.jpg\n    atl: Et billede\n    fotograf: Jens');
    expect(problems.map((p) => [p.code, p.data.key, p.data.suggestion, at(p)])).toEqual([
      ['unknownKeySuggestion', 'media.atl', 'alt', 'atl'],
      ['unknownKey', 'media.fotograf', undefined, 'fotograf'],
    ]);
    expect(problems[1]!.data.known).toBe('src, alt, people, consent');
  });

  it('names a complex key as written', () => {
    const { problems, at } = withFrontmatter('? [a, b]\n: c');
    expect(problems[0]).toMatchObject({ code: 'unknownKey', data: { key: '[a, b]' } });
    expect(at(problems[0]!)).toBe('[a, b]');
  });
});

describe('YAML problems', () => {
  it('reports duplicate keys at the second one', () => {
    const { problems, text } = withFrontmatter('platform: facebook\nplatform: twitter');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'yaml' });
    expect(String(problems[0]!.data.detail)).toMatch(/unique/i);
    expect(problems[0]!.start).toBe(text.lastIndexOf('platform'));
  });

  it('reports invalid YAML inside the frontmatter with a one-line detail', () => {
    const { problems, text, fm } = withFrontmatter('platform: [facebook\npage: x');
    expect(problems.length).toBeGreaterThan(0);
    expect(fm.platform).toBeUndefined();
    const fmEnd = text.indexOf('\n---', 3);
    for (const p of problems) {
      expect(p.code).toBe('yaml');
      expect(String(p.data.detail)).not.toContain('\n');
      expect(p.start).toBeGreaterThanOrEqual(4);
      expect(p.end).toBeLessThanOrEqual(fmEnd + 1);
      expect(p.end).toBeGreaterThan(p.start);
    }
  });

  it('points at the bad line of a mapping', () => {
    const { problems, text } = withFrontmatter('page: x\ntype: post: reply');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.start).toBeGreaterThanOrEqual(text.indexOf('type'));
  });

  it('accepts an empty frontmatter', () => {
    const text = '---\n---\nHej.\n';
    const draft = parseText(text, 'x.md');
    expect(draft.problems).toEqual([]);
    expect(draft.frontmatter).toEqual({ media: [] });
    expect(draft.model.body.start).toBe(7);
  });

  it('accepts a frontmatter of only comments', () => {
    expect(withFrontmatter('# bare en kommentar').problems).toEqual([]);
  });

  it('reports a frontmatter that is a list or a scalar', () => {
    const list = withFrontmatter('- facebook\n- twitter');
    expect(list.problems.map((p) => [p.code, list.at(p)])).toEqual([['notMap', '- facebook\n- twitter']]);
    const scalar = withFrontmatter('bare tekst');
    expect(scalar.problems.map((p) => [p.code, scalar.at(p)])).toEqual([['notMap', 'bare tekst']]);
  });

  it('reports a frontmatter that is never closed', () => {
    const draft = parseText('---\nplatform: facebook\nHej\n', 'x.md');
    expect(draft.problems).toEqual([{ kind: 'frontmatter', code: 'unclosed', data: {}, start: 0, end: 3 }]);
  });
});

describe('ranges point into the file', () => {
  it('with CRLF line ends', () => {
    const { problems, at, fm } = withFrontmatter('platform: facebook\ntype: pst\npage: Region Nordjylland', 'Hej.\r\n', '\r\n');
    expect(at(fm.platform!.range)).toBe('facebook');
    expect(at(fm.page!.range)).toBe('Region Nordjylland');
    expect(problems.map(at)).toEqual(['pst']);
  });

  it('with trailing spaces after the opening fence', () => {
    const text = '---  \npage: Region Nordjylland\ntype: pst\n---\nHej.\n';
    const draft = parseText(text, 'x.md');
    expect(text.slice(draft.frontmatter.page!.range.start, draft.frontmatter.page!.range.end)).toBe('Region Nordjylland');
    expect(draft.problems.map((p) => text.slice(p.start, p.end))).toEqual(['pst']);
  });

  it('after a BOM-less start and with Danish letters before the value', () => {
    const { fm, at } = withFrontmatter('page: Ældrerådet i Ålborg\ntype: post');
    expect(at(fm.page!.range)).toBe('Ældrerådet i Ålborg');
    expect(at(fm.type!.range)).toBe('post');
  });

  it('parseFrontmatter adds the offset to every range', () => {
    const { frontmatter, problems } = parseFrontmatter('type: pst\npage: x', 100);
    expect(problems[0]).toMatchObject({ start: 106, end: 109 });
    expect(frontmatter.page!.range).toEqual({ start: 116, end: 117 });
  });
});

describe('checkIsoDateTime', () => {
  it.each([
    ['2026-03-02', false],
    ['2026-03-02T09:30', false],
    ['2026-03-02 09:30', false],
    ['2026-03-02T09:30:15', false],
    ['2026-03-02T09:30:15.123', false],
    ['2026-03-02T09:30Z', true],
    ['2026-03-02T09:30:00+01:00', true],
    ['2026-03-02T09:30:00-0500', true],
    ['2028-02-29', false], // leap year
    ['  2026-03-02  ', false],
    ['2026-12-31T23:59:59', false],
  ])('accepts %s', (raw, hasOffset) => {
    expect(checkIsoDateTime(raw)).toEqual({ hasOffset });
  });

  it.each([
    '2026-02-30',
    '2026-02-29', // not a leap year
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-03-02T24:00',
    '2026-03-02T09:60',
    '2026-03-02T09:30:60',
    '2026-3-2',
    '02-03-2026',
    '2. marts 2026',
    '2026-03-02T09',
    '2026-03-02T09:30+1',
    '',
  ])('rejects %s', (raw) => {
    expect(checkIsoDateTime(raw)).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('suggests only close words', () => {
    expect(didYouMean('facebok', ['facebook', 'twitter'])).toBe('facebook');
    expect(didYouMean('TWITTER', ['facebook', 'twitter'])).toBe('twitter');
    expect(didYouMean('myspace', ['facebook', 'twitter'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
