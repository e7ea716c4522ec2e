// The demo page (examples/web) in a real browser: built here from the sources, served on
// 127.0.0.1, driven in Debian's Chromium. Every fixture rendition read in the page must give the
// Plan that parsePlan gives in Node, with pdf.js set up by nobody but @tc/pdf; also with no Web
// Worker, over plain http from a host that is not localhost (no Web Crypto), and with the
// worker script missing. Without Chromium the file is skipped and says so.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '@tc/parse';
import { buildDemo } from '../../examples/web/build.ts';
import { serveStatic } from '../../examples/web/serve.ts';
import { ACTION_COLUMNS } from '../../packages/cli/src/normalise/action-columns.ts';
import { toCsv } from '../../packages/cli/src/normalise/csv.ts';
import { CHROMIUM, NO_CHROMIUM, PLAIN_HOST, launchChromium } from '../support/chromium.ts';
import { openDemo, type DemoPage } from '../support/demo-page.ts';
import { fixtureFolders } from '../support/fixtures.ts';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
const folders = fixtureFolders();
const main = folders.flatMap((f) => f.renditions.map((r) => join(f.dir, r)));
const matrix = folders.flatMap((f) => f.matrix.map((r) => join(f.dir, r)));
const pdfs = main.filter((file) => file.endsWith('.pdf'));
const chester = (ext: string) => join(folders.find((f) => f.slug === 'chester')!.dir, `plan.${ext}`);
// The bundled copy of pdf.js's worker code, which the page loads only to run pdf.js in its own thread.
const MAIN_THREAD_CHUNK = /\/pdf\.worker\.min-[A-Z0-9]+\.js$/;
const WORKER_SCRIPT = /\/pdfjs-dist\/build\/pdf\.worker\.min\.mjs$/;

const expected = new Map<string, Plan>();
async function nodePlan(file: string): Promise<Plan> {
  if (!expected.has(file)) expected.set(file, (await parsePlan(readFileSync(file), { name: basename(file) })).plan);
  return expected.get(file)!;
}
const csvOf = (plan: Plan) => toCsv(ACTION_COLUMNS, plan.actions.map((action) => ({ source: plan.source.name, plan, action })));

describe.skipIf(CHROMIUM === undefined)(CHROMIUM === undefined ? NO_CHROMIUM : 'the demo page in Chromium', () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (url: string, init?: string): Promise<DemoPage> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    if (init) await context.addInitScript(init);
    return openDemo(context, url);
  };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'tc-demo-'));
    await buildDemo(out);
    server = await serveStatic(out);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('reads every fixture rendition to the Plan and CSV that Node gives, pdf.js in a Web Worker, with no console error', { timeout: 600_000 }, async () => {
    const demo = await open(server.url);
    const files = [...main, ...matrix];
    expect(main.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const { plan, csv } = await demo.read(file);
      const node = await nodePlan(file);
      expect(plan, file).toEqual(node);
      expect(csv, file).toBe(csvOf(node));
    }
    // The PDFs were read by pdf.js in a Web Worker started from the copy beside the bundle, one
    // worker kept for the next document rather than one started for each.
    const started = demo.workers.filter((url) => WORKER_SCRIPT.test(url)).length;
    expect(started).toBeGreaterThanOrEqual(1);
    expect(started).toBeLessThan(pdfs.length + matrix.length);
    expect(demo.requests.filter((url) => MAIN_THREAD_CHUNK.test(url))).toEqual([]);
    expect(demo.problems).toEqual([]);
  });

  it("draws a PDF action's box over its page, and marks a text or Word action's source", { timeout: 120_000 }, async () => {
    const demo = await open(server.url);
    const plymouth = join(folders.find((f) => f.slug === 'plymouth')!.dir, 'plan.pdf');
    await demo.read(plymouth, { downloads: false });
    const node = await nodePlan(plymouth);
    const action = node.actions[1]!;
    const at = action.provenance[0]!;
    if (at.kind !== 'pdf') throw new Error('a PDF action has PDF provenance');
    await demo.page.click(`#actions tr[data-id="${action.id}"] a.from`);
    await demo.page.locator(`#source[data-shown="${action.id}"]`).waitFor();
    expect(await demo.page.textContent('#source-title')).toBe(`Source: page ${at.page} of ${node.source.pages}`);
    // Run in the page (as source text: this file is type-checked without the DOM's types).
    const geometry = (await demo.page.evaluate(`(() => {
      const canvas = document.querySelector('#source .page canvas');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) ink += 1;
      const page = canvas.getBoundingClientRect();
      const box = document.querySelector('#source .box').getBoundingClientRect();
      return { ink, scale: Number(canvas.parentElement.dataset.scale), box: [box.left - page.left, box.top - page.top, box.width, box.height] };
    })()`)) as { ink: number; scale: number; box: number[] };
    expect(geometry.ink).toBeGreaterThan(1000);
    const { scale } = geometry;
    expect(scale).toBeGreaterThan(0.4);
    // The box sits where the provenance says, on the page as drawn (2 px of border and rounding).
    const want = [at.bbox[0] * scale, at.bbox[1] * scale, (at.bbox[2] - at.bbox[0]) * scale, (at.bbox[3] - at.bbox[1]) * scale];
    geometry.box.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(3));
    mkdirSync(ARTIFACTS, { recursive: true });
    await demo.page.screenshot({ path: join(ARTIFACTS, 'demo-web-pdf.png') });

    await demo.read(chester('txt'), { downloads: false });
    const text = (await nodePlan(chester('txt'))).actions[0]!;
    await demo.page.click(`#actions tr[data-id="${text.id}"] a.from`);
    await demo.page.locator(`#source[data-shown="${text.id}"]`).waitFor();
    const marked = await demo.page.textContent('#source mark');
    const span = text.provenance[0]!;
    if (span.kind !== 'text') throw new Error('a text action has text provenance');
    expect(marked).toBe(new TextDecoder().decode(readFileSync(chester('txt'))).slice(span.start.offset, span.end.offset));
    expect(marked).toContain(text.title.slice(0, 30));

    await demo.read(chester('docx'), { downloads: false });
    const word = (await nodePlan(chester('docx'))).actions[0]!;
    await demo.page.click(`#actions tr[data-id="${word.id}"] a.from`);
    await demo.page.locator(`#source[data-shown="${word.id}"]`).waitFor();
    expect(await demo.page.locator('#source .hit').count()).toBe(1);
    expect(await demo.page.textContent('#source .hit')).toContain(word.title.slice(0, 30));
    await demo.page.screenshot({ path: join(ARTIFACTS, 'demo-web-docx.png') });
    expect(demo.problems).toEqual([]);
  });

  it('reads PDFs in the calling thread where the page cannot start a Web Worker', { timeout: 300_000 }, async () => {
    const demo = await open(server.url, 'delete window.Worker;');
    expect(await demo.page.evaluate('typeof Worker')).toBe('undefined');
    for (const file of pdfs) expect((await demo.read(file)).plan, file).toEqual(await nodePlan(file));
    expect(demo.workers).toEqual([]);
    expect(demo.requests.filter((url) => MAIN_THREAD_CHUNK.test(url)).length).toBe(1);
    expect(demo.problems).toEqual([]);
  });

  it('reads PDFs in the calling thread with pdf: { worker: false }, and when the worker script does not load', { timeout: 300_000 }, async () => {
    const off = await open(`${server.url}?pdf-worker=off`);
    for (const file of pdfs.slice(0, 2)) expect((await off.read(file)).plan, file).toEqual(await nodePlan(file));
    expect(off.requests.filter((url) => MAIN_THREAD_CHUNK.test(url)).length).toBe(1);
    expect(off.problems).toEqual([]);

    const missing = await open(`${server.url}?pdf-worker-src=${encodeURIComponent('/no/such/pdf.worker.mjs')}`);
    const file = pdfs[0]!;
    expect((await missing.read(file)).plan, file).toEqual(await nodePlan(file));
    expect(missing.requests.filter((url) => MAIN_THREAD_CHUNK.test(url)).length).toBe(1);
    // The one complaint is the browser's own, about the missing script.
    expect(missing.problems.filter((p) => !p.includes('/no/such/pdf.worker.mjs') && !/Failed to load resource/.test(p))).toEqual([]);
  });

  it('starts a worker script on another origin (a CDN) through a same-origin module', { timeout: 120_000 }, async () => {
    const remote = `http://${PLAIN_HOST}:${server.port}/pdfjs-dist/build/pdf.worker.min.mjs`;
    const demo = await open(`${server.url}?pdf-worker-src=${encodeURIComponent(remote)}`);
    const file = pdfs[0]!;
    expect((await demo.read(file)).plan, file).toEqual(await nodePlan(file));
    expect(demo.workers.filter((url) => url.startsWith('blob:'))).toHaveLength(1);
    expect(demo.requests).toContain(remote);
    expect(demo.requests.filter((url) => MAIN_THREAD_CHUNK.test(url))).toEqual([]);
    expect(demo.problems).toEqual([]);
  });

  it('reads every format over plain http from a host that is not localhost, where there is no Web Crypto', { timeout: 300_000 }, async () => {
    const demo = await open(`http://${PLAIN_HOST}:${server.port}/`);
    expect(await demo.page.evaluate('[isSecureContext, typeof crypto.subtle]')).toEqual([false, 'undefined']);
    for (const file of [chester('txt'), chester('docx'), chester('pdf')]) {
      const { plan } = await demo.read(file);
      expect(plan, file).toEqual(await nodePlan(file));
    }
    expect(demo.workers.filter((url) => WORKER_SCRIPT.test(url)).length).toBeGreaterThanOrEqual(1);
    expect(demo.problems).toEqual([]);
  });
});
