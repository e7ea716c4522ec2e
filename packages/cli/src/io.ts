import { buffer } from 'node:stream/consumers';

/** Where a command reads and writes; the process in bin.ts, buffers in tests. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

/** Reads all of standard input into bytes. */
export async function readAll(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  return new Uint8Array(await buffer(stdin));
}

/** Resolves once everything written to `stream` so far has been handed to the system (or the stream failed). */
export function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}
