// Runs the tc binary from source in a child process and watches its peak resident memory and CPU.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/src/bin.ts', import.meta.url));
const sourceFlags = ['--conditions=@tc/source', '--experimental-strip-types', '--no-warnings=ExperimentalWarning'];

export interface TcRun {
  status: number | null;
  ms: number;
  /** Peak resident set of the process (all its threads), in MiB; 0 where /proc is unavailable. */
  peakRssMb: number;
  /**
   * CPU time of all its threads (user + system), in ms, as last read before it exited (read every
   * 20 ms); 0 where /proc is unavailable. Unlike wall time, barely changed by other work on the machine.
   */
  cpuMs: number;
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

// utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
function cpuTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Runs a script from the source tree (`--conditions=@tc/source`, types stripped) with `args`. */
export function runSource(script: string, args: string[]): Promise<TcRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...sourceFlags, script, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let peak = 0;
  let cpu = 0;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid!));
    cpu = cpuTime(child.pid!) ?? cpu;
  }, 20);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakRssMb: Math.round(peak), cpuMs: cpu, stderr });
    });
  });
}

export function runTc(args: string[]): Promise<TcRun> {
  return runSource(bin, args);
}
