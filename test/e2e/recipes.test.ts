// Every recipe of docs/recipes.md, run as the page has it (the blocks are read from the page, so an
// edit there changes what runs here): `tc normalise` on a folder of fixture plans, then the pandas
// and R blocks in that folder, their results checked against actions.jsonl; the Node service
// started and fixtures posted to it. The blocks of "Parse in a browser" are the browser test's. pandas and R are needed, not optional: .ci/run installs them (Debian's
// python3-pandas, r-base-core, r-cran-readr, r-cran-dplyr, r-cran-jsonlite).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Plan, THEME_IDS } from '@tc/model';
import { BROWSER_SECTION, recipes, tcCommands, type Recipe } from '../support/recipes.ts';
import { readCsv, repoRoot } from './cli-process.ts';

const RUNNERS = ['python', 'r', 'ts'];
const work = mkdtempSync(join(tmpdir(), 'tc-recipes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function only(lang: string): Recipe {
  const found = recipes().filter((r) => r.lang === lang && !r.browser);
  expect(found, `one ${lang} block in docs/recipes.md`).toHaveLength(1);
  return found[0]!;
}

// A made-up plan whose cells need the spreadsheet guard: a title starting with ', = and +, an
// owner with @.
const GUARDED_PLAN = `Made-up College – Technician Commitment Action Plan 2024–2026

We commit to:

• V-01 'Technician of the year' awards, run each summer
  ○ Owner: Technical Steering Group; Due: Year 1
• V-02 =Equal pay review for technical roles
  ○ Owner: HR; Due: Year 2
• R-01 +1 technician representative on every departmental committee
  ○ Owner: @Deans; Due: Q1 2025
`;

const PLANS: Array<[string, string]> = [
  ['chester.pdf', 'fixtures/plans/chester/plan.pdf'],
  ['brighton.docx', 'fixtures/plans/brighton/plan.docx'],
  ['leicester.txt', 'fixtures/plans/leicester/plan.txt'],
  ['plymouth.txt', 'fixtures/plans/plymouth/plan.txt'],
  ['scanned.pdf', 'fixtures/bad/scanned.pdf'],
];

interface JsonAction {
  source: string;
  institution: string | null;
  id: string;
  title: string;
  description: string | null;
  themes: Array<{ theme: string; source: string }>;
  owners: Array<{ raw: string; name: string | null }>;
  successMeasures: string[];
}

/** What the recipes should compute, from actions.jsonl and inputs.csv (which hold values unguarded). */
interface Expected {
  actions: JsonAction[];
  perTheme: Record<string, Record<string, number>>;
  stated: string[];
  failed: Array<{ source: string; code: string }>;
}

const key = (a: { source: string; id: string }) => `${a.source}#${a.id}`;
const column = (theme: string) => theme.replace(/-/g, '_');
let expected: Expected;

beforeAll(() => {
  mkdirSync(join(work, 'plans'));
  for (const [name, from] of PLANS) copyFileSync(join(repoRoot, from), join(work, 'plans', name));
  writeFileSync(join(work, 'plans', 'made-up.txt'), GUARDED_PLAN);
  // The command itself (the page also names `tc normalise` in passing).
  const commands = tcCommands().filter((c) => c[0] === 'normalise' && c.length > 1);
  expect(commands).toEqual([['normalise', 'plans/', '--out', 'out']]);
  const run = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/tc.js'), ...commands[0]!], { cwd: work, encoding: 'utf8' });
  // 2: one input (the scan) failed, the others were written.
  expect(run.status, run.stderr).toBe(2);

  const actions = readFileSync(join(work, 'out/actions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as JsonAction);
  const perTheme: Expected['perTheme'] = {};
  for (const a of actions) {
    const row = (perTheme[a.institution ?? ''] ??= Object.fromEntries(THEME_IDS.map((t) => [column(t), 0])));
    for (const t of new Set(a.themes.map((th) => th.theme))) row[column(t)]! += 1;
  }
  const stated = actions.filter((a) => a.themes.length > 0 && a.themes.every((t) => t.source !== 'classifier')).map(key).sort();
  const [header = [], ...rows] = readCsv(readFileSync(join(work, 'out/inputs.csv'), 'utf8'));
  const field = (row: string[], name: string) => row[header.indexOf(name)]!;
  const failed = rows.filter((r) => field(r, 'status') === 'error').map((r) => ({ source: field(r, 'source'), code: field(r, 'code') }));
  expected = { actions, perTheme, stated, failed };
  // The folder must exercise what the recipes handle: guarded cells, stated and classified themes, a failure.
  expect(failed).toEqual([{ source: 'scanned.pdf', code: 'TC_PDF_NO_TEXT' }]);
  expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(["'Technician of the year' awards, run each summer", '=Equal pay review for technical roles']));
  expect(stated.length).toBeGreaterThan(0);
  expect(stated.length).toBeLessThan(actions.length);
}, 240_000);

describe('docs/recipes.md', () => {
  it('has a runner here for every block outside the browser section', () => {
    const blocks = recipes();
    expect(blocks.filter((r) => !r.browser && !RUNNERS.includes(r.lang)).map((r) => `line ${r.line}: ${r.lang}`)).toEqual([]);
    // The browser test runs the rest: a section that is there and holds code.
    expect(blocks.filter((r) => r.browser).length, `code blocks under "## ${BROWSER_SECTION}"`).toBeGreaterThan(0);
  });
});

// An interpreter that has the packages a recipe needs; failing (not skipping) where none has them.
function interpreter(candidates: string[][], check: string[], what: string): string[] {
  for (const command of candidates) {
    const run = spawnSync(command[0]!, [...command.slice(1), ...check], { encoding: 'utf8' });
    if (run.status === 0) return command;
  }
  throw new Error(`${what} is needed to run the recipe as written and was not found (tried ${candidates.map((c) => c[0]).join(', ')}); on Debian: apt-get install ${what === 'pandas' ? 'python3-pandas' : 'r-base-core r-cran-readr r-cran-dplyr r-cran-jsonlite'} (.ci/run installs it)`);
}

function runIn(command: string[], args: string[]): string {
  const run = spawnSync(command[0]!, [...command.slice(1), ...args], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command.join(' ')} ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  return run.stdout;
}

interface RecipeResult {
  perTheme: Array<Record<string, string | number | null>>;
  /** The pandas recipe's actions with stated themes only (the R one has no such step). */
  stated?: string[];
  cells: Array<Record<string, string | null>>;
  measures: string[][];
  failed: Array<{ source: string; code: string }>;
  full: number;
}

function checkResult(result: RecipeResult): void {
  const { actions } = expected;
  const perTheme = Object.fromEntries(result.perTheme.map(({ institution, ...sums }) => [institution ?? '', sums]));
  for (const sums of Object.values(perTheme)) delete sums['n'];
  expect(perTheme).toEqual(expected.perTheme);
  if (result.stated) expect([...result.stated].sort()).toEqual(expected.stated);
  // Every guarded cell is back to its exact value.
  const byKey = new Map(actions.map((a) => [key(a), a]));
  expect(result.cells).toHaveLength(actions.length);
  for (const cell of result.cells) {
    const action = byKey.get(`${cell['source']}#${cell['id']}`)!;
    expect({ title: cell['title'], description: cell['description'] || null, owners: cell['owners'] || '' }).toEqual({
      title: action.title,
      description: action.description,
      owners: action.owners.map((o) => o.name ?? o.raw).join('; '),
    });
  }
  expect(result.cells.map((c) => c['owners'])).toContain('@Deans');
  expect(result.measures).toEqual(result.cells.map((c) => byKey.get(`${c['source']}#${c['id']}`)!.successMeasures));
  expect(result.failed).toEqual(expected.failed);
  expect(result.full).toBe(actions.length);
}

describe('the pandas recipe', () => {
  it('loads actions.csv as written, guarded cells restored, and agrees with actions.jsonl', { timeout: 120_000 }, () => {
    const python = interpreter([['python3'], ['/usr/bin/python3']], ['-c', 'import pandas'], 'pandas');
    writeFileSync(join(work, 'recipe.py'), only('python').code);
    writeFileSync(
      join(work, 'check.py'),
      `import json, runpy
g = runpy.run_path("recipe.py")
cells = g["actions"][["source", "id", "title", "description", "owners"]]
print(json.dumps({
    "perTheme": g["per_theme"].reset_index().to_dict("records"),
    "stated": list(g["stated"]["source"] + "#" + g["stated"]["id"]),
    "cells": cells.to_dict("records"),
    # pandas splits an empty cell into [""]; an action without measures has none
    "measures": [[m for m in ms if m != ""] for ms in g["measures"]],
    "failed": g["failed"][["source", "code"]].to_dict("records"),
    "full": len(g["full"]),
}, default=int))
`,
    );
    checkResult(JSON.parse(runIn(python, ['check.py'])) as RecipeResult);
  });
});

describe('the R recipe', () => {
  it('loads actions.csv as written, guarded cells restored, and agrees with actions.jsonl', { timeout: 120_000 }, () => {
    const rscript = interpreter([['Rscript']], ['-e', 'library(readr); library(dplyr); library(jsonlite)'], 'R with readr, dplyr and jsonlite');
    writeFileSync(join(work, 'recipe.R'), only('r').code);
    writeFileSync(
      join(work, 'check.R'),
      `suppressMessages(source("recipe.R"))
cells <- as.data.frame(actions[, c("source", "id", "title", "description", "owners")])
# an empty cell is NA here; an action without measures has none
measures <- lapply(measures, function(m) if (length(m) == 1 && is.na(m)) character(0) else m)
cat(jsonlite::toJSON(list(
  perTheme = as.data.frame(per_theme),
  cells = cells,
  measures = lapply(measures, I),
  failed = as.data.frame(failed[, c("source", "code")]),
  full = nrow(full)
), auto_unbox = TRUE, na = "null", null = "null", dataframe = "rows"))
`,
    );
    checkResult(JSON.parse(runIn(rscript, ['check.R'])) as RecipeResult);
  });
});

// A port the system says is free now.
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function post(port: number, body: Uint8Array, name: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'x-file-name': name, 'content-length': body.byteLength } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The service answers 413 before the body is all sent, and may close the connection on the rest.
    req.on('error', reject);
    req.end(body);
  });
}

async function untilListening(port: number, server: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`the service exited ${server.exitCode}:\n${stderr()}`);
    const up = await post(port, new Uint8Array(0), 'probe').then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the service never listened:\n${stderr()}`);
}

describe('the Node service recipe', () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  it('starts as written with only @tc/parse installed, parses what is posted and answers a TcError with 422', { timeout: 180_000 }, async () => {
    const service = join(work, 'service');
    // A project that depends on @tc/parse alone (the workspace package, from source): the recipe
    // may import nothing else of tc.
    mkdirSync(join(service, 'node_modules/@tc'), { recursive: true });
    symlinkSync(join(repoRoot, 'packages/parse'), join(service, 'node_modules/@tc/parse'), 'dir');
    writeFileSync(join(service, 'package.json'), JSON.stringify({ name: 'service', private: true, type: 'module' }));
    writeFileSync(join(service, 'server.ts'), only('ts').code);
    const port = await freePort();
    let stderr = '';
    server = spawn(process.execPath, ['--conditions=@tc/source', '--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'server.ts'], {
      cwd: service,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    await untilListening(port, server, () => stderr);

    const fixture = (path: string) => new Uint8Array(readFileSync(join(repoRoot, path)));
    for (const [path, name, actions] of [
      ['fixtures/plans/chester/plan.pdf', 'chester.pdf', 35],
      ['fixtures/plans/chester/plan.docx', 'chester.docx', 35],
    ] as const) {
      const reply = await post(port, fixture(path), name);
      expect(reply.status, reply.body).toBe(200);
      const { plan, diagnostics } = JSON.parse(reply.body) as { plan: unknown; diagnostics: unknown[] };
      const parsed = Plan.parse(plan);
      expect([parsed.source.name, parsed.actions.length]).toEqual([name, actions]);
      expect(diagnostics).toEqual(parsed.diagnostics);
    }

    const scan = await post(port, fixture('fixtures/bad/scanned.pdf'), 'scanned.pdf');
    expect([scan.status, (JSON.parse(scan.body) as { code: string }).code]).toEqual([422, 'TC_PDF_NO_TEXT']);

    const tooLarge = await post(port, new Uint8Array(21 * 1024 * 1024), 'big.pdf');
    expect(tooLarge.status).toBe(413);
    expect(stderr).toBe('');
  });
});
