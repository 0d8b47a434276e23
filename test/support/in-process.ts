/**
 * Run the CLI in-process: `runCli(argv, io)` from src/cli/main.ts with this test's working
 * folder, standard input and output, and environment. Same result shape as `rnsocial()` in
 * ./cli.ts (which spawns bin/rnsocial.js), so a test can switch between them; test/e2e/smoke.test.ts
 * checks that both print the same.
 *
 * Not for `--concurrency n` (n > 1): worker threads load the compiled dist/cli/lint-worker.js,
 * so those runs are spawned (test/e2e/parallel.test.ts).
 */
import { runCli } from '../../src/cli/main.js';
import type { CliRun } from './cli.js';
import { ROOT } from './lint.js';

export interface InProcessOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Environment variables for the run (restored afterwards); undefined removes one. */
  env?: Record<string, string | undefined>;
}

/** Like a spawned run: no colour settings and no GitHub job summary from the test's environment. */
const BASE_ENV: Record<string, string | undefined> = { NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_STEP_SUMMARY: undefined };

export async function cli(args: readonly string[], options: InProcessOptions = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const restore = setEnv({ ...BASE_ENV, ...options.env });
  try {
    const code = await runCli(args, {
      cwd: options.cwd ?? ROOT,
      stdout: sink(stdout),
      stderr: sink(stderr),
      readStdin: () => Promise.resolve(Buffer.from(options.input ?? '')),
    });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    restore();
  }
}

/** A stream that is not a terminal and keeps what is written. */
function sink(chunks: string[]): NodeJS.WriteStream {
  const stream = {
    isTTY: false,
    write(chunk: string | Uint8Array): boolean {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream;
}

function setEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.keys(values).map((key) => [key, process.env[key]] as const);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
