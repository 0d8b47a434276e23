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

  it('a link to the site counts as the site ("på rn.dk")', () => {
    const without4 = [STEP[1], STEP[2], STEP[3], STEP[5]].join(' ');
    expect(missing(`${without4} Læs mere på rn.dk/drift.`)).toEqual([]);
    expect(missing(`${without4} Læs mere på https://www.rn.dk/drift.`)).toEqual([]);
    expect(missing(`${without4} Skriv til info@rn.dk.`)).toEqual([4]);
  });

  it('phrases match across capitals, line breaks and commas', () => {
    const body = ['VI ER OPMÆRKSOMME PÅ sagen.', 'Vi\nbeklager.', 'Det er vi kede af.', 'Vi vender tilbage, så snart vi ved mere, og vi opdaterer.', 'Derfor vil vi ændre det.'].join('\n\n');
    expect(missing(body)).toEqual([]);
  });

  /** Steps the sentence takes on its own (every other step is then missing). */
  const takes = (sentence: string): number[] => [1, 2, 3, 4, 5].filter((n) => !missing(sentence).includes(n));

  // Natural crisis sentences that take a step by their form, not by a fixed phrase, and
  // sentences that look close but do not take it.
  const FORMS: Record<number, { counts: string[]; not: string[] }> = {
    1: {
      counts: [
        'Vores teknikere arbejder på at finde fejlen.',
        'Vi ved endnu ikke, hvorfor systemet gik ned.',
        'IT-afdelingen er i gang med at rette fejlen.',
        'Lige nu undersøger vi, hvad der er sket.',
        'Vi har fundet fejlen og er ved at rette den.',
      ],
      not: ['Systemet gik ned i morges.', 'Du er ved at blive stillet om til en medarbejder.', 'Mange af jer har prøvet at ringe til os i dag.'],
    },
    2: {
      counts: [
        'Det beklager vi.',
        'Derfor beklager vi, at du har ventet.',
        'Vi er kede af det.',
        'Det var en fejl, at brevene blev sendt ud.',
        'Det skyldes et nedbrud hos vores it-leverandør.',
        'På grund af en fejl hos Netcompany kan du ikke logge ind.',
      ],
      // Agentless "det beklages" and blame without an explanation are anti-patterns (danish-facts §11.2).
      not: ['Det beklages.', 'Fejlen ligger hos leverandøren.', 'En borger skriver, at vi burde undskylde.'],
    },
    3: {
      counts: [
        'Vi ved, at det er utrygt at vente på svar.',
        'Det er rigtig træls, når telefonen ikke bliver taget.',
        'Vi kan godt sætte os ind i, at mange er frustrerede.',
        'Hvor er det frustrerende for jer, der har ventet.',
      ],
      not: ['Vi forstår ikke, hvorfor systemet gik ned.', 'En borger har skrevet til os om ventetiden.', 'Det er ikke svært at se, at noget er galt.'],
    },
    4: {
      counts: [
        'Det har vi et overblik over senere i dag.',
        'Er din adresse berørt, modtager du en SMS.',
        'Du får et brev i e-Boks med en ny tid.',
        'Vi sender besked i Digital Post.',
        'Om en time ved vi mere.',
        'Vi skriver igen i morgen tidlig.',
      ],
      not: ['Nogle af jer har fået en SMS med en forkert tid.', 'Systemet gik ned i morges.'],
    },
    5: {
      counts: [
        'Skal du til blodprøve, kan du i stedet komme på hospitalet i Hjørring.',
        'Har du en tid i dag, så mød op som planlagt.',
        'Er dit barn indkaldt, skal I komme som aftalt.',
        'Hvis I har fået et brev, kan I se bort fra det.',
        'Ring til os på 97 64 00 00.',
        'Kom som aftalt.',
        'Du skal ikke gøre noget.',
        'I mellemtiden kan du ringe til Lægevagten på 70 15 03 00.',
      ],
      // What the reader cannot do is the problem; a question is not an instruction.
      not: ['Lige nu kan du ikke ringe til os.', 'Har du prøvet at ringe i dag?', 'Vi forstår godt, at du er i tvivl om, hvornår du skal komme.', 'Kontakt: afdelingens sekretær'],
    },
  };

  describe.each(Object.entries(FORMS))('step %s by its form', (n, { counts, not }) => {
    it.each(counts)('counts: %s', (sentence) => expect(takes(sentence)).toContain(Number(n)));
    it.each(not)('does not count: %s', (sentence) => expect(takes(sentence)).not.toContain(Number(n)));
  });

  it('forms do not depend on line breaks or capitals', () => {
    expect(takes('Skal du til blodprøve,\nkan du komme i morgen i stedet.')).toContain(5);
    expect(takes('Er din adresse berørt,\nmodtager du en SMS.')).toContain(4);
    expect(takes('VORES TEKNIKERE ARBEJDER PÅ AT FINDE FEJLEN.')).toContain(1);
    expect(takes('RING TIL OS PÅ 97 64 00 00.')).toContain(5);
  });

  it('a negated phrase does not count, unless the negation is listed or "ikke at" follows', () => {
    expect(takes('Vi forstår ikke, hvad der gik galt.')).not.toContain(3);
    expect(takes('Det er frustrerende ikke at kunne komme igennem.')).toContain(3);
    expect(takes('Derfor vil vi ikke længere sende breve med posten.')).toContain(5);
  });

  it('a real crisis post phrased freely takes all five steps', () => {
    const body = [
      'Lige nu kan du ikke se dine prøvesvar. Vi ved endnu ikke, hvorfor, men vores teknikere arbejder på at finde fejlen.',
      'Vi er kede af det, og vi ved, at det er utrygt at vente på et svar.',
      'Skal du bruge et svar i dag, kan du ringe til afdelingen.',
      'Det har vi et overblik over senere i dag.',
    ].join('\n\n');
    expect(missing(body)).toEqual([]);
  });

  it('only crisis posts; phrases in editor notes do not count', () => {
    expect(missing(STEP[1], 'post')).toEqual([]);
    expect(missing(`${all.replace(STEP[5], '')}\n\n<!-- Fremover: husk opfølgning -->`)).toEqual([5]);
  });
});
