import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { collectInputs } from '../src/normalise/collect-inputs.ts';

it('walks folders for plan files, names them by path and keeps names unique', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tc-collect-'));
  for (const dir of ['a', 'b', 'out', '.hidden']) mkdirSync(join(root, 'in', dir), { recursive: true });
  for (const file of ['a/plan.txt', 'a/plan.PDF', 'a/notes.csv', 'a/README.md', 'b/plan.docx', 'out/old.txt', '.hidden/x.txt', 'top.md']) {
    writeFileSync(join(root, 'in', file), 'x');
  }
  writeFileSync(join(root, 'top.md'), 'x');
  const inputs = await collectInputs([join(root, 'in'), join(root, 'top.md'), join(root, 'missing.pdf')], join(root, 'in', 'out'));
  expect(inputs.map((i) => i.name)).toEqual(['a__plan.PDF', 'a__plan.txt', 'b__plan.docx', 'missing.pdf', 'top.md', 'top.md~2']);
  expect(inputs.find((i) => i.name === 'top.md~2')?.path).toBe(join(root, 'top.md'));
});
