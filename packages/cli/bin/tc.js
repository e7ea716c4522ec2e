#!/usr/bin/env node
// `tc` as a command. Installed, it runs the built CLI; in a checkout of the repository (where the
// build config sits beside it) it runs the source, so `pnpm exec tc` needs no build and never a
// stale one. Either way it runs in the caller's folder, and its output is the command's alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Before anything is loaded: on an older Node the first PDF would fail deep inside pdf.js.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`tc: TC_UNSUPPORTED_RUNTIME: tc needs Node.js ≥ 22.13; this is ${process.versions.node}.\n`);
  process.exit(1);
}

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
