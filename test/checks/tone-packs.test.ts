/** The tone rules that use generic kinds: per-platform limits from the packs, fixes, messages. */
import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const fm = (platform: string) => ({ platform, page: 'Region Nordjylland' });
const hits = (rule: string, body: string, platform = 'facebook', config: Record<string, unknown> = {}) =>
  lintText(draft(body, fm(platform)), { config }).messages.filter((m) => m.ruleId === rule);

describe('tone/officialese', () => {
  it('fixes one-to-one swaps, keeping capitalisation, and only suggests the rest', () => {
    const found = hits('tone/officialese', 'Vedrørende parkering: Såfremt du kommer, skal du rette henvendelse til os. VEDR. P-huset.');
    expect(found.map((m) => m.fix?.text)).toEqual(['Om', 'Hvis', undefined, 'OM']);
    expect(found[2]!.message).toContain('i stedet for »rette henvendelse til«');
  });

  it('leaves "i givet fald", "i så fald", "samtale" and "benytter sig af" unfixed', () => {
    expect(hits('tone/officialese', 'I så fald, og i givet fald, tager vi en samtale.')).toEqual([]);
    const [m] = hits('tone/officialese', 'Du benytter dig af tilbuddet.');
    expect(m?.fix).toBeUndefined();
  });
});

describe('tone/nominal-style', () => {
  it('finds inflected support-verb forms and never fixes', () => {
    const found = hits('tone/nominal-style', 'Vi foretog en vurdering. Lægen har foretaget en undersøgelse. Der foretages en ændring.');
    expect(found.map((m) => m.message.match(/i stedet for »(.+?)«/)![1])).toEqual(['foretog en vurdering', 'foretaget en undersøgelse', 'foretages en ændring']);
    expect(found.every((m) => m.fix === undefined)).toBe(true);
  });
});

describe('tone/readability', () => {
  const hard = 'Regionsrådet i Nordjylland har vedtaget en omfattende handlingsplan for forebyggelse af livsstilssygdomme blandt borgere i yderområderne, hvor sundhedsfaglige medarbejdere etablerer forpligtende samarbejdsrelationer. Implementeringen påbegyndes efter sommerferien og evalueres løbende af forskere.';

  it('uses the platform maximum: Facebook and Instagram 40, LinkedIn and Twitter 45', () => {
    const [m] = hits('tone/readability', hard);
    expect(m!.message).toMatch(/^Teksten har LIX \d+, men højst 40 her\./);
    expect(hits('tone/readability', hard, 'linkedin')[0]!.message).toContain('højst 45');
  });

  it('a text with LIX 42 is flagged on Facebook and Instagram but not on LinkedIn and Twitter', () => {
    // 38 words, 3 sentences, 11 long words: 38 / 3 + 100 × 11 / 38 = 12.7 + 28.9 ≈ 42.
    const body =
      'Vi har fået en ny scanner på hospitalet i Hobro. Den er hurtigere og mere stille end den gamle maskine. Patienterne skal ligge stille i kortere tid, og undersøgelsen er overstået efter femten minutter hos radiograferne i afdelingen.';
    expect(hits('tone/readability', body, 'facebook')[0]!.message).toMatch(/^Teksten har LIX 42, men højst 40 her/);
    expect(hits('tone/readability', body, 'instagram')).toHaveLength(1);
    expect(hits('tone/readability', body, 'linkedin')).toEqual([]);
    expect(hits('tone/readability', body, 'twitter')).toEqual([]);
  });

  it('skips posts below the minimum word count (30; Twitter 20)', () => {
    const short = 'Sundhedsfaglige medarbejdere etablerer forpligtende samarbejdsrelationer med kommunale sundhedscentre.';
    expect(hits('tone/readability', short)).toEqual([]);
    expect(hits('tone/readability', short, 'twitter')).toEqual([]);
  });

  it('leaves hashtags, URLs, numbers and emoji out of the word count', () => {
    const body = 'Tak til de 2.500 nye donorer. Du hjælper tre andre hver gang. Kom igen i 2027 🩸 Find en tid her: https://www.rn.dk/sundhed/til-patienter-og-paaroerende/blodbank #bloddonorerdanmark #aalborguniversitetshospital #sundhedsvæsenet';
    expect(hits('tone/readability', body, 'facebook', { rules: { 'tone/readability': ['warn', { minWords: 1, max: 20 }] } })).toEqual([]);
  });
});

describe('tone/sentence-length', () => {
  it('warns above 20 words on every platform, configurable', () => {
    const twenty = Array.from({ length: 20 }, () => 'ord').join(' ') + '.';
    const long = Array.from({ length: 21 }, () => 'ord').join(' ') + '.';
    for (const platform of ['facebook', 'instagram', 'linkedin', 'twitter']) {
      expect(hits('tone/sentence-length', twenty, platform)).toEqual([]);
      expect(hits('tone/sentence-length', long, platform)[0]!.message).toBe('Sætningen har 21 ord (højst 20). Del den op: én pointe pr. sætning.');
    }
    expect(hits('tone/sentence-length', long, 'facebook', { rules: { 'tone/sentence-length': ['warn', { max: 25 }] } })).toEqual([]);
  });
});

describe('tone/emoji', () => {
  it('uses the platform maximum: facebook 3, instagram 5, linkedin 2, twitter 2', () => {
    const post = (n: number) => `Tak for i dag ${'🎉'.repeat(n)}`;
    for (const [platform, max] of [['facebook', 3], ['instagram', 5], ['linkedin', 2], ['twitter', 2]] as const) {
      expect(hits('tone/emoji', post(max), platform)).toEqual([]);
      expect(hits('tone/emoji', post(max + 1), platform)[0]!.message).toBe(`${max + 1} emojis er for mange her (højst ${max}). Lad ordene bære budskabet.`);
    }
  });

  it('counts a ZWJ sequence or a flag as one emoji', () => {
    expect(hits('tone/emoji', 'Mød holdet 👩‍⚕️👨‍⚕️🧑‍⚕️', 'facebook')).toEqual([]);
    expect(hits('tone/emoji', 'Mød holdet 👨‍👩‍👧🇩🇰', 'linkedin')).toEqual([]);
  });
});
