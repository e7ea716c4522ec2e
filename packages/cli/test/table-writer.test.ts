import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parsePlan } from '@tc/parse';
import type { InputRecord } from '../src/normalise/input-record.ts';
import { planTables } from '../src/normalise/plan-tables.ts';
import { TableWriter } from '../src/normalise/table-writer.ts';

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'tc-table-writer-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const record = (name: string, status: InputRecord['status'] = 'ok'): InputRecord => ({
  name,
  path: `${name}.txt`,
  sha256: null,
  settings: 'test',
  status,
  code: status === 'error' ? 'TC_EMPTY_INPUT' : '',
  message: '',
  format: status === 'error' ? null : 'text',
  pages: null,
  actions: 2,
  confidence: null,
  warnings: 0,
  ms: 1,
});

const text = readFileSync(new URL('../../../fixtures/plans/leicester/plan.txt', import.meta.url));
async function plan(name: string) {
  return (await parsePlan(new Uint8Array(text), { name })).plan;
}

const sources = (file: string) => readFileSync(join(out, file), 'utf8').trimEnd().split('\n').map((line) => line.split(',')[0]);
const jsonlSources = () =>
  readFileSync(join(out, 'actions.jsonl'), 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { source: string }).source);

it('writes every table in input order whatever order the inputs finish in, and leaves no temporary file', async () => {
  const writer = new TableWriter(out, out, 3);
  const [a, c] = await Promise.all(['a', 'c'].map(plan));
  const n = a!.actions.length;
  expect(n).toBeGreaterThan(1);
  await writer.add(2, record('c'), planTables('c', c!));
  await writer.add(0, record('a'), planTables('a', a!));
  await writer.add(1, record('b', 'error'), null);
  const { actions, records } = await writer.finish();
  expect(actions).toBe(2 * n);
  expect(records.map((r) => r.name)).toEqual(['a', 'b', 'c']);
  const expected = [...Array<string>(n).fill('a'), ...Array<string>(n).fill('c')];
  expect(jsonlSources()).toEqual(expected);
  // The CSV's cells hold line breaks of their own: only the column is compared, through the JSON lines' order.
  expect(readFileSync(join(out, 'actions.csv'), 'utf8').startsWith('source,')).toBe(true);
  expect(sources('inputs.csv')).toEqual(['source', 'a', 'b', 'c']);
  expect(readdirSync(out).sort()).toEqual(['actions.csv', 'actions.jsonl', 'inputs.csv']);
});

it('reads back a plan kept from an earlier run, and makes a plan that cannot be read back an error row', async () => {
  const kept = await plan('kept');
  writeFileSync(join(out, 'kept.plan.json'), JSON.stringify(kept));
  const writer = new TableWriter(out, out, 2);
  await writer.add(1, record('lost'), null);
  await writer.add(0, record('kept'), null);
  const { actions, records } = await writer.finish();
  expect(actions).toBe(kept.actions.length);
  expect(records.map((r) => [r.name, r.status, r.code])).toEqual([
    ['kept', 'ok', ''],
    ['lost', 'error', 'TC_IO'],
  ]);
  expect(jsonlSources()).toEqual(Array<string>(kept.actions.length).fill('kept'));
});

it('writes the tables with their header alone when no input has a plan', async () => {
  const writer = new TableWriter(out, out, 1);
  await writer.add(0, record('x', 'error'), null);
  expect((await writer.finish()).actions).toBe(0);
  expect(readFileSync(join(out, 'actions.jsonl'), 'utf8')).toBe('');
  expect(sources('actions.csv')).toEqual(['source']);
});
