// pdf.js ships no types for its worker module; this is the one member tc uses.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}
