/** What pdf.js needs of a worker it is handed: a Web Worker or one end of a MessageChannel. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: unknown[]): void;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void, options?: unknown): void;
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
}

/** A started pdf.js worker and how to stop it. */
export interface WorkerPort {
  port: WorkerLike;
  close(): void;
}

interface BrowserWorker extends WorkerLike {
  terminate(): void;
}
type WorkerConstructor = new (url: string | URL, options: { type: 'module' }) => BrowserWorker;

interface MessageChannelLike {
  port1: WorkerLike & { start(): void; close(): void };
  port2: WorkerLike & { start(): void; close(): void };
}

/**
 * Starts pdf.js's worker script in a Web Worker and waits for it to say it is ready; null when it
 * cannot start (no such script, a page policy that forbids it, a browser without module workers).
 */
export async function startWorker(src: URL): Promise<WorkerPort | null> {
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker) return null;
  const script = scriptFor(src);
  let worker: BrowserWorker;
  try {
    worker = new Worker(script.url, { type: 'module' });
  } catch {
    script.release();
    return null;
  }
  const ready = await new Promise<boolean>((resolve) => {
    const done = (value: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(value);
    };
    // pdf.js's worker announces itself with a "ready" message as soon as its script has run.
    const onMessage = (event: { data?: unknown }) => {
      const data = event.data as { action?: unknown; targetName?: unknown } | null;
      if (data?.targetName === 'main' && data.action === 'ready') done(true);
    };
    const onError = () => done(false);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  script.release();
  if (!ready) {
    worker.terminate();
    return null;
  }
  return { port: worker, close: () => worker.terminate() };
}

// A worker script on another origin (a CDN) cannot be started directly; a same-origin module that
// imports it can (pdf.js does the same).
function scriptFor(src: URL): { url: string; release(): void } {
  const here = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (here === undefined || here === src.origin) return { url: src.href, release() {} };
  const url = URL.createObjectURL(new Blob([`await import(${JSON.stringify(src.href)});`], { type: 'text/javascript' }));
  return { url, release: () => URL.revokeObjectURL(url) };
}

/**
 * pdf.js's worker code run in the calling thread (its "fake worker"), reached through a
 * MessageChannel: the worker module is bundled as a chunk of its own and loaded only here.
 */
export async function mainThreadPort(): Promise<WorkerPort> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  const had = 'pdfjsWorker' in scope;
  const { WorkerMessageHandler } = await import('pdfjs-dist/build/pdf.worker.min.mjs');
  // The worker module announces itself on globalThis, which would make pdf.js run every later
  // document of the page in the calling thread; the page is left as it was.
  if (!had) delete scope.pdfjsWorker;
  const channel = new (globalThis as unknown as { MessageChannel: new () => MessageChannelLike }).MessageChannel();
  WorkerMessageHandler.initializeFromPort(channel.port2);
  // Started at once: the only message that can arrive before pdf.js listens is "ready", which pdf.js
  // does not wait for when it is handed a port.
  channel.port1.start();
  channel.port2.start();
  return {
    port: channel.port1,
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
