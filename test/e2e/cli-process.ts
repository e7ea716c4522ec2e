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

/** A small RFC 4180 reader for checking the CSV files (quoted cells, doubled quotes, line breaks in cells). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}
