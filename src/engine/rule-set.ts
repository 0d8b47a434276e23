/** The compiled rules of a run: one immutable list per platform. */
import { PLATFORMS, type Platform } from '../core/platform.js';
import type { Rule } from './rule.js';

export class RuleSet {
  /** Every rule id across all platforms, sorted. */
  readonly ids: readonly string[];

  constructor(private readonly byPlatform: ReadonlyMap<Platform | 'none', readonly Rule[]>) {
    const ids = new Set<string>();
    for (const rules of byPlatform.values()) for (const rule of rules) ids.add(rule.id);
    this.ids = Object.freeze([...ids].sort());
  }

  /** Rules for a platform; without one, only the platform-free rules (draft/*). */
  rules(platform: Platform | undefined): readonly Rule[] {
    return this.byPlatform.get(platform ?? 'none') ?? [];
  }

  /** The rule as one platform has it; without a platform, as the first platform that has it. */
  rule(id: string, platform?: Platform): Rule | undefined {
    const where = platform ? [platform] : [...PLATFORMS, 'none' as const];
    for (const p of where) {
      const rule = this.byPlatform.get(p)?.find((r) => r.id === id);
      if (rule) return rule;
    }
    return undefined;
  }
}
