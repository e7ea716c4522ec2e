// Runs `main` in-process with captured output, for the CLI's unit tests.
import { main } from '../src/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      if (stdin) yield new TextEncoder().encode(stdin);
    })(),
    env: {},
  });
  return { code, stdout, stderr };
}
