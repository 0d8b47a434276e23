/**
 * directive: problems with the disable comments themselves (draft/directive). The engine finds
 * them while it applies the comments (src/engine/disable.ts) — which rules a comment names, which
 * rules refuse it, which comments switched nothing off — so this kind only declares the messages
 * and runs nothing itself.
 */
import { defineCheckKind } from './types.js';

export const directive = defineCheckKind<Record<string, never>>({
  name: 'directive',
  meta: {
    description: 'Reports disable comments that name an unknown rule, that a rule refuses, or that switch nothing off.',
    schema: { type: 'object', additionalProperties: false },
    messages: {
      unknownRule: ['rule'],
      unknownRuleSuggestion: ['rule', 'suggestion'],
      notAllowed: ['rule'],
      needsReason: ['rule'],
      unused: ['rules'],
    },
  },
  create() {
    return () => {};
  },
});
