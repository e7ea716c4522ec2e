// A PDF action's source: its page drawn by pdf.js onto a canvas, the action's boxes over it.
import type { SourceView } from './source-view.ts';

type PdfAt = { kind: 'pdf'; page: number; bbox: [number, number, number, number] };

// The demo's own pdf.js (for drawing pages) reads the copies that the build puts beside the bundle.
const assets = new URL('pdfjs-dist/', import.meta.url);

export async function pdfView(bytes: Uint8Array, container: HTMLElement): Promise<SourceView> {
  const pdfjs = await import('pdfjs-dist');
  // A Web Worker where the page may start one; else pdf.js's documented main-thread fallback.
  const port = typeof Worker === 'function' ? new Worker(new URL('build/pdf.worker.min.mjs', assets), { type: 'module' }) : null;
  const scope = globalThis as { pdfjsWorker?: unknown };
  if (!port) scope.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.min.mjs');
  const worker = new pdfjs.PDFWorker({ port, verbosity: 0 } as unknown as ConstructorParameters<typeof pdfjs.PDFWorker>[0]);
  // isEvalSupported is missing from pdf.js's types but honoured: fonts are never compiled to code.
  const params: Parameters<typeof pdfjs.getDocument>[0] & { isEvalSupported: false } = {
    data: bytes.slice(),
    worker,
    verbosity: 0,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: new URL('cmaps/', assets).href,
    standardFontDataUrl: new URL('standard_fonts/', assets).href,
    wasmUrl: new URL('wasm/', assets).href,
    iccUrl: new URL('iccs/', assets).href,
  };
  const task = pdfjs.getDocument(params);
  const doc = await task.promise;
  let drawn: { page: number; frame: HTMLElement; scale: number } | null = null;

  async function draw(n: number): Promise<{ frame: HTMLElement; scale: number }> {
    if (drawn?.page === n) return drawn;
    const page = await doc.getPage(n);
    const width = page.getViewport({ scale: 1 }).width;
    const scale = Math.max(0.5, Math.min(1.5, (container.clientWidth - 4) / width));
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    const frame = document.createElement('div');
    frame.className = 'page';
    frame.dataset.page = String(n);
    frame.dataset.scale = String(scale);
    frame.append(canvas);
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    page.cleanup();
    container.replaceChildren(frame);
    drawn = { page: n, frame, scale };
    return drawn;
  }

  return {
    title: (at) => `page ${(at[0] as PdfAt).page} of ${doc.numPages}`,
    async show(at) {
      const boxes = at.filter((p): p is PdfAt => p.kind === 'pdf');
      const first = boxes[0];
      if (!first) return;
      const { frame, scale } = await draw(first.page);
      frame.querySelectorAll('.box').forEach((b) => b.remove());
      for (const { bbox } of boxes.filter((b) => b.page === first.page)) {
        const box = document.createElement('div');
        box.className = 'box';
        Object.assign(box.style, {
          left: `${bbox[0] * scale}px`,
          top: `${bbox[1] * scale}px`,
          width: `${(bbox[2] - bbox[0]) * scale}px`,
          height: `${(bbox[3] - bbox[1]) * scale}px`,
        });
        frame.append(box);
      }
      frame.querySelector('.box')?.scrollIntoView({ block: 'center' });
    },
    dispose() {
      void task.destroy().then(() => {
        worker.destroy();
        port?.terminate();
      });
    },
  };
}
