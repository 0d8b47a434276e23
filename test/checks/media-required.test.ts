import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/media-required';
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);
const ig = (extra = '') => `---\nplatform: instagram\npage: Region Nordjylland\n${extra}---\n`;
const body = 'Mød Mette, som har nattevagt i Aalborg.\n\n#aalborg\n';

describe('media-required (platform/media-required)', () => {
  it('an Instagram post without an image or video is an error at the start of the post', () => {
    const [m] = hits(ig() + body);
    expect(m).toMatchObject({ severity: 2, line: 5, column: 1, endColumn: 40, platforms: ['instagram'] });
  });

  it('frontmatter media or an inline image is enough', () => {
    expect(hits(ig('media:\n  - src: mette.jpg\n    alt: Mette\n    people: none\n') + body)).toEqual([]);
    expect(hits(ig() + `![Mette ved en seng](mette.jpg)\n\n${body}`)).toEqual([]);
  });

  it('replies are comments, and other platforms do not require media', () => {
    expect(hits(ig('type: reply\nin-reply-to: https://www.instagram.com/p/abc\n') + body)).toEqual([]);
    expect(hits(draft(body, { platform: 'facebook', page: 'Region Nordjylland' }))).toEqual([]);
  });
});
