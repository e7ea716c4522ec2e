// `pnpm demo:build`: bundles the demo page into examples/web/dist (or the folder given) with
// esbuild, straight from the packages' sources, and copies pdf.js's worker and data files beside
// the bundle, where @tc/pdf looks for them by default (esbuild does not emit `new URL()` assets).
import { cp, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** The files of pdfjs-dist a page needs beside its bundle, relative to the package folder. */
export const PDFJS_ASSETS = ['build/pdf.worker.min.mjs', 'cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

/** Where the pdfjs-dist that @tc/pdf uses is installed. */
export function pdfjsFolder(): string {
  const fromPdf = createRequire(join(here, '../../packages/pdf/package.json'));
  return dirname(fromPdf.resolve('pdfjs-dist/package.json'));
}

/** Builds the page into `outdir` (emptied first); returns esbuild's metafile. */
export async function buildDemo(outdir = join(here, 'dist'), options: { minify?: boolean } = {}): Promise<Metafile> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: here,
    entryPoints: [join(here, 'src/main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    // The packages are bundled from their sources: a fresh clone needs no build first.
    conditions: ['@tc/source'],
    // The CLI's CSV writer uses csv-stringify, whose default entry needs Node's Buffer.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    metafile: true,
    logLevel: 'warning',
  });
  await cp(join(here, 'index.html'), join(outdir, 'index.html'));
  await cp(join(here, 'style.css'), join(outdir, 'style.css'));
  const pdfjs = pdfjsFolder();
  for (const asset of PDFJS_ASSETS) await cp(join(pdfjs, asset), join(outdir, 'pdfjs-dist', asset), { recursive: true });
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2] ? resolve(process.argv[2]) : join(here, 'dist');
  await buildDemo(outdir);
  process.stdout.write(`demo built in ${outdir}\n`);
}
