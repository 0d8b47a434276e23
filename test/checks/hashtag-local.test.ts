import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

const RULE = 'hashtag/local';
const ig = (body: string, type = 'post') =>
  `---\nplatform: instagram\npage: Region Nordjylland\ntype: ${type}\nmedia:\n  - src: a.jpg\n    alt: Et billede\n    people: none\n---\n${body}\n`;
const hits = (text: string, config?: Record<string, unknown>) =>
  lintText(text, config ? { config } : {}).messages.filter((m) => m.ruleId === RULE);

describe('hashtag-local (hashtag/local)', () => {
  it('an Instagram post without a local hashtag is reported at its hashtags', () => {
    const [m] = hits(ig('Mød vores nye sygeplejersker.\n\n#sygeplejerske #hospital'));
    expect(m).toMatchObject({ severity: 1, messageId: 'default', line: 12, column: 1, endColumn: 25, platforms: ['instagram'] });
    expect(m!.message).toContain('#nordjylland, #aalborg, #hjørring');
  });

  it('with no hashtags at all, it points at the start of the post', () => {
    expect(hits(ig('Mød vores nye sygeplejersker.'))[0]).toMatchObject({ messageId: 'noHashtags', line: 10 });
  });

  it.each(['#aalborg', '#Aalborg', '#Hjørring', '#hjoerring', '#HJØRRING', '#Læsø', '#laesoe', '#nordjylland', '#NykøbingMors', '#Vesthimmerland', '#Ålbæk', '#aalbaek'])(
    '%s is local (case and æ/ae, ø/oe, å/aa do not matter)',
    (tag) => {
      expect(hits(ig(`Mød vores nye sygeplejersker.\n\n#sygeplejerske ${tag}`))).toEqual([]);
    },
  );

  it('config localHashtags extends the list', () => {
    const text = ig('Mød vores nye sygeplejersker.\n\n#sygeplejerske #Hospitalsbyen');
    expect(hits(text)).toHaveLength(1);
    expect(hits(text, { localHashtags: ['#hospitalsbyen'] })).toEqual([]);
  });

  it('replies are exempt, and other platforms have no such rule', () => {
    expect(hits(ig('Tak for din kommentar.', 'reply').replace('type: reply', 'type: reply\nin-reply-to: https://www.instagram.com/p/abc'))).toEqual([]);
    expect(hits('---\nplatform: facebook\npage: Region Nordjylland\n---\nHej #sygeplejerske\n')).toEqual([]);
  });
});
