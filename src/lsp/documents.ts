/** Which file an open document stands for: its path decides the config and the platform (folder, suffix). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WorkspaceFolders {
  /** Absolute folder paths, as the client named them. */
  folders: readonly string[];
  /** Where a draft outside every folder is linted from (the process's working folder). */
  fallback: string;
}

/** The file path of a document URI; an unsaved (`untitled:`) document is a draft in the first workspace folder. */
export function documentPath(uri: string, workspace: WorkspaceFolders): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  const name = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[/\\]/).pop() || 'untitled');
  return path.join(workspace.folders[0] ?? workspace.fallback, /\.(?:md|markdown)$/i.test(name) ? name : `${name}.md`);
}

/** The workspace folder holding a file (the innermost), else the file's own folder. */
export function workspaceRootOf(filePath: string, workspace: WorkspaceFolders): string {
  let best: string | undefined;
  for (const folder of workspace.folders) {
    const relative = path.relative(folder, filePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    if (!best || folder.length > best.length) best = folder;
  }
  return best ?? path.dirname(filePath);
}
