/**
 * Write a report, cache or config file without ever damaging what is at the path:
 * - a regular file (or none yet) is replaced atomically: a sibling temp file with the old file's
 *   mode and, where permitted, owner and group, then a rename, so nothing is ever half-written;
 * - a symlink is followed to its real file, which is replaced; the link stays;
 * - anything that is not a regular file (a character device such as /dev/null, a FIFO, a socket,
 *   /dev/stdout, a link into /proc or /dev) is written in place: a rename would replace it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  const target = writeTarget(file);
  if (target.how === 'in-place') writeFileSync(file, content);
  else replaceFile(target.path, content, target.stats);
}

type WriteTarget = { how: 'in-place' } | { how: 'replace'; path: string; stats?: Stats };

/** How to write `file`: replace its real file (with that file's stats, when it exists), or write in place. */
function writeTarget(file: string): WriteTarget {
  if (throughDevices(file)) return { how: 'in-place' };
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling symlink: writing through it creates its target and keeps the link.
    return isSymlink(file) ? { how: 'in-place' } : { how: 'replace', path: file };
  }
  if (!stats.isFile()) return { how: 'in-place' };
  return { how: 'replace', path: realpathSync(file), stats };
}

/** Hooks for the last moment before the rename (the draft writer checks there that nobody saved the file meanwhile). */
export interface ReplaceHooks {
  beforeRename?: () => void;
}

/**
 * Replace `file` (a real path, no symlink) by `content` through a sibling temp file. `stats` are
 * the file's current ones, whose mode, owner and group the new file gets; without them (a new
 * file) the usual mode for new files applies. The temp name is short, so a draft name near the
 * file system's 255-byte limit still fits; it never survives a failure.
 */
export function replaceFile(file: string, content: string, stats?: Stats, hooks: ReplaceHooks = {}): void {
  const temp = path.join(path.dirname(file), `.rnsocial-tmp-${randomBytes(6).toString('hex')}`);
  let fd: number | undefined = openSync(temp, 'wx', stats ? stats.mode & 0o7777 : 0o666);
  try {
    writeFileSync(fd, content, 'utf8');
    if (stats) {
      keepOwner(fd, stats);
      // After chown, which clears set-id bits; and open's mode was narrowed by the umask.
      fchmodSync(fd, stats.mode & 0o7777);
    }
    // No fsync: it cost ~11 ms a file here (11 s for a --fix of 1,000 drafts). Other processes see
    // the old file or the new, never half; after a power cut, ext4 and btrfs too (they flush a file
    // renamed over another first), other file systems may keep an empty file.
    closeSync(fd);
    fd = undefined;
    hooks.beforeRename?.();
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // Never let the clean-up hide the reason the write failed.
    try {
      rmSync(temp, { force: true });
    } catch {
      // the temp file stays; the original error matters more
    }
    throw error;
  }
}

/**
 * Whether a new file will have this file's owner: as root we give it, and our own files we write
 * as their owner anyway. Windows has no uids (`getuid` is missing): there, as for our own files.
 */
export function canKeepOwner(stats: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || uid === 0 || uid === stats.uid;
}

/** Give the new file the old one's owner and group where permitted: root any; a user their own file's group if they belong to it. */
function keepOwner(fd: number, stats: Stats): void {
  const uid = process.getuid?.();
  if (uid === 0) fchownSync(fd, stats.uid, stats.gid);
  else if (uid === stats.uid && stats.gid !== process.getgid?.()) {
    try {
      fchownSync(fd, stats.uid, stats.gid);
    } catch {
      // not a member of that group: the file gets the user's own group, as any new file would
    }
  }
}

/** True when the path, or a link on the way to its file, is under /dev or /proc: /dev/stdout, /proc/self/fd/1, a link to them. */
function throughDevices(file: string): boolean {
  return linkChain(file).some((hop) => /^\/(dev|proc)\//.test(hop));
}

/**
 * 1 or 2 when the path names this process's standard output or error (/dev/stdout, /dev/fd/2,
 * /proc/self/fd/1, or a link to one): write those through the stream, since opening the path
 * fails when the stream is a socket (ENXIO), as a spawning parent often makes it.
 */
export function standardStream(file: string): 1 | 2 | undefined {
  for (const hop of linkChain(file)) {
    const m = /^\/(?:dev\/(std(?:out|err))|dev\/fd\/([12])|proc\/self\/fd\/([12]))$/.exec(hop);
    if (m) return m[1] === 'stdout' || m[2] === '1' || m[3] === '1' ? 1 : 2;
  }
  return undefined;
}

/** The path and each symlink target on the way to its file (at most 40 hops, as the kernel). */
function linkChain(file: string): string[] {
  const chain = [path.resolve(file)];
  for (let hop = 0; hop < 40 && isSymlink(chain.at(-1)!); hop++) {
    const current = chain.at(-1)!;
    chain.push(path.resolve(path.dirname(current), readlinkSync(current)));
  }
  return chain;
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
