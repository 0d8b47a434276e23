/**
 * Disable comments, as HTML comments in the draft (ESLint's words):
 *   <!-- rnsocial-disable tone/officialese -->  …  <!-- rnsocial-enable tone/officialese -->
 *   <!-- rnsocial-disable-next-line tone/officialese -- reason -->
 *   <!-- rnsocial-disable-line tone/officialese -- reason -->
 * No rule id means every rule. What a comment may switch off is the rule's own choice
 * (`inlineDisable` in its pack): a CPR number is never hidden by a comment, and case handling
 * and consent only with a reason after `--`. Comments that name no known rule, or that a rule
 * refuses, are reported (draft/directive) instead of silently doing nothing.
 */
import type { Draft } from '../draft/draft.js';
import type { Range } from '../draft/types.js';

export interface Directive extends Range {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty = all rules. */
  rules: string[];
  /** The text after `--`, when there is one. */
  justification?: string;
  /** The line the comment ends on. */
  line: number;
}

/** Whether a rule can be switched off by a comment: yes, never, or only with a reason. */
export type InlineDisable = true | false | 'reason';

const DIRECTIVE = /^rnsocial-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirectives(draft: Draft): Directive[] {
  const out: Directive[] = [];
  for (const comment of draft.model.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const [list, ...reason] = (m[2] ?? '').split(/(?:^|\s)--(?:\s|$)/);
    const rules = list!.split(/[\s,]+/).filter(Boolean);
    const justification = reason.join(' -- ').trim();
    const line = draft.lines.position(comment.end).line;
    out.push({ kind: m[1] as Directive['kind'], rules, ...(justification ? { justification } : {}), start: comment.start, end: comment.end, line });
  }
  return out;
}

export interface Suppression {
  /** The comment that switches the message off. */
  directive: Directive;
}

/**
 * For a message of `ruleId` at `offset` (on `line`): the comment that switches it off, if the
 * rule allows that comment to. Remembers which comments switched something off.
 */
export class Suppressor {
  /** Comments that switched off at least one message. */
  readonly used = new Set<Directive>();
  /** Comments that tried to switch off a rule that refuses it, with that rule. */
  readonly refused = new Map<Directive, Set<string>>();

  constructor(readonly directives: readonly Directive[]) {}

  suppress(ruleId: string, policy: InlineDisable, offset: number, line: number): Suppression | undefined {
    if (this.directives.length === 0) return undefined;
    let active: Directive | undefined;
    for (const d of this.directives) {
      if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
      if (d.kind === 'disable-next-line' && line === d.line + 1) {
        active = d;
        break;
      }
      if (d.kind === 'disable-line' && line === d.line) {
        active = d;
        break;
      }
      if (d.start > offset || d.kind === 'disable-next-line' || d.kind === 'disable-line') continue;
      active = d.kind === 'disable' ? d : undefined;
    }
    if (!active) return undefined;
    if (policy === false || (policy === 'reason' && !active.justification)) {
      let rules = this.refused.get(active);
      if (!rules) this.refused.set(active, (rules = new Set()));
      rules.add(ruleId);
      return undefined;
    }
    this.used.add(active);
    return { directive: active };
  }
}
