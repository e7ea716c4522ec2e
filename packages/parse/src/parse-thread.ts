import { tolerateStrayPdfjsRejections } from './stray-rejections.ts';

/**
 * Sets up a worker thread that does nothing but parse documents (`parsePlanInWorker` and
 * `tc normalise` call it in theirs): pdf.js's stray rejections are let pass
 * (see stray-rejections.ts), and DecompressionStream is removed, so pdf.js inflates streams in its
 * own JavaScript instead of through a web stream and zlib on the thread pool. That took 10-22 %
 * less time and CPU on the 98 fixture PDFs of `pnpm bench overhead` (docs/benchmarks.md); memory
 * stays bounded the same way, the inflated bytes counting in what the memory watch reads. Not for
 * a thread that does other work: it changes the thread's globals.
 */
export function prepareParseThread(): void {
  tolerateStrayPdfjsRejections();
  Reflect.deleteProperty(globalThis, 'DecompressionStream');
}
