// One timed run of a command: wall time from the parent (hrtime around spawn → exit), user/sys
// CPU and peak RSS from GNU time (/usr/bin/time -f), a hard timeout that kills the whole process
// group, and optional capture of stdout/stderr (for the checking run).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export function gnuTimeVersion() {
  if (!existsSync(GNU_TIME)) return undefined;
  const r = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
  const line = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n')[0].trim();
  if (!/GNU/.test(line)) return undefined;
  const deb = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'time'], { encoding: 'utf8' });
  return `GNU time ${deb.status === 0 && deb.stdout ? deb.stdout.trim() : line.replace(/^.*GNU Time\)\s*/, '')}`;
}

const hasGnuTime = gnuTimeVersion() !== undefined;
let seq = 0;
const active = new Set();

/** Kill the process groups of the runs in progress (on Ctrl-C). */
export function killActive() {
  for (const pid of active) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

/**
 * @param {string[]} cmd argv (cmd[0] is the program)
 * @param {{cwd: string, timeoutMs: number, env?: object, capture?: {stdout: string, stderr: string}}} opts
 * @returns {Promise<{wall: number, user?: number, sys?: number, rssKB?: number, code: number|null, signal: string|null, timedOut: boolean}>}
 */
export function runOnce(cmd, { cwd, timeoutMs, env = process.env, capture }) {
  const timeFile = path.join(os.tmpdir(), `rnsocial-bench-${process.pid}-${seq++}.time`);
  const argv = hasGnuTime ? [GNU_TIME, '-f', '%e %U %S %M', '-o', timeFile, '--', ...cmd] : cmd;
  const out = capture ? openSync(capture.stdout, 'w') : 'ignore';
  const err = capture ? openSync(capture.stderr, 'w') : 'ignore';
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', out, err], detached: true });
    active.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      active.delete(child.pid);
      clearTimeout(timer);
      if (typeof out === 'number') closeSync(out);
      if (typeof err === 'number') closeSync(err);
      const result = { wall, code, signal, timedOut };
      if (hasGnuTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the format line.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [, user, sys, rss] = lines[lines.length - 1].split(' ').map(Number);
        if (Number.isFinite(rss)) Object.assign(result, { user, sys, rssKB: rss });
        rmSync(timeFile, { force: true });
      }
      resolve(result);
    });
  });
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
