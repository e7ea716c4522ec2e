// Writes docs/cli.md from the command table (packages/cli/test/cli-docs.test.ts checks it is current).
import { writeFileSync } from 'node:fs';
import { renderCliDocs } from '../src/cli-docs.ts';

writeFileSync(new URL('../../../docs/cli.md', import.meta.url), renderCliDocs());
