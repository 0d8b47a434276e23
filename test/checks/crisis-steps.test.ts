import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'crisis/five-steps';
const fm = (type = 'crisis', platform = 'facebook') => ({ platform, page: 'Aalborg Universitetshospital', type });
const messages = (body: string, type = 'crisis', lang: 'da' | 'en' = 'da') => lintText(draft(body, fm(type)), { lang }).messages.filter((m) => m.ruleId === RULE);
/** The numbers of the missing steps, read from the one message. */
const missing = (body: string, type = 'crisis'): number[] => {
  const found = messages(body, type);
  expect(found.length).toBeLessThanOrEqual(1);
  const listed = /krisestyring: (.*?)\. Se/.exec(found[0]?.message ?? '')?.[1] ?? '';
  return [...listed.matchAll(/(\d) »/g)].map((m) => Number(m[1]));
};

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

  it('the missing steps are one message that names them', () => {
    expect(missing(STEP[2])).toEqual([1, 3, 4, 5]);
    const [m] = messages(STEP[1]);
    expect(m!.message).toBe(
      'Kriseopslaget mangler 4 af de fem trin for krisestyring: 2 »Tag ansvar«, 3 »Udvis empati«, 4 »Giv løbende ny information« og 5 »Vis vejen frem«. Se hvordan med »rnsocial explain crisis/five-steps«.',
    );
  });

  it('the message points at the start of the post, as a warning, in English too', () => {
    const [m] = messages(`${STEP[1]} ${STEP[2]} ${STEP[3]} ${STEP[4]}`, 'crisis', 'en');
    expect(m).toMatchObject({ messageId: 'default', severity: 1, line: 6, column: 1 });
    expect(m!.message).toBe("The crisis post misses 1 of the five steps of crisis management: 5 »Show the way forward«. See how with 'rnsocial explain crisis/five-steps'.");
  });

  it('a clock time counts as ongoing information', () => {
    const without4 = [STEP[1], STEP[2], STEP[3], STEP[5]].join(' ');
    expect(missing(without4)).toEqual([4]);
    expect(missing(`${without4} Vi skriver igen kl. 14.`)).toEqual([]);
    expect(missing(`${without4} Vi skriver igen kl. 12.30.`)).toEqual([]);
    expect(missing(`${without4} Vi skriver igen klokken 9.`)).toEqual([]);
    expect(missing(`${without4} Vi har 14 senge.`)).toEqual([4]);
  });

  it('phrases match across capitals, line breaks and commas', () => {
    const body = ['VI ER OPMÆRKSOMME PÅ sagen.', 'Vi\nbeklager.', 'Det er vi kede af.', 'Vi vender tilbage, så snart vi ved mere, og vi opdaterer.', 'Derfor vil vi ændre det.'].join('\n\n');
    expect(missing(body)).toEqual([]);
  });

  it('only crisis posts; phrases in editor notes do not count', () => {
    expect(missing(STEP[1], 'post')).toEqual([]);
    expect(missing(`${all.replace(STEP[5], '')}\n\n<!-- Fremover: husk opfølgning -->`)).toEqual([5]);
  });
});
