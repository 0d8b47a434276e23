/**
 * The code actions for a linted draft: a quick fix per fix, "disable <id> for this line" with the
 * cursor at the reason (never for a rule that refuses disable comments, such as CPR numbers, nor
 * inside the frontmatter), and "fix all", which is exactly `rnsocial lint --fix`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '../core/results.js';
import type { FileOutcome } from '../engine/project.js';
import { disableComment, fixEdit, minimalEdit } from './edits.js';
import { rangesTouch } from './positions.js';
import type { ProjectLookup } from './projects.js';
import { texts } from './texts.js';

/** The code action kind of "fix all": editors ask for it on save (`source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.rnsocial`;

/** One document's last lint: what the code actions and the hover answer from. */
export interface Linted {
  version: number;
  filePath: string;
  lookup: Extract<ProjectLookup, { ok: true }>;
  outcome: FileOutcome;
  /** 1 when the editor's text starts with a BOM our offsets leave out. */
  shift: 0 | 1;
  messages: LintMessage[];
  diagnostics: Diagnostic[];
}

export interface CodeActionRequest {
  uri: string;
  document: TextDocument;
  linted: Linted;
  /** The editor's selection or cursor: actions for the diagnostics it touches. */
  range: Range;
  /** The kinds the editor asks for (on save: `source.fixAll`); all when absent. */
  only?: string[] | undefined;
  /** The client takes snippet edits (the cursor lands at the reason). */
  snippets: boolean;
}

export function codeActions({ uri, document, linted, range, only, snippets }: CodeActionRequest): CodeAction[] {
  const wanted = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const { lang, project, config } = linted.lookup;
  const actions: CodeAction[] = [];

  if (wanted(CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    const disables: CodeAction[] = [];
    const disabledLines = new Set<string>();
    const draft = linted.outcome.draft;
    linted.messages.forEach((message, i) => {
      const diagnostic = linted.diagnostics[i]!;
      if (!rangesTouch(diagnostic.range, range)) return;
      if (message.fix) {
        fixes.push({
          title: texts.fix(message.message, lang),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [fixEdit(message.fix, draft.lines, linted.shift)] } },
        });
      }
      // A comment cannot hide a rule that refuses it (CPR numbers), nor go inside the frontmatter.
      const rule = project.ruleSet.rule(message.ruleId);
      const key = `${message.ruleId}:${message.line}`;
      if (!rule || rule.inlineDisable === false || !config.inlineConfig.enabled || disabledLines.has(key)) return;
      if (draft.lines.offset(message.line, message.column) < draft.model.body.start) return;
      disabledLines.add(key);
      const comment = disableComment(draft.text, draft.lines, message.line, message.ruleId, linted.shift);
      const edit: WorkspaceEdit =
        snippets
          ? { documentChanges: [{ textDocument: { uri, version: document.version }, edits: [{ range: comment.range, snippet: { kind: 'snippet', value: comment.snippet } }] }] }
          : { changes: { [uri]: [{ range: comment.range, newText: comment.newText }] } };
      disables.push({ title: texts.disableLine(message.ruleId, lang), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
    });
    if (fixes.length === 1) fixes[0]!.isPreferred = true;
    actions.push(...fixes, ...disables);
  }

  if (wanted(FIX_ALL_KIND) && linted.messages.some((m) => m.fix)) {
    // Exactly `rnsocial lint --fix`: the same project, every pass.
    const text = document.getText();
    const fixed = project.lintBytes(Buffer.from(text, 'utf8'), linted.filePath, true);
    const edit = fixed.output === undefined ? undefined : minimalEdit(text, fixed.output);
    if (edit) actions.push({ title: texts.fixAll(lang), kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } });
  }
  return actions;
}
