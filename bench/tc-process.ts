// Runs the tc binary from source in a child process and watches its peak resident memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/src/bin.ts', import.meta.url));

export interface TcRun {
  status: number | null;
  ms: number;
  /** Peak resident set of the process (all its threads), in MiB; 0 where /proc is unavailable. */
  peakRssMb: number;
  stderr: string;
}

function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runTc(args: string[]): Promise<TcRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--conditions=@tc/source', '--experimental-strip-types', '--no-warnings=ExperimentalWarning', bin, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let peak = 0;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 20);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakRssMb: Math.round(peak), stderr });
    });
  });
}
