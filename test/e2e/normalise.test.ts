// `tc normalise` end to end: every fixture plus bad inputs, every output file and row checked.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Action, Plan } from '../../packages/model/src/index.ts';
import { ACTION_COLUMNS } from '../../packages/cli/src/normalise/action-columns.ts';
import { INPUT_COLUMNS } from '../../packages/cli/src/normalise/input-columns.ts';
import { makeZip } from '../../packages/parse/test/make-zip.ts';
import { readCsv, repoRoot, runTc } from './cli-process.ts';

const ACTION_COUNTS: Record<string, number> = { brighton: 15, chester: 35, leicester: 32, plymouth: 17, portsmouth: 21 };

const BAD_INPUTS: Record<string, { bytes: Uint8Array | string; status: 'error' | 'warning'; code: string }> = {
  'bad__empty.txt': { bytes: '', status: 'error', code: 'TC_EMPTY_INPUT' },
  'bad__binary.txt': { bytes: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)), status: 'error', code: 'TC_BINARY_INPUT' },
  'bad__corrupt.pdf': { bytes: '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%% no xref, no pages\n', status: 'error', code: 'TC_PDF_CORRUPT' },
  'bad__corrupt.docx': { bytes: makeZip({ 'word/document.xml': '<w:document><w:body><w:p>' }), status: 'error', code: 'TC_DOCX_CORRUPT' },
  'bad__workbook.docx': { bytes: makeZip({ 'xl/workbook.xml': '<workbook/>' }), status: 'error', code: 'TC_UNSUPPORTED_FORMAT' },
  'bad__minutes.md': { bytes: '# Minutes\n\nThe committee met and talked about the weather.\n', status: 'warning', code: 'no-actions-found' },
};

let input: string;
let out: string;
let status: number | null;
let stderr: string;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'tc-e2e-'));
  input = join(root, 'in');
  out = join(root, 'out');
  cpSync(join(repoRoot, 'fixtures/plans'), input, { recursive: true });
  cpSync(join(repoRoot, 'fixtures/plans'), join(input, 'bad'), { recursive: true, filter: (src) => !src.includes('.') || src.endsWith('plans') });
  for (const [name, bad] of Object.entries(BAD_INPUTS)) writeFileSync(join(input, 'bad', name.slice('bad__'.length)), bad.bytes);
  ({ status, stderr } = runTc(['normalise', input, '--out', out, '--jobs', '2']));
}, 300_000);

function inputRows(): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(readFileSync(join(out, 'inputs.csv'), 'utf8'));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

describe('tc normalise over the fixtures and bad inputs', () => {
  it('exits 2 because some inputs failed, after reporting every input', () => {
    expect(status, stderr).toBe(2);
    expect(stderr).toMatch(/inputs: \d+ ok, \d+ with warnings, \d+ failed/);
  });

  it('gives every input one row in inputs.csv, in name order', () => {
    const rows = inputRows();
    const expected = [
      // Each plan's folder and its producer matrix (fixtures/plans/<slug>/matrix), which normalise reads too.
      ...Object.keys(ACTION_COUNTS).flatMap((slug) =>
        ['', 'matrix/'].flatMap((sub) =>
          existsSync(join(repoRoot, 'fixtures/plans', slug, sub))
            ? readdirSync(join(repoRoot, 'fixtures/plans', slug, sub))
                .filter((f) => /\.(pdf|docx|txt|md)$/i.test(f) && !/^readme\./i.test(f))
                .map((f) => `${slug}__${sub.replace('/', '__')}${f}`)
            : [],
        ),
      ),
      ...Object.keys(BAD_INPUTS),
    ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(rows.map((r) => r.source)).toEqual(expected);
    expect(readCsv(readFileSync(join(out, 'inputs.csv'), 'utf8'))[0]).toEqual(INPUT_COLUMNS.map((c) => c.name));
  });

  it('reads every fixture plan with its known number of actions', () => {
    const rows = inputRows();
    for (const [slug, count] of Object.entries(ACTION_COUNTS)) {
      const text = rows.find((r) => r.source === `${slug}__plan.txt`);
      expect(text, slug).toMatchObject({ status: expect.stringMatching(/^(ok|warning)$/), actions: String(count), format: 'text' });
      for (const row of rows.filter((r) => r.source?.startsWith(`${slug}__`) && r.source !== `${slug}__plan.txt`)) {
        expect(row.status, `${row.source}: ${row.code} ${row.message}`).not.toBe('error');
        expect(Number(row.actions), row.source).toBeGreaterThan(0);
      }
    }
  });

  it('records each bad input with its typed code and keeps going', () => {
    const rows = inputRows();
    for (const [name, bad] of Object.entries(BAD_INPUTS)) {
      expect(rows.find((r) => r.source === name), name).toMatchObject({ status: bad.status, code: bad.code });
    }
  });

  it('writes a valid plan file for every input that was read, and none for failures', () => {
    for (const row of inputRows()) {
      const path = join(out, 'plans', `${row.source}.plan.json`);
      if (row.status === 'error') {
        expect(existsSync(path), row.source).toBe(false);
        continue;
      }
      const plan = Plan.parse(JSON.parse(readFileSync(path, 'utf8')));
      expect(plan.actions.length, row.source).toBe(Number(row.actions));
      expect(plan.source.sha256).toBe(row.sha256);
    }
    expect(readdirSync(join(out, 'plans')).filter((f) => !f.endsWith('.plan.json'))).toEqual([]);
  });

  it('writes every action to actions.jsonl and actions.csv, in the same order', () => {
    const rows = inputRows();
    const total = rows.reduce((n, r) => n + Number(r.actions), 0);
    const lines = readFileSync(join(out, 'actions.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(total);
    for (const { source, institution, ...action } of lines) {
      expect(typeof source).toBe('string');
      expect(institution === null || typeof institution === 'string').toBe(true);
      Action.parse(action);
    }
    const [header, ...csv] = readCsv(readFileSync(join(out, 'actions.csv'), 'utf8'));
    expect(header).toEqual(ACTION_COLUMNS.map((c) => c.name));
    expect(csv).toHaveLength(total);
    expect(csv.map((r) => `${r[0]}#${r[2]}`)).toEqual(lines.map((l) => `${String(l.source)}#${String(l.id)}`));
    for (const row of csv) {
      expect(row).toHaveLength(header!.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });
});
