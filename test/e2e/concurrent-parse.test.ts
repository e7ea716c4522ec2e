// Several `tc parse` at once, output piped: each prints the whole plan as JSON and exits 0.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../packages/model/src/index.ts';
import { repoRoot, tcCommand } from './cli-process.ts';

// The largest plan JSON (portsmouth, ~100 kB) is more than a pipe holds; PDFs and Word files mixed.
const INPUTS = [
  'fixtures/plans/portsmouth/plan.pdf', 'fixtures/plans/portsmouth/plan.docx', 'fixtures/plans/portsmouth/plan.txt',
  'fixtures/plans/chester/plan.pdf', 'fixtures/plans/leicester/plan.docx', 'fixtures/plans/brighton/plan.pdf',
  'fixtures/plans/plymouth/plan.pdf', 'fixtures/plans/portsmouth/matrix/chromium-plain.pdf',
];

function parseOnce(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [command, ...args] = tcCommand(['parse', file]);
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // Read slowly, as a busy consumer would, so the pipe fills while tc is finishing.
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('tc parse run eight times at once', () => {
  it('prints complete JSON from every run', async () => {
    const runs = await Promise.all(INPUTS.map(parseOnce));
    runs.forEach((run, i) => {
      expect(run.code, `${INPUTS[i]}: ${run.stderr}`).toBe(0);
      expect(run.stdout.endsWith('}\n'), `${INPUTS[i]} printed ${run.stdout.length} characters`).toBe(true);
      const plan = Plan.parse(JSON.parse(run.stdout));
      expect(plan.actions.length, INPUTS[i]).toBeGreaterThan(10);
    });
  }, 240_000);
});
