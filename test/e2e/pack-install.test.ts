// The packages as a user gets them: each packed (its prepack builds it), the tarballs installed into
// a project outside the workspace, the three formats parsed with plain `node` (no source condition,
// no type stripping), and a consumer file type-checked under NodeNext and Bundler resolution; and
// under a Node.js too old for tc, importing @tc/parse fails at once with a TcError that says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oldNode } from '../support/old-node.ts';
import { serveStatic } from '../../examples/web/serve.ts';
import { recipes } from '../support/recipes.ts';
import { CHROMIUM, NO_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { repoRoot } from './cli-process.ts';

const PACKAGES = ['model', 'layout', 'themes', 'text', 'recognise', 'docx', 'pdf', 'parse'];
const work = mkdtempSync(join(tmpdir(), 'tc-pack-'));
const packs = join(work, 'packs');
const consumer = join(work, 'consumer');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

interface Manifest {
  engines?: { node?: string };
  scripts?: { prepack?: string; build?: string };
  files?: string[];
  sideEffects?: boolean | string[];
  exports: Record<string, Record<string, string>>;
}

describe('the package manifests', () => {
  const all = readdirSync(join(repoRoot, 'packages'));
  it.each(all)('@tc/%s builds on pack, says which Node it needs, ships dist and lists its exports types first', (name) => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as Manifest;
    expect(manifest.engines?.node).toBe('>=22.13');
    expect(manifest.scripts?.prepack).toBe('pnpm run build');
    expect(manifest.scripts?.build).toMatch(/^tsc -p tsconfig\.build\.json$/);
    expect(manifest.files).toContain('dist');
    // A library says what a bundler may drop; the command line is not bundled.
    if (name !== 'cli') expect(manifest.sideEffects === false || Array.isArray(manifest.sideEffects)).toBe(true);
    for (const [entry, conditions] of Object.entries(manifest.exports)) {
      const keys = Object.keys(conditions).filter((k) => k !== '@tc/source');
      expect(keys, `${name} exports ${entry}`).toEqual(['types', 'default']);
      expect(conditions['types']).toMatch(/^\.\/dist\/.+\.d\.ts$/);
      expect(conditions['default']).toMatch(/^\.\/dist\/.+\.js$/);
    }
  });
});

describe('the packed packages', () => {
  it('install outside the workspace, parse text, Word and PDF with plain node, and type-check', { timeout: 420_000 }, () => {
    for (const name of PACKAGES) run('pnpm', ['pack', '--pack-destination', packs], join(repoRoot, 'packages', name));
    const tarballs = Object.fromEntries(readdirSync(packs).map((file) => [`@tc/${file.replace(/^tc-/, '').replace(/-\d+\.\d+\.\d+\.tgz$/, '')}`, `file:${join(packs, file)}`]));
    expect(Object.keys(tarballs).sort()).toEqual(PACKAGES.map((p) => `@tc/${p}`).sort());
    for (const file of readdirSync(packs)) expect(run('tar', ['-tzf', join(packs, file)], packs).split('\n'), file).toEqual(expect.arrayContaining(['package/dist/index.js', 'package/dist/index.d.ts']));
    run('mkdir', ['-p', consumer], work);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { '@tc/parse': tarballs['@tc/parse'] }, pnpm: { overrides: tarballs } }));
    run('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--config.confirmModulesPurge=false'], consumer);

    writeFileSync(join(consumer, 'use.mjs'), `import { readFileSync } from 'node:fs';
import { parsePlan } from '@tc/parse';
for (const file of process.argv.slice(2)) {
  const { plan } = await parsePlan(readFileSync(file), { name: file });
  process.stdout.write(JSON.stringify({ format: plan.source.format, actions: plan.actions.length, refs: plan.actions.map((a) => a.ref) }) + '\\n');
}
`);
    const fixture = (file: string) => join(repoRoot, 'fixtures/plans/chester', file);
    const out = run(process.execPath, ['use.mjs', fixture('plan.txt'), fixture('plan.docx'), fixture('plan.pdf')], consumer);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { format: string; actions: number; refs: Array<string | null> });
    expect(lines.map((l) => [l.format, l.actions])).toEqual([['text', 35], ['docx', 35], ['pdf', 35]]);
    expect(lines[2]!.refs).toEqual(lines[0]!.refs);

    writeFileSync(join(consumer, 'old-node.mjs'), `try {
  await import('@tc/parse');
  process.stdout.write('imported');
} catch (error) {
  process.stdout.write(JSON.stringify({ name: error.name, code: error.code, message: error.message }));
}
`);
    const old = oldNode();
    const refused = JSON.parse(run(old.node, ['old-node.mjs'], consumer)) as { name: string; code: string; message: string };
    expect(refused).toEqual({ name: 'TcError', code: 'TC_UNSUPPORTED_RUNTIME', message: `@tc/parse needs Node.js ≥ 22.13; this is ${old.version}.` });

    // Everything a caller needs comes from @tc/parse alone (under pnpm, @tc/model is not resolvable).
    writeFileSync(join(consumer, 'consumer.ts'), `import { isTcError, parsePlan, TcError, type Action, type Diagnostic, type DiagnosticCode, type ParseProgress, type Plan, type TcErrorCode } from '@tc/parse';
export async function titles(bytes: Uint8Array): Promise<string[]> {
  const pages: number[] = [];
  const onProgress = (p: ParseProgress) => {
    if ('page' in p) pages.push(p.page);
  };
  try {
    const { plan, diagnostics }: { plan: Plan; diagnostics: Diagnostic[] } = await parsePlan(bytes, { name: 'plan.txt', onProgress });
    const codes: DiagnosticCode[] = diagnostics.map((d) => d.code);
    return plan.actions.map((action: Action) => action.title + action.themes.map((t) => t.theme).join(',') + codes.join() + pages.join());
  } catch (error) {
    const code: TcErrorCode | null = isTcError(error) ? error.code : null;
    throw new TcError(code ?? 'TC_INTERNAL', 'failed', { cause: error });
  }
}
`);
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    for (const [module, resolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      run(tsc, ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2023', '--module', module!, '--moduleResolution', resolution!, '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types'), 'consumer.ts'], consumer);
    }
  });
  // docs/recipes.md, "Parse in a browser", exactly as written, in the project the tarballs were
  // installed into: its files written out, its build script run, the page opened in Chromium.
  it.skipIf(CHROMIUM === undefined)(CHROMIUM === undefined ? NO_CHROMIUM : 'run the browser recipe of docs/recipes.md as written', { timeout: 240_000 }, async () => {
    const recipe = browserRecipeFiles();
    expect(Object.keys(recipe).sort()).toEqual(['app.ts', 'build.mjs', 'index.html']);
    for (const [name, text] of Object.entries(recipe)) writeFileSync(join(consumer, name), text);
    const esbuild = /^\s*esbuild: (\S+)$/m.exec(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8'))![1]!;
    run('pnpm', ['add', `esbuild@${esbuild}`, '--prefer-offline', '--ignore-workspace', '--config.confirmModulesPurge=false'], consumer);
    run(process.execPath, ['build.mjs'], consumer);
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    run(tsc, ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2023', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2023,dom', '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types'), 'app.ts'], consumer);

    const server = await serveStatic(consumer);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const workers: string[] = [];
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
      // The browser asks for a favicon, which the recipe's page has no reason to have.
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await page.goto(`${server.url}index.html`);
      for (const file of ['plan.txt', 'plan.docx', 'plan.pdf']) {
        await page.setInputFiles('#plan', join(repoRoot, 'fixtures/plans/chester', file));
        await page.locator('#status', { hasText: /actions$|:/ }).waitFor({ timeout: 60_000 });
        expect(await page.textContent('#status'), file).toBe('35 actions');
        expect(await page.locator('#actions li').count()).toBe(35);
        await page.locator('#status').evaluate((status) => (status.textContent = ''));
      }
      expect(workers).toContain('/dist/pdfjs-dist/build/pdf.worker.min.mjs');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

/** The browser section's blocks of docs/recipes.md, by the file name each opens with. */
function browserRecipeFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const block of recipes().filter((r) => r.browser)) {
    const name = /^(?:<!--|\/\/) ([\w.-]+\.[a-z]+)\b/.exec(block.code)?.[1];
    if (name) files[name] = block.code;
  }
  return files;
}
