// The programs the PDF and Word producers drive (Chromium, LibreOffice), found and run.
import { execFile, execFileSync } from 'node:child_process';

const found = new Map<string, boolean>();

/** Whether `command` is on the PATH (looked up once). */
export function hasCommand(command: string): boolean {
  let known = found.get(command);
  if (known === undefined) {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      known = true;
    } catch {
      known = false;
    }
    found.set(command, known);
  }
  return known;
}

/** Runs a program to completion; rejects with its stderr when it fails or runs past `timeoutMs`. */
export function runTool(command: string, args: readonly string[], timeoutMs = 180_000): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${String(stderr).slice(-2000)}`, { cause: error }));
      else resolve();
    });
  });
}
