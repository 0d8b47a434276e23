import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'platform/fold';
const fm = (platform: string, type = 'post') => ({ platform, page: 'Region Nordjylland', type });
const hits = (text: string) => lintText(text).messages.filter((m) => m.ruleId === RULE);
const sentence = (length: number) => `${'Vi'.padEnd(length - 1, ' ord').slice(0, length - 1)}.`;

describe('fold (platform/fold)', () => {
  it('Instagram folds at 125 characters', () => {
    expect(sentence(125)).toHaveLength(125);
    expect(hits(draft(`${sentence(125)} Resten kommer her.`, fm('instagram')))).toEqual([]);
    const [m] = hits(draft(`${sentence(126)} Resten kommer her.`, fm('instagram')));
    expect(m).toMatchObject({ severity: 1, messageId: 'default', line: 6, column: 126, endColumn: 127, platforms: ['instagram'] });
    expect(m!.message).toContain('Første sætning er 126 tegn, men Instagram viser kun ca. 125 tegn');
  });

  it('Facebook folds at 200, LinkedIn at 210 characters', () => {
    expect(hits(draft(sentence(200), fm('facebook')))).toEqual([]);
    expect(hits(draft(sentence(201), fm('facebook')))).toHaveLength(1);
    expect(hits(draft(sentence(210), fm('linkedin')))).toEqual([]);
    expect(hits(draft(sentence(211), fm('linkedin')))).toHaveLength(1);
  });

  it('LinkedIn also folds after 3 lines', () => {
    expect(hits(draft('🚑\n🚑\nVi søger sygeplejersker.', fm('linkedin')))).toEqual([]);
    const [m] = hits(draft('🚑\n🚑\n🚑\nVi søger sygeplejersker.', fm('linkedin')));
    expect(m).toMatchObject({ messageId: 'lines', line: 9, column: 1 });
    expect(m!.message).toContain('slutter i linje 4');
  });

  it('counts what the reader sees: an emoji is one character, Markdown and the first line break count', () => {
    const emoji = `${'👩‍⚕️'.repeat(120)} Hej.`; // 120 + 5 = 125 visible characters
    expect(hits(draft(emoji, fm('instagram')))).toEqual([]);
    expect(hits(draft(`**${sentence(124)}**`, fm('instagram')))).toHaveLength(1);
  });

  it('an inline image is an attachment, not text before the fold', () => {
    const image = `![${'En lang alt-tekst om billedet '.repeat(5)}](billeder/mette.jpg)\n\n`;
    expect(hits(draft(`${image}${sentence(120)}`, fm('instagram')))).toEqual([]);
    const [m] = hits(draft(`${image}${sentence(130)}`, fm('instagram')));
    expect(m!.message).toContain('Første sætning er 130 tegn');
  });

  it('the first sentence ends at a line break', () => {
    expect(hits(draft(`Kort første linje\n${sentence(200)}`, fm('instagram')))).toEqual([]);
  });

  it('replies are exempt, and X has no fold', () => {
    expect(hits(draft(sentence(300), fm('facebook', 'reply')))).toEqual([]);
    expect(hits(draft(sentence(250), fm('twitter')))).toEqual([]);
  });
});
