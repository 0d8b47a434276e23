import { describe, expect, it } from 'vitest';
import { draft, lintText } from '../support/lint.js';

const RULE = 'tone/vocabulary';
const hits = (body: string, config: Record<string, unknown> = {}) =>
  lintText(draft(body), { config }).messages.filter((m) => m.ruleId === RULE);

describe('vocabulary (tone/vocabulary)', () => {
  it('reports old unit names with the current name', () => {
    const [m] = hits('Hanne har arbejdet på Aalborg Sygehus i 40 år.');
    expect(m).toMatchObject({ messageId: 'default', line: 5, column: 23, endColumn: 38, severity: 1 });
    expect(m!.message).toBe('Skriv »Aalborg Universitetshospital« i stedet for »Aalborg Sygehus«.');
    expect(hits('Region Nord har nye ambulancer. Region Nordjylland har nye ambulancer.')).toHaveLength(1);
  });

  it('reports the words of config vocabulary.reject, in any case', () => {
    const config = { vocabulary: { reject: ['borgerservice', 'patientforløb'] } };
    const found = hits('Borgerservice hjælper dig. Dit patientforløb er i gode hænder.', config);
    expect(found.map((m) => m.messageId)).toEqual(['rejected', 'rejected']);
    expect(found[0]!.message).toBe('»Borgerservice« står på listen over ord, vi ikke bruger (vocabulary.reject). Skriv det med andre ord.');
  });

  it('leaves words inside links and e-mail addresses alone', () => {
    const config = { vocabulary: { reject: ['borgerservice'] } };
    expect(hits('Læs mere på https://rn.dk/borgerservice eller skriv til borgerservice@rn.dk.', config)).toEqual([]);
  });

  it('vocabulary.accept wins', () => {
    expect(hits('Region Nord inviterer.', { vocabulary: { accept: ['Region Nord'] } })).toEqual([]);
  });

  it('is quiet on a post without rejected words', () => {
    expect(hits('Sygehusapoteket i Aalborg og Aalborg Universitetshospital, Thisted.')).toEqual([]);
  });
});
