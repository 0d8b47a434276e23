/**
 * sarif: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). Every rule
 * that ran is described in tool.driver.rules (short and full description, help from
 * docs/rules/<id>.md); every message is a result with a repo-relative location and a
 * partial fingerprint that survives lines moving.
 */
import { createHash } from 'node:crypto';
import type { LintMessage, RuleInfo, SuppressedMessage } from '../core/results.js';
import type { Lang } from '../core/lang.js';
import { artifactUri } from './paths.js';
import { readRuleDoc } from '../core/rule-docs.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's limit for shortDescription and fullDescription. */
const MAX_DESCRIPTION = 1024;

const WORDS = {
  da: { source: 'Kilde i strategien', explain: 'Mere om reglen, med et dårligt og et godt eksempel' },
  en: { source: 'Strategy source', explain: 'More about the rule, with a bad and a good example' },
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration?: { level: 'error' | 'warning' };
  properties: { tags: string[]; fixable: boolean; source?: string };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function hasSource(rule: RuleInfo | undefined): rule is RuleInfo {
  return rule !== undefined && rule.source.trim() !== '' && rule.source.trim() !== '—';
}

export function describeRule(id: string, rule: RuleInfo | undefined, lang: Lang): SarifRule {
  const w = WORDS[lang];
  const description = rule ? rule.description[lang] || rule.description.da || rule.description.en : '';
  const short = (description || id).trim();
  const source = hasSource(rule) ? rule.source.trim() : undefined;
  const full = source ? `${short} (${w.source}: ${source})` : short;
  const doc = readRuleDoc(id);
  const explain = `rnsocial explain ${id}`;
  const summary = doc?.summary || short;
  return {
    id,
    shortDescription: { text: truncate(short, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(full, MAX_DESCRIPTION) },
    help: {
      text: `${summary}${source ? `\n\n${w.source}: ${source}` : ''}\n\n${w.explain}: ${explain}`,
      markdown: `${doc?.markdown ?? `# ${id}\n\n${short}`}${source ? `\n\n${w.source}: ${source}` : ''}\n\n${w.explain}: \`${explain}\``,
    },
    ...(rule && rule.severity !== 'off' ? { defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' } } : {}),
    properties: { tags: ['rnsocial', id.split('/')[0] ?? id], fixable: rule?.fixable ?? false, ...(source ? { source } : {}) },
  } as SarifRule;
}

/** Stable across runs and line moves: rule, file, message and which occurrence of that triple it is. */
function fingerprint(ruleId: string, uri: string, message: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${uri}\0${message}\0${occurrence}`).digest('hex').slice(0, 32);
}

function region(m: LintMessage) {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  let endLine = Math.max(startLine, m.endLine || startLine);
  let endColumn = Math.max(1, m.endColumn || startColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (endLine < startLine) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

export const sarif: Formatter = (results, { cwd, lang, rules, version }) => {
  const known = new Map(rules.map((r) => [r.id, r]));
  const ids = new Set(rules.map((r) => r.id));
  for (const result of results) for (const m of [...result.messages, ...(result.suppressedMessages ?? [])]) ids.add(m.ruleId);
  const ordered = [...ids].sort();
  const index = new Map(ordered.map((id, i) => [id, i]));

  const sarifResults = results.flatMap((result) => {
    const location = artifactUri(result.filePath, cwd);
    const seen = new Map<string, number>();
    // Messages a disable comment switched off are results too, marked as suppressed in the source
    // (those a --baseline accepted: 'external'), so code scanning shows who hid what and why.
    const all: Array<LintMessage & { suppressions?: SuppressedMessage['suppressions'] }> = [...result.messages, ...(result.suppressedMessages ?? [])];
    return all.map((m) => {
      const key = `${m.ruleId}\0${m.message}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId)!,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message || m.ruleId },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        partialFingerprints: { 'rnsocialMessage/v1': fingerprint(m.ruleId, location.uri, m.message, occurrence) },
        ...(m.platforms.length > 0 ? { properties: { platforms: m.platforms } } : {}),
        ...(m.suppressions ? { suppressions: m.suppressions.map((x) => ({ kind: x.kind === 'baseline' ? 'external' : 'inSource', ...(x.justification ? { justification: x.justification } : {}) })) } : {}),
      };
    });
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rnsocial',
            ...(version ? { version, semanticVersion: version } : {}),
            rules: ordered.map((id) => describeRule(id, known.get(id), lang)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
