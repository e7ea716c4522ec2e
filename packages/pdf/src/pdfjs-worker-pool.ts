import { TcError } from '@tc/model';
import type { PdfJs } from './pdfjs-options.ts';
import { mainThreadPort, startWorker, type WorkerPort } from './pdfjs-worker.ts';

type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

/** A pdf.js worker lent to one document. */
export interface LentWorker {
  worker: PdfWorker;
  /** Gives it back: kept for the next document when `reusable`, else terminated at once. */
  release(reusable: boolean): void;
}

interface Idle {
  src: string;
  worker: PdfWorker;
  port: WorkerPort;
}

// Starting a Web Worker costs more than reading a small PDF (its 1.2 MB script is compiled anew), so
// one that finished a document cleanly waits a while for the next. Documents read at the same time
// each have their own, so stopping one (a time limit, an abort) stops no other.
const IDLE_MS = 15_000;
let idle: Idle | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function drop(entry: Idle): void {
  entry.worker.destroy();
  entry.port.close();
}

/**
 * A pdf.js worker for one document: a Web Worker started from `src` (or the one left idle by the
 * last document from the same script), else pdf.js's worker code in the calling thread.
 */
export async function lendWorker(pdfjs: PdfJs, src: URL | null): Promise<LentWorker> {
  if (src && idle?.src === src.href) {
    const entry = idle;
    idle = null;
    clearTimeout(idleTimer);
    return lend(entry);
  }
  const started = src ? await startWorker(src) : null;
  if (started) return lend({ src: src!.href, worker: wrap(pdfjs, started), port: started });
  let port: WorkerPort;
  try {
    port = await mainThreadPort();
  } catch (error) {
    throw new TcError('TC_PDF_WORKER', `pdf.js could not be started in this page: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  const worker = wrap(pdfjs, port);
  return {
    worker,
    release: () => drop({ src: '', worker, port }),
  };
}

function lend(entry: Idle): LentWorker {
  return {
    worker: entry.worker,
    release(reusable) {
      if (!reusable || idle) return drop(entry);
      idle = entry;
      idleTimer = setTimeout(() => {
        if (idle === entry) idle = null;
        drop(entry);
      }, IDLE_MS);
    },
  };
}

function wrap(pdfjs: PdfJs, port: WorkerPort): PdfWorker {
  // pdf.js's typings leave out the `port` parameter its constructor takes.
  return new pdfjs.PDFWorker({ port: port.port, verbosity: 0 } as unknown as ConstructorParameters<PdfJs['PDFWorker']>[0]);
}
