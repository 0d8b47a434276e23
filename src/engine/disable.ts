/**
 * Disable comments, as HTML comments in the draft (ESLint's words):
 *   <!-- rnsocial-disable tone/officialese -->  …  <!-- rnsocial-enable tone/officialese -->
 *   <!-- rnsocial-disable-next-line tone/officialese -- reason -->
 * No rule id means every rule.
 */
import type { Draft } from '../draft/draft.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty = all rules. */
  rules: string[];
  offset: number;
  line: number;
}

const DIRECTIVE = /^rnsocial-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirectives(draft: Draft): Directive[] {
  const out: Directive[] = [];
  for (const comment of draft.model.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const list = (m[2] ?? '').split(/\s--\s|^--\s|\s--$/)[0]!;
    const rules = list.split(/[\s,]+/).filter(Boolean);
    const endLine = draft.lines.position(comment.end).line;
    out.push({ kind: m[1] as Directive['kind'], rules, offset: comment.start, line: endLine });
  }
  return out;
}

/** A predicate: is a message of `ruleId` at `offset` (on `line`) switched off by a comment? */
export function createSuppressor(directives: readonly Directive[]): (ruleId: string, offset: number, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const applies = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.includes(ruleId);
  return (ruleId, offset, line) => {
    let disabled = false;
    for (const d of directives) {
      if (!applies(d, ruleId)) continue;
      if (d.kind === 'disable-next-line' && line === d.line + 1) return true;
      if (d.kind === 'disable-line' && line === d.line) return true;
      if (d.offset > offset) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
    }
    return disabled;
  };
}
