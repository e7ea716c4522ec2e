// Runs the tc binary from source in a child process, as `pnpm tc` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url));
const nodeArgs = ['--conditions=@tc/source', '--experimental-strip-types', '--no-warnings=ExperimentalWarning', bin];

// A run that hangs is killed after this long (its status is then null), so a test fails instead of hanging.
const RUN_LIMIT_MS = 240_000;

export function runTc(args: string[], timeoutMs = RUN_LIMIT_MS): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command line that runs tc from source with `args` (for callers that spawn it themselves). */
export function tcCommand(args: string[]): string[] {
  return [process.execPath, ...nodeArgs, ...args];
}

export function startTc(args: string[]): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
}

export { readCsv } from '../support/read-csv.ts';
