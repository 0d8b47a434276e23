import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'crisis/no-humor';
const fm = (type = 'crisis') => ({ platform: 'facebook', page: 'Aalborg Universitetshospital', type });
const found = (body: string, type = 'crisis') =>
  lintText(draft(body, fm(type))).messages.filter((m) => m.ruleId === RULE).map((m) => ({ id: m.messageId, text: m.message.match(/»(.*?)«|Emojien (\S+)/u)?.slice(1).find(Boolean) }));

describe('crisis-humor (crisis/no-humor)', () => {
  it('reports laughter, emoticons, humour hashtags and laughing emoji as errors', () => {
    expect(found('Haha, telefonerne virker ikke :) lol #fail 😂 🤷‍♀️')).toEqual([
      { id: 'default', text: 'Haha' },
      { id: 'default', text: ':)' },
      { id: 'default', text: 'lol' },
      { id: 'default', text: '#fail' },
      { id: 'emoji', text: '😂' },
      { id: 'emoji', text: '🤷‍♀️' },
    ]);
    const [m] = lintText(draft('Hovsa, det gik galt.', fm())).messages.filter((x) => x.ruleId === RULE);
    expect(m).toMatchObject({ severity: 2, line: 6, column: 1, endColumn: 6 });
  });

  it('the longest marker wins (hahaha, not haha) and :D matches any case', () => {
    expect(found('Hahaha :D')).toEqual([
      { id: 'default', text: 'Hahaha' },
      { id: 'default', text: ':D' },
    ]);
  });

  it('whole words only: Lolland, grupper, nicest are not humour', () => {
    expect(found('Vi har sendt grupper til Lolland. Kl. 14:00 ved vi mere. Status: 3 ud af 4.')).toEqual([]);
  });

  it('empathetic and informative emoji are left alone', () => {
    expect(found('Vores tanker går til de berørte 💙 Ring på ☎️ 70 15 03 00 ⚠️')).toEqual([]);
  });

  it('only crisis posts: humour is welcome elsewhere (Tone-of-voice 5)', () => {
    expect(found('Haha, se vores klovne 😂', 'post')).toEqual([]);
  });

  it('vocabulary.accept can accept a marker', () => {
    const hits = lintText(draft('Ups, vi har lavet en fejl.', fm()), { config: { vocabulary: { accept: ['ups'] } } }).messages.filter((m) => m.ruleId === RULE);
    expect(hits).toEqual([]);
  });
});
