#!/usr/bin/env node
import { main } from './main.ts';
import { drained } from './io.ts';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
// A pipe may still hold part of the output (a reader slower than us, several tc at once):
// the exit status is set only once both streams have handed everything over.
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exitCode = code;
