import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { findReplySignature } from '../../src/checks/lib/signature.js';

const lexicon = parse(readFileSync(new URL('../../rules/lexicon/units.yml', import.meta.url), 'utf8')) as {
  groups: Record<string, string[]>;
};
const NAMES = {
  region: lexicon.groups['region']!,
  units: [...lexicon.groups['units']!, ...lexicon.groups['former-names']!],
};

describe('findReplySignature: signed replies', () => {
  it.each([
    ['slash + comma', 'Tak for din besked.\n/Mette, Aalborg Universitetshospital', 'Mette', 'Aalborg Universitetshospital', '/Mette, Aalborg Universitetshospital'],
    ['slash + en dash', 'Tak for din besked.\n/Mette – Aalborg Universitetshospital', 'Mette', 'Aalborg Universitetshospital', '/Mette – Aalborg Universitetshospital'],
    ['Venlig hilsen on one line', 'Godt spørgsmål!\nVenlig hilsen Jens, Regionshospital Nordjylland', 'Jens', 'Regionshospital Nordjylland', 'Venlig hilsen Jens, Regionshospital Nordjylland'],
    ['Mvh.', 'Vi ses i morgen.\nMvh. Jens, Region Nordjylland', 'Jens', 'Region Nordjylland', 'Mvh. Jens, Region Nordjylland'],
    ['Hilsen … fra …', 'Tak!\nHilsen Sofie fra Psykiatrien i Region Nordjylland', 'Sofie', 'Psykiatrien i Region Nordjylland', 'Hilsen Sofie fra Psykiatrien i Region Nordjylland'],
    ['three lines', 'Tak for din ros.\n\nVenlig hilsen\nJens\nRegionshospital Nordjylland\n', 'Jens', 'Regionshospital Nordjylland', 'Venlig hilsen\nJens\nRegionshospital Nordjylland'],
    ['hyphen', 'Det gør vi gerne.\n- Anne, Den Præhospitale Virksomhed', 'Anne', 'Den Præhospitale Virksomhed', '- Anne, Den Præhospitale Virksomhed'],
    ['at the end of the only line', 'Tak for din besked! /Mette, Aalborg Universitetshospital', 'Mette', 'Aalborg Universitetshospital', '/Mette, Aalborg Universitetshospital'],
    ['unit in lower case, full name', 'Tak.\n/Anne-Marie Sørensen, aalborg universitetshospital', 'Anne-Marie Sørensen', 'Aalborg Universitetshospital', '/Anne-Marie Sørensen, aalborg universitetshospital'],
    ['department before the unit', 'Tak.\n/Mette, Ortopædkirurgi, Aalborg Universitetshospital', 'Mette', 'Aalborg Universitetshospital', '/Mette, Ortopædkirurgi, Aalborg Universitetshospital'],
    ['former name', 'Tak.\n/Mette, Aalborg UH', 'Mette', 'Aalborg UH', '/Mette, Aalborg UH'],
    ['greeting line, then person + unit', 'Tak.\nVenlig hilsen\nJens, Regionshospital Nordjylland', 'Jens', 'Regionshospital Nordjylland', 'Venlig hilsen\nJens, Regionshospital Nordjylland'],
    ['two lines, no greeting', 'Tak for din besked.\nJens Hansen\nRegionshospital Nordjylland', 'Jens Hansen', 'Regionshospital Nordjylland', 'Jens Hansen\nRegionshospital Nordjylland'],
    ['CRLF line endings', 'Tak.\r\nMvh.\r\n/Mette\r\nPsykiatrien\r\n', 'Mette', 'Psykiatrien', 'Mvh.\r\n/Mette\r\nPsykiatrien'],
    ['no marker, after a sentence', 'Tak for din besked. Mette, Aalborg Universitetshospital', 'Mette', 'Aalborg Universitetshospital', 'Mette, Aalborg Universitetshospital'],
    // A unit in the genitive before a department word: person + unit.
    ['genitive region + department', 'Tak.\n/Mette, Region Nordjyllands presseafdeling', 'Mette', 'Region Nordjylland', '/Mette, Region Nordjyllands presseafdeling'],
    ['genitive unit + department, greeting', 'Tak.\nHilsen Lars, Aalborg Universitetshospitals akutmodtagelse', 'Lars', 'Aalborg Universitetshospital', 'Hilsen Lars, Aalborg Universitetshospitals akutmodtagelse'],
    ['genitive on the line below the person', 'Tak.\nVenlig hilsen\nJonas\nRegion Nordjyllands kommunikationsafdeling', 'Jonas', 'Region Nordjylland', 'Venlig hilsen\nJonas\nRegion Nordjyllands kommunikationsafdeling'],
  ])('%s', (_label, text, person, unit, span) => {
    const sig = findReplySignature(text, NAMES);
    expect(sig).not.toBeNull();
    expect(sig!.person).toBe(person);
    expect(sig!.unit).toBe(unit);
    expect(text.slice(sig!.start, sig!.end)).toBe(span);
  });
});

describe('findReplySignature: not signed', () => {
  it.each([
    ['unit only, slash', 'Tak for din besked.\n/Aalborg Universitetshospital'],
    ['unit only, Mvh.', 'Tak for din besked.\nMvh. Region Nordjylland'],
    ['greeting and unit on two lines, no person', 'Tak.\nVenlig hilsen\nRegionshospital Nordjylland'],
    ['person only', 'Tak for din besked.\n/Mette'],
    ['person only, greeting', 'Tak for din besked.\nVenlig hilsen Jens'],
    ['unit named in the body, not in the signature', 'Du kan ringe til Aalborg Universitetshospital.\n/Mette'],
    ['unit in a sentence on the last line', 'Du kan kontakte Aalborg Universitetshospital på 97 64 80 00.'],
    ['imperative, not a person', 'Tak.\n- Ring til os, Aalborg Universitetshospital'],
    ['greeting word as person', 'Tak, Aalborg Universitetshospital'],
    ['body line above a unit line', 'Tak for din besked.\nAalborg Universitetshospital'],
    ['unknown unit', 'Tak.\n/Mette, Afsnit S7'],
    ['empty text', ''],
    ['white space only', '  \n\n '],
    ['signature not on the last line', '/Mette, Aalborg Universitetshospital\nPS: husk at tage medicinlisten med.'],
    ['genitive unit, no person', 'Tak for din besked.\n/Region Nordjyllands presseafdeling'],
    ['genitive unit after a greeting, no person', 'Tak for din besked.\nMvh. Aalborg Universitetshospitals akutmodtagelse'],
  ])('%s', (_label, text) => {
    expect(findReplySignature(text, NAMES)).toBeNull();
  });

  it('returns null when no names are configured', () => {
    expect(findReplySignature('/Mette, Aalborg Universitetshospital', { region: [], units: [] })).toBeNull();
  });

  it('treats names as literals', () => {
    const names = { region: ['Region (Nord)'], units: ['A.B'] };
    expect(findReplySignature('/Mette, Region (Nord)', names)?.unit).toBe('Region (Nord)');
    expect(findReplySignature('/Mette, AxB', names)).toBeNull();
  });
});
