import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'crisis/five-steps';
const fm = (type = 'crisis', platform = 'facebook') => ({ platform, page: 'Aalborg Universitetshospital', type });
const missing = (body: string, type = 'crisis', lang: 'da' | 'en' = 'da') =>
  lintText(draft(body, fm(type)), { lang }).messages.filter((m) => m.ruleId === RULE).map((m) => m.messageId);

const STEP = {
  1: 'Vi er opmærksomme på, at telefonerne ikke virker.',
  2: 'Det er vores ansvar, og vi beklager.',
  3: 'Vi forstår godt, at det er frustrerende.',
  4: 'Vi opdaterer her løbende.',
  5: 'Fremover har vi en ekstra linje.',
};
const all = Object.values(STEP).join(' ');

describe('crisis-steps (crisis/five-steps)', () => {
  it('a crisis post with all five steps is fine', () => {
    expect(missing(all)).toEqual([]);
  });

  it('each missing step is reported by name', () => {
    expect(missing(STEP[2])).toEqual(['stop-escalation', 'show-empathy', 'ongoing-information', 'way-forward']);
    const messages = lintText(draft(STEP[1], fm())).messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
    expect(messages.map((m) => m.slice(0, m.indexOf('mangler')))).toEqual([
      'Trin 2 »Tag ansvar« ',
      'Trin 3 »Udvis empati« ',
      'Trin 4 »Giv løbende ny information« ',
      'Trin 5 »Vis vejen frem« ',
    ]);
  });

  it('messages point at the start of the post, as warnings, in English too', () => {
    const [m] = lintText(draft(`${STEP[1]} ${STEP[2]} ${STEP[3]} ${STEP[4]}`, fm()), { lang: 'en' }).messages.filter((x) => x.ruleId === RULE);
    expect(m).toMatchObject({ messageId: 'way-forward', severity: 1, line: 6, column: 1 });
    expect(m!.message).toMatch(/^Step 5 'Show the way forward' is missing/);
  });

  it('a clock time counts as ongoing information', () => {
    const without4 = [STEP[1], STEP[2], STEP[3], STEP[5]].join(' ');
    expect(missing(without4)).toEqual(['ongoing-information']);
    expect(missing(`${without4} Vi skriver igen kl. 14.`)).toEqual([]);
    expect(missing(`${without4} Vi skriver igen kl. 12.30.`)).toEqual([]);
    expect(missing(`${without4} Vi skriver igen klokken 9.`)).toEqual([]);
    expect(missing(`${without4} Vi har 14 senge.`)).toEqual(['ongoing-information']);
  });

  it('phrases match across capitals, line breaks and commas', () => {
    const body = ['VI ER OPMÆRKSOMME PÅ sagen.', 'Vi\nbeklager.', 'Det er vi kede af.', 'Vi vender tilbage, så snart vi ved mere, og vi opdaterer.', 'Derfor vil vi ændre det.'].join('\n\n');
    expect(missing(body)).toEqual([]);
  });

  it('only crisis posts; phrases in editor notes do not count', () => {
    expect(missing(STEP[1], 'post')).toEqual([]);
    expect(missing(`${all.replace(STEP[5], '')}\n\n<!-- Fremover: husk opfølgning -->`)).toEqual(['way-forward']);
  });
});
