import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The version of the tc command line, from its package.json (works from src/ and dist/). */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
