// The packages as a user gets them: each packed (its prepack builds it), the tarballs installed into
// a project outside the workspace, the three formats parsed with plain `node` (no source condition,
// no type stripping), and a consumer file type-checked under NodeNext and Bundler resolution.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../examples/web/serve.ts';
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

describe('the packed packages', () => {
  it('install outside the workspace, parse text, Word and PDF with plain node, and type-check', { timeout: 420_000 }, () => {
    for (const name of PACKAGES) run('pnpm', ['pack', '--pack-destination', packs], join(repoRoot, 'packages', name));
    const tarballs = Object.fromEntries(readdirSync(packs).map((file) => [`@tc/${file.replace(/^tc-/, '').replace(/-\d+\.\d+\.\d+\.tgz$/, '')}`, `file:${join(packs, file)}`]));
    expect(Object.keys(tarballs).sort()).toEqual(PACKAGES.map((p) => `@tc/${p}`).sort());
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

    writeFileSync(join(consumer, 'consumer.ts'), `import { parsePlan } from '@tc/parse';
export async function titles(bytes: Uint8Array): Promise<string[]> {
  const { plan } = await parsePlan(bytes, { name: 'plan.txt' });
  return plan.actions.map((action) => action.title + action.themes.map((t) => t.theme).join(','));
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
    const recipe = recipeFiles('Parse in a browser');
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

/** The fenced code blocks of a docs/recipes.md section, by the file name each opens with. */
function recipeFiles(section: string): Record<string, string> {
  const doc = readFileSync(join(repoRoot, 'docs/recipes.md'), 'utf8');
  const start = doc.indexOf(`## ${section}\n`);
  const end = doc.indexOf('\n## ', start + 1);
  const body = doc.slice(start, end === -1 ? undefined : end);
  const files: Record<string, string> = {};
  for (const [, code] of body.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const name = /^(?:<!--|\/\/) ([\w.-]+\.[a-z]+)\b/.exec(code!)?.[1];
    if (name) files[name] = code!;
  }
  return files;
}
