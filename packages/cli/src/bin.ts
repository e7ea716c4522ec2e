#!/usr/bin/env node
import { enableCompileCache, getCompileCacheDir } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Node keeps the compiled code of tc's modules (and pdf.js's) on disk for the next run, so each run
// does not compile them again (docs/benchmarks.md, 'Per-document overhead'). Enabled before the CLI
// is imported so it covers it; worker threads read the folder from the environment (the folder
// itself, not the per-version one inside it that getCompileCacheDir names).
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const cacheRoot = process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache');
enableCompileCache(cacheRoot);
if (getCompileCacheDir() !== undefined) process.env.NODE_COMPILE_CACHE = cacheRoot;
const { main } = await import('./main.ts');
const { drained } = await import('./io.ts');

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
