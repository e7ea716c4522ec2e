// parsePlan in Chromium (the demo page of examples/web, built and served here) next to parsePlan in
// Node, per fixture rendition. The page's figure is its own: from reading the chosen file to the
// validated Plan, pdf.js in a Web Worker started for each PDF. Node's is the same call in this
// process (legacy pdf.js in the calling thread). Both warm: the median of ROUNDS after one unmeasured read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parsePlan } from '@tc/parse';
import { buildDemo } from '../examples/web/build.ts';
import { serveStatic } from '../examples/web/serve.ts';
import { CHROMIUM, NO_CHROMIUM, launchChromium } from '../test/support/chromium.ts';
import { openDemo } from '../test/support/demo-page.ts';
import { FIXTURES, fixtureFolders } from '../test/support/fixtures.ts';

export const name = 'browser: parsePlan in Chromium (demo page) vs in Node, per fixture rendition';

const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<Array<Record<string, string | number>>> {
  if (CHROMIUM === undefined) return [{ file: NO_CHROMIUM }];
  const files = fixtureFolders().flatMap((f) => f.renditions.map((r) => join(f.dir, r)));
  const out = mkdtempSync(join(tmpdir(), 'tc-bench-demo-'));
  await buildDemo(out);
  const server = await serveStatic(out);
  const browser = await launchChromium();
  const rows: Array<Record<string, string | number>> = [];
  try {
    const demo = await openDemo(await browser.newContext(), server.url);
    const firstOfFormat = new Map<string, number>();
    for (const file of files) {
      const format = file.slice(file.lastIndexOf('.') + 1);
      const cold = (await demo.read(file, { downloads: false })).ms;
      if (!firstOfFormat.has(format)) firstOfFormat.set(format, cold);
      const page: number[] = [];
      for (let r = 0; r < ROUNDS; r++) page.push((await demo.read(file, { downloads: false })).ms);
      const bytes = readFileSync(file);
      await parsePlan(bytes, { name: basename(file) });
      const node: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const start = performance.now();
        await parsePlan(bytes, { name: basename(file) });
        node.push(performance.now() - start);
      }
      const b = median(page);
      const n = median(node);
      rows.push({ file: relative(FIXTURES, file), 'node ms': Math.round(n), 'browser ms': Math.round(b), 'browser / node': Math.round((b / n) * 100) / 100 });
    }
    for (const [format, ms] of firstOfFormat) rows.push({ file: `first .${format} in a fresh page (chunks loaded)`, 'node ms': '', 'browser ms': ms, 'browser / node': '' });
    if (demo.problems.length > 0) rows.push({ file: `page problems: ${demo.problems.join('; ')}` });
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
