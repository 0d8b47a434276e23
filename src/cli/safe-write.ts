/**
 * Save a draft's fixed text without losing anything. The draft is read once, with what it was
 * then (`readDraft`: bytes, inode, size, mtime); `writeFixedDraft` saves the fixed text to the
 * real file (a symlinked draft is fixed where it lives; the link stays), with its mode, owner and
 * group (write-file.ts), and refuses, leaving the file untouched, when:
 * - the file is read-only: no write permission for us, or no `w` bit for its owner (root may
 *   write anything, but a 444 draft says "do not change me");
 * - it has hard links: a new file would leave the other names with the old text;
 * - it changed since it was read (an editor saved it): checked again right before the rename,
 *   so the fixed text, computed from the old bytes, never replaces an edit;
 * - the temp file cannot be written (a read-only folder, a full disk).
 * The refusal is returned, never thrown: the caller turns it into a `draft/not-writable`
 * message for that file and the run goes on with the other files.
 */
import { accessSync, closeSync, constants, fstatSync, openSync, readFileSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { canKeepOwner, replaceFile, type ReplaceHooks } from './write-file.js';

/** A draft as it was read. */
export interface ReadDraft {
  bytes: Buffer;
  stats: Stats;
}

export type NotWritten =
  | { code: 'readOnly' }
  | { code: 'hardLinked'; links: number }
  | { code: 'changedWhileFixing' }
  | { code: 'writeFailed'; error: unknown };

/** Read a draft and its stats from one descriptor, so both describe the same file. */
export function readDraft(file: string): ReadDraft {
  const fd = openSync(file, 'r');
  try {
    return { stats: fstatSync(fd), bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Save `text` over the draft `file` read as `read`; returns why not when it did not. `hooks` is a
 * seam for tests: what happens just before the last check and the rename (an editor saving, say).
 */
export function writeFixedDraft(file: string, text: string, read: ReadDraft, hooks: ReplaceHooks = {}): NotWritten | undefined {
  const changed = new Error('changed while fixing');
  try {
    const real = realpathSync(file);
    const stats = statSync(real);
    if (!stats.isFile()) return { code: 'writeFailed', error: Object.assign(new Error('not a regular file'), { code: 'EINVAL', errno: -22 }) };
    if (isReadOnly(real, stats)) return { code: 'readOnly' };
    if (stats.nlink > 1) return { code: 'hardLinked', links: stats.nlink };
    // Checked as late as possible: right before the rename (or the in-place write).
    const checkUnchanged = (): void => {
      hooks.beforeRename?.();
      if (changedSince(read, real)) throw changed;
    };
    if (canKeepOwner(stats)) {
      replaceFile(real, text, stats, { beforeRename: checkUnchanged });
    } else {
      // Someone else's draft we may write (a shared group folder): a new file would be ours and
      // could lock its owner out, so write in place, as ESLint always does.
      checkUnchanged();
      writeFileSync(real, text, 'utf8');
    }
    return undefined;
  } catch (error) {
    if (error === changed) return { code: 'changedWhileFixing' };
    return { code: 'writeFailed', error };
  }
}

function isReadOnly(file: string, stats: Stats): boolean {
  if ((stats.mode & 0o200) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Another inode, size or mtime, or other bytes, than when the draft was read. */
function changedSince(read: ReadDraft, file: string): boolean {
  let now: Stats;
  try {
    now = statSync(file);
  } catch {
    return true;
  }
  if (now.ino !== read.stats.ino || now.dev !== read.stats.dev || now.size !== read.stats.size || now.mtimeMs !== read.stats.mtimeMs) return true;
  // Same size and mtime, yet a save within the file system's timestamp resolution: compare the bytes.
  return !readFileSync(file).equals(read.bytes);
}
