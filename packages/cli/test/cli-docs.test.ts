import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderCliDocs } from '../src/cli-docs.ts';
import { COMMANDS } from '../src/command-table.ts';
import { CLUSTER_COLUMNS, INSTITUTION_COLUMNS, THEME_COLUMNS, TOPIC_COLUMNS } from '@tc/compare';
import { ACTION_COLUMNS } from '../src/normalise/action-columns.ts';

it('keeps docs/cli.md generated from the command table (run packages/cli/scripts/write-cli-docs.ts)', () => {
  const docs = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
  expect(docs).toBe(renderCliDocs());
});

it('documents every command, option and CSV column', () => {
  const docs = renderCliDocs();
  for (const command of COMMANDS) {
    expect(docs).toContain(`## tc ${command.name}`);
    for (const option of command.options) expect(docs).toContain(`--${option.name}`);
  }
  for (const column of [...ACTION_COLUMNS, ...INSTITUTION_COLUMNS, ...THEME_COLUMNS, ...TOPIC_COLUMNS, ...CLUSTER_COLUMNS]) expect(docs).toContain(`| \`${column.name}\` |`);
});
