/** Where a command reads and writes; the process in bin.ts, buffers in tests. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

/** Reads all of standard input into bytes. */
export async function readAll(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
