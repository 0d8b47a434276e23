import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { projectFor, ROOT } from '../support/lint.js';

const fix = (start: number, end: number, text: string) => ({ range: [start, end] as [number, number], text });

describe('applyFixes', () => {
  it('returns the text unchanged without fixes', () => {
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', applied: 0 });
  });

  it('applies fixes in position order, whatever their order in the list', () => {
    expect(applyFixes('aaa bbb ccc', [fix(8, 11, 'C'), fix(0, 3, 'A'), fix(4, 7, 'B')])).toEqual({ output: 'A B C', applied: 3 });
  });

  it('applies insertions and deletions', () => {
    expect(applyFixes('abc', [fix(0, 0, '>'), fix(1, 2, ''), fix(3, 3, '<')])).toEqual({ output: '>ac<', applied: 3 });
  });

  it('skips a fix that overlaps one already taken', () => {
    expect(applyFixes('abcdef', [fix(0, 3, 'X'), fix(2, 5, 'Y'), fix(5, 6, 'Z')])).toEqual({ output: 'XdeZ', applied: 2 });
    // the earlier start wins; on a tie the shorter range comes first
    expect(applyFixes('abcdef', [fix(1, 4, 'L'), fix(1, 2, 'S')])).toEqual({ output: 'aScdef', applied: 1 });
  });

  it('allows two fixes that touch', () => {
    expect(applyFixes('abcd', [fix(0, 2, 'X'), fix(2, 4, 'Y')])).toEqual({ output: 'XY', applied: 2 });
  });

  it('ignores fixes out of range or reversed', () => {
    expect(applyFixes('abc', [fix(2, 9, 'X'), fix(2, 1, 'Y'), fix(-1, 1, 'Z')])).toEqual({ output: 'abc', applied: 0 });
    expect(applyFixes('abc', [fix(3, 3, '!')])).toEqual({ output: 'abc!', applied: 1 });
  });

  it('does not change the input list', () => {
    const fixes = [fix(2, 3, 'b'), fix(0, 1, 'a')];
    applyFixes('xyz', fixes);
    expect(fixes.map((f) => f.range[0])).toEqual([2, 0]);
  });
});

describe('Project --fix', () => {
  const project = projectFor();
  const file = path.join(ROOT, 'draft.md');
  const encode = (s: string) => new TextEncoder().encode(s);
  const lintFixed = (text: string) => project.lintBytes(encode(text), file, true);
  const FM = '---\nplatform: facebook\npage: Region Nordjylland\n---\n';

  it('fixes officialese, keeping capitalisation', () => {
    const outcome = lintFixed(`${FM}Vedrørende mødet: VEDRØRENDE det, og såfremt det regner, kommer vi.\n`);
    expect(outcome.output).toBe(`${FM}Om mødet: OM det, og hvis det regner, kommer vi.\n`);
    expect(outcome.result.messages.filter((m) => m.ruleId === 'tone/officialese')).toEqual([]);
  });

  it('gives no output when nothing is fixable', () => {
    const outcome = lintFixed(`${FM}Vi ses til mødet i morgen.\n`);
    expect(outcome.output).toBeUndefined();
  });

  it('without fix it reports the fix but changes nothing', () => {
    const outcome = project.lintBytes(encode(`${FM}Såfremt det regner.\n`), file, false);
    expect(outcome.output).toBeUndefined();
    const m = outcome.result.messages.find((x) => x.ruleId === 'tone/officialese');
    expect(m?.fix).toEqual({ range: [FM.length, FM.length + 7], text: 'Hvis' });
    expect(outcome.result.fixableWarningCount + outcome.result.fixableErrorCount).toBeGreaterThan(0);
  });

  it('keeps the BOM and CRLF line ends', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const input = `\uFEFF${crlf(`${FM}Såfremt det regner\nvedrørende mødet, kommer vi.\n`)}`;
    const outcome = lintFixed(input);
    expect(outcome.output).toBe(`\uFEFF${crlf(`${FM}Hvis det regner\nom mødet, kommer vi.\n`)}`);
    expect(outcome.draft.bom).toBe(true);
  });

  it('is idempotent: a second pass changes nothing', () => {
    const first = lintFixed(`${FM}Såfremt du vil, og dersom det passer, vedr. mødet.\n`);
    expect(first.output).toBeDefined();
    const second = lintFixed(first.output!);
    expect(second.output).toBeUndefined();
    expect(second.result.messages.filter((m) => m.fix)).toEqual([]);
  });

  it('changes only the fixed ranges', () => {
    const input = `${FM}# Overskrift\n\nVi ses *snart*.  Såfremt det regner,\ttager vi [linket](https://rn.dk).\n\n<!-- note -->\n`;
    const outcome = lintFixed(input);
    expect(outcome.output).toBe(input.replace('Såfremt', 'Hvis'));
  });

  it('does not cut markup in half', () => {
    const input = `${FM}*I tilfælde af* at det regner, kommer vi.\n`;
    const outcome = lintFixed(input);
    expect(outcome.output).toBeUndefined();
    const m = outcome.result.messages.find((x) => x.ruleId === 'tone/officialese');
    expect(m).toBeDefined();
    expect(m!.fix).toBeUndefined();
    expect(m!.message).toContain('»I tilfælde af at«');
  });

  it('does not fix an unreadable file', () => {
    const outcome = project.lintBytes(new Uint8Array([0x53, 0xe5, 0x66, 0x72, 0x65, 0x6d, 0x74]), file, true);
    expect(outcome.output).toBeUndefined();
    expect(outcome.result.messages.map((m) => m.ruleId)).toEqual(['draft/encoding']);
  });
});
