#!/usr/bin/env node
// `tc` as a command. Installed, it runs the built CLI; in a checkout of the repository (where the
// build config sits beside it) it runs the source, so `pnpm exec tc` needs no build and never a
// stale one. Either way it runs in the caller's folder, and its output is the command's alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

if (!existsSync(here('../tsconfig.build.json')) && existsSync(here('../dist/bin.js'))) {
  await import(new URL('../dist/bin.js', import.meta.url).href);
} else {
  const flags = ['--conditions=@tc/source', '--experimental-strip-types', '--no-warnings=ExperimentalWarning'];
  const child = spawn(process.execPath, [...flags, here('../src/bin.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 128 : 1);
  });
}
