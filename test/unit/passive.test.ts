import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { findPassives, loadPassiveLexicon, type Token } from '../../src/checks/lib/passive.js';

const yamlText = readFileSync(
  fileURLToPath(new URL('../../rules/lexicon/passive.yml', import.meta.url)),
  'utf8',
);
const lexicon = loadPassiveLexicon(yamlText);

/** Words of one sentence with their offsets, as the caller produces them. */
function tokenize(sentence: string): Token[] {
  const segmenter = new Intl.Segmenter('da', { granularity: 'word' });
  return [...segmenter.segment(sentence)]
    .filter((s) => s.isWordLike)
    .map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));
}

function passives(sentence: string) {
  return findPassives(tokenize(sentence), lexicon);
}

describe('loadPassiveLexicon', () => {
  it('builds lower-cased sets from every group', () => {
    expect(lexicon.deponents.has('synes')).toBe(true);
    expect(lexicon.reciprocals.has('mødes')).toBe(true);
    expect(lexicon.nonVerbs.has('diabetes')).toBe(true);
    expect(lexicon.modals.has('skal')).toBe(true);
    expect(lexicon.bliveForms.has('blevet')).toBe(true);
    expect(lexicon.bliveExclusions.has('født')).toBe(true);
    expect(lexicon.strongParticiples.has('givet')).toBe(true);
    expect(lexicon.sPassiveVerbs.has('behandles')).toBe(true);
    expect(lexicon.determiners.has('vores')).toBe(true);
  });

  it('lower-cases and trims words', () => {
    const small = loadPassiveLexicon(`
groups:
  deponents: [" Synes "]
  reciprocals: []
  non-verbs: []
  modals: [Skal]
  blive-forms: []
  blive-exclusions: []
  strong-participles: []
  s-passive-verbs: []
  determiners: []
`);
    expect([...small.deponents]).toEqual(['synes']);
    expect([...small.modals]).toEqual(['skal']);
  });

  it('throws a clear error for a missing or malformed group', () => {
    expect(() => loadPassiveLexicon('words: [a]')).toThrow(/groups/);
    expect(() => loadPassiveLexicon('groups:\n  deponents: [synes]\n')).toThrow(/reciprocals/);
    expect(() =>
      loadPassiveLexicon(yamlText.replace('  modals:\n', '  modals-old:\n')),
    ).toThrow(/"modals"/);
    expect(() => loadPassiveLexicon('groups:\n  deponents: [1, 2]\n')).toThrow(/deponents/);
  });
});

describe('findPassives – good active Danish gives no hits', () => {
  const active = [
    'Jeg synes, det er en god idé.',
    'Det lykkedes os at finde en løsning.',
    'Vi ses på Åbent Hospital i Hospitalsbyen.',
    'Aalborg Kommunes sundhedshus har åbent hele ugen.',
    'Tal med deres læge, hvis de har spørgsmål.',
    'Vi har et fælles ansvar for patienterne.',
    'Mange nordjyder lever med diabetes.',
    'Hvis du har feber, skal du blive hjemme.',
    'Vi bliver glade, når I giver os besked.',
    'Hun blev født på Aalborg Universitetshospital i 1998.',
    'Det bliver godt at se jer igen.',
    'Vi er klar til at tage imod dig.',
    'Afdelingen er lukket i weekenden.',
    'Bussen kører fra hovedindgangen hver halve time.',
    'Vores sygeplejersker trives med det nye system.',
    'Der findes mange tilbud til pårørende.',
    'Vi mødes ved informationen kl. 10.',
    'Børnene længes efter at komme hjem.',
    'Det var ellers en travl dag på skadestuen.',
    'Tak for en god dag, og vi ses igen næste år.',
    'Stress kan ramme alle.',
    'Husk at tage dit sundhedskort med.',
    'Det bliver spændende at følge projektet.',
    'Han blev rask og kom hjem i går.',
    'Vi bliver ved med at forbedre vores tilbud.',
    'Sygeplejerskerne og lægerne hjælpes ad på afdelingen.',
    'Det blev en god dag for alle.',
    'Blodprøven viser, at alles værdier er fine.',
    'Du skal dels medbringe medicin, dels dit sundhedskort.',
    'Vi ved, at børnenes trivsel er vigtig.',
    'Han blev på hospitalet i tre dage.',
    'Hvad blev resultatet af undersøgelsen?',
    'Det bliver snart varmt igen.',
    'Vi bliver bedre og bedre til at hjælpe dig.',
    'Det blev et rigtig flot arrangement.',
    'Det blev hurtigt tydeligt, at vi manglede hænder.',
    'Vi bliver nødt til at aflyse.',
    'Det blev en succes.',
    'Det er Region Nordjyllands ansvar at drive hospitalerne.',
    'Du er velkommen til at skrive til os, hvis du har spørgsmål.',
    'Resultatet blev meget bedre end forventet.',
    'Vi blev overrasket over, hvor mange der kom.',
    'Hun blev gift med sin kæreste i sommer.',
    'Det bliver sent, før vi er færdige.',
    'Jeres feedback gør os klogere.',
    'Herpes og psoriasis er almindelige sygdomme.',
    'Vi har gratis parkering ved Lægevagtens indgang.',
    'Hun blev bekymret for sin mor.',
    'Vi kan godt lide vores nye lokaler.',
    'Vi skrives ved i næste uge.',
    'Det blev til et godt samarbejde mellem hospitalerne.',
    'Se vores stories på Instagram.',
    'Vi ringes ved, når prøvesvaret er klar.',
    'Hvis du vil vide mere, så kontakt os.',
    'Han bliver glad, når solen skinner.',
    'Det blev meget sent i går.',
    'Vi savner allerede vores kollega.',
    'Behandlingen foregår på Regionshospital Nordjyllands afdeling i Hjørring.',
    'Hospitalet bliver Nordjyllands største arbejdsplads.',
    'Vi bliver mere og mere digitale.',
    'Det bliver muligt at booke tid online.',
    'Projektet blev en stor succes.',
    'Der er sket en fejl.',
    'Patienter med diabetes skal huske deres medicin.',
    'Vi bliver her hele dagen.',
    'Vi ved, at mange pårørendes hverdag er hård.',
  ];

  it('has at least 25 natural sentences', () => {
    expect(active.length).toBeGreaterThanOrEqual(25);
  });

  it.each(active)('%s', (sentence) => {
    expect(passives(sentence)).toEqual([]);
  });
});

describe('findPassives – passive sentences are found at the right offsets', () => {
  const cases: Array<[string, Array<[string, 's-passive' | 'blive-passive']>]> = [
    ['Tiden aflyses, hvis du er syg.', [['aflyses', 's-passive']]],
    ['Du bliver kontaktet af en sygeplejerske.', [['bliver kontaktet', 'blive-passive']]],
    ['Patienten blev opereret i går.', [['blev opereret', 'blive-passive']]],
    ['Det beklages, at ventetiden er lang.', [['beklages', 's-passive']]],
    ['Der arbejdes på at finde en løsning.', [['arbejdes', 's-passive']]],
    ['Medicin må ikke medbringes.', [['medbringes', 's-passive']]],
    ['Du vil blive indkaldt til en samtale.', [['blive indkaldt', 'blive-passive']]],
    ['Alle patienter tilbydes en samtale med en læge.', [['tilbydes', 's-passive']]],
    ['Prøven skal sendes til laboratoriet.', [['sendes', 's-passive']]],
    ['Hun er blevet undersøgt på skadestuen.', [['blevet undersøgt', 'blive-passive']]],
    [
      'Borgere over 65 år opfordres til at blive vaccineret.',
      [
        ['opfordres', 's-passive'],
        ['blive vaccineret', 'blive-passive'],
      ],
    ],
    ['Hvornår blev det besluttet at lukke afsnittet?', [['blev det besluttet', 'blive-passive']]],
    ['Mange patienter opereres nu i dagkirurgi.', [['opereres', 's-passive']]],
    ['Ansøgningen kan indleveres på rn.dk.', [['indleveres', 's-passive']]],
    ['Kan det ændres?', [['ændres', 's-passive']]],
    ['Du bliver snart kontaktet af os.', [['bliver snart kontaktet', 'blive-passive']]],
    ['Skal der bestilles tid?', [['bestilles', 's-passive']]],
    ['Det forventes, at byggeriet er færdigt i 2026.', [['forventes', 's-passive']]],
    ['For at undgå smitte skal hænderne vaskes.', [['vaskes', 's-passive']]],
    ['Vi håber, at alle vil blive behandlet med respekt.', [['blive behandlet', 'blive-passive']]],
    ['Patienterne blev overflyttet til Thisted.', [['blev overflyttet', 'blive-passive']]],
    ['Det er vigtigt at informeres om risikoen.', [['informeres', 's-passive']]],
    ['Der udsendes nye retningslinjer i morgen.', [['udsendes', 's-passive']]],
    ['Mødet er blevet aflyst.', [['blevet aflyst', 'blive-passive']]],
    ['Svaret blev sendt med Digital Post.', [['blev sendt', 'blive-passive']]],
    ['Patienter henvises af egen læge.', [['henvises', 's-passive']]],
    ['Opereres du i dag, må du ikke spise.', [['Opereres', 's-passive']]],
    ['Alle medarbejdere blev testet for covid.', [['blev testet', 'blive-passive']]],
    ['Blev mødet aflyst i går?', [['Blev mødet aflyst', 'blive-passive']]],
    ['Det håbes, at flere vil lade sig vaccinere.', [['håbes', 's-passive']]],
    ['Bliver projektet gennemført som planlagt?', [['Bliver projektet gennemført', 'blive-passive']]],
    ['Det blev aftalt på mødet i går.', [['blev aftalt', 'blive-passive']]],
    ['Derefter blev han udskrevet.', [['blev han udskrevet', 'blive-passive']]],
  ];

  it('has at least 15 passive sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', (sentence, expected) => {
    const hits = passives(sentence);
    expect(hits.map((h) => [h.text, h.kind])).toEqual(expected);
    for (const hit of hits) {
      expect(sentence.slice(hit.start, hit.end)).toBe(hit.text);
    }
  });

  it('reports source offsets when the sentence starts mid-text', () => {
    const text = 'Velkommen. Tiden aflyses.';
    const offset = text.indexOf('Tiden');
    const tokens = tokenize(text.slice(offset)).map((t) => ({
      ...t,
      start: t.start + offset,
      end: t.end + offset,
    }));
    expect(findPassives(tokens, lexicon)).toEqual([
      { start: text.indexOf('aflyses'), end: text.indexOf('aflyses') + 7, kind: 's-passive', text: 'aflyses' },
    ]);
  });

  it('returns no hits for an empty sentence', () => {
    expect(findPassives([], lexicon)).toEqual([]);
  });
});

describe('findPassives – exception handling', () => {
  it('rejects capitalised genitives mid-sentence', () => {
    expect(passives('Vi er stolte af Aalborg Kommunes indsats.')).toEqual([]);
  });

  it('rejects genitives after an article or possessive', () => {
    expect(passives('Hun fulgte en læges råd.')).toEqual([]);
    expect(passives('Han læste hver uges nyhedsbrev.')).toEqual([]);
  });

  it('rejects tokens with digits', () => {
    expect(passives('Se side 12s for detaljer.')).toEqual([]);
  });

  it('rejects plural genitives in -eres after a preposition', () => {
    expect(passives('Vi lytter til borgeres og brugeres ønsker.')).toEqual([]);
    expect(passives('Det er vigtigt for pendleres hverdag.')).toEqual([]);
  });

  it('does not treat neuter adjectives after blive as participles', () => {
    for (const s of [
      'Det bliver vigtigt for os.',
      'Det blev normalt igen.',
      'Det bliver nemt for dig.',
      'Det blev svært for mange.',
      'Det bliver utrygt uden lys.',
    ]) {
      expect(passives(s), s).toEqual([]);
    }
  });
});
