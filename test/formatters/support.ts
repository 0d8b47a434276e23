/** Shared by the formatter tests: a context, synthetic results, and a strict little XML parser. */
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { LintMessage, LintResult } from '../../src/core/results.js';
import { summarise } from '../../src/core/results.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import type { Lang } from '../../src/core/lang.js';
import { projectFor, ROOT } from '../support/lint.js';

export { ROOT };

// The OASIS schema is JSON Schema draft-04: ajv-draft-04 with ajv-formats, not strict. Both are
// CommonJS whose module.exports carries a `default` too, which is what NodeNext types see.
const ajv = new ajvDraft04.default({ strict: false, allErrors: true });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/conformance/sarif-schema-2.1.0.json'), 'utf8')) as object);

/** Schema violations of a SARIF log, or undefined when it is valid SARIF 2.1.0. */
export function sarifProblems(log: unknown): string | undefined {
  return validateSarif(log) ? undefined : ajv.errorsText(validateSarif.errors, { separator: '\n' });
}

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  const project = projectFor({}, overrides.lang ?? 'da');
  return {
    cwd: ROOT,
    lang: 'da' as Lang,
    color: false,
    rules: project.ruleSet.ids.map((id) => project.ruleSet.rule(id)!),
    version: '0.1.0',
    ...overrides,
  };
}

export function message(partial: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'tone/officialese',
    severity: 1,
    message: 'Skriv »Om« i stedet for »Vedrørende«.',
    messageId: 'default',
    line: 5,
    column: 1,
    endLine: 5,
    endColumn: 11,
    platforms: ['facebook'],
    ...partial,
  };
}

export function result(filePath: string, messages: LintMessage[] = []): LintResult {
  return summarise(path.resolve(ROOT, filePath), messages, ['facebook']);
}

/** A temporary folder that is a git repository (a `.git` folder is all rnsocial looks for). */
export function tempRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rnsocial-fmt-'));
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare & in ${where}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity ${whole} in ${where}`);
    return value;
  });
}

/**
 * Parses the XML rnsocial writes (prolog, elements, double-quoted attributes, text, the five
 * entities and character references) and throws on anything not well-formed: a stray `<` or `&`,
 * a character XML 1.0 forbids, unbalanced tags, a duplicate attribute.
 */
export function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new Error('character not allowed in XML 1.0');
  let i = 0;
  const prolog = /^<\?xml [^?]*\?>\s*/.exec(xml);
  if (!prolog) throw new Error('no XML declaration');
  i = prolog[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml.startsWith('</', i)) {
      const m = /^<\/([\w:.-]+)\s*>/.exec(xml.slice(i));
      if (!m) throw new Error(`bad end tag at ${i}`);
      const open = stack.pop();
      if (!open || open.name !== m[1]) throw new Error(`</${m[1]}> does not close <${open?.name}>`);
      i += m[0].length;
      if (stack.length === 0) root = open;
      continue;
    }
    if (xml[i] === '<') {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(i));
      if (!m) throw new Error(`bad start tag at ${i}: ${xml.slice(i, i + 80)}`);
      const element: XmlElement = { name: m[1]!, attributes: {}, children: [], text: '' };
      for (const a of m[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        if (a[1]! in element.attributes) throw new Error(`duplicate attribute ${a[1]}`);
        element.attributes[a[1]!] = decode(a[2]!, `attribute ${a[1]}`);
      }
      if (stack.length === 0 && root) throw new Error('more than one root element');
      stack.at(-1)?.children.push(element);
      if (m[3] === '/') {
        if (stack.length === 0) root = element;
      } else stack.push(element);
      i += m[0].length;
      continue;
    }
    const next = xml.indexOf('<', i);
    const raw = xml.slice(i, next === -1 ? xml.length : next);
    if (raw.includes('>') && raw.includes(']]>')) throw new Error(']]> in text');
    const text = decode(raw, 'text');
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error('text outside the root element');
    } else stack.at(-1)!.text += text;
    i += raw.length;
  }
  if (stack.length > 0 || !root) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  return root;
}

export function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((c) => all(c, name))];
}
