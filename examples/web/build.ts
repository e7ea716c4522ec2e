// `pnpm demo:build`: bundles the demo page into examples/web/dist (or the folder given) with
// esbuild, straight from the packages' sources, then copies pdf.js's worker and data files beside
// the bundle (the documented step for esbuild, which does not emit `new URL()` assets).
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyPdfjsAssets } from '@tc/parse/node';
import { build, type Metafile } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

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
  await copyPdfjsAssets(outdir);
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2] ? resolve(process.argv[2]) : join(here, 'dist');
  await buildDemo(outdir);
  process.stdout.write(`demo built in ${outdir}\n`);
}
