import { TcError } from '@tc/model/lite';

/**
 * What {@link parsePlan} reads: bytes (a Uint8Array, any ArrayBuffer view, an ArrayBuffer), text, a
 * Blob or File, or a stream of bytes — a web ReadableStream or anything async-iterable, such as a
 * Node Readable.
 */
export type PlanInput = Uint8Array | ArrayBuffer | ArrayBufferView | string | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

const tooLarge = (limit: number): TcError => new TcError('TC_INPUT_TOO_LARGE', `The input is over the ${limit}-byte limit; it was not read further.`);

/** The input's bytes, read no further than `limit` bytes, and whether it was given as text. */
export async function readInput(input: PlanInput, limit: number): Promise<{ bytes: Uint8Array; text: boolean }> {
  if (typeof input === 'string') return { bytes: new TextEncoder().encode(input), text: true };
  if (input instanceof Uint8Array) return { bytes: input, text: false };
  if (input instanceof ArrayBuffer) return { bytes: new Uint8Array(input), text: false };
  if (ArrayBuffer.isView(input)) return { bytes: new Uint8Array(input.buffer, input.byteOffset, input.byteLength), text: false };
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    if (input.size > limit) throw tooLarge(limit);
    return { bytes: new Uint8Array(await input.arrayBuffer()), text: false };
  }
  if (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream) return { bytes: await collect(webChunks(input), limit), text: false };
  if (input !== null && typeof input === 'object' && Symbol.asyncIterator in input) return { bytes: await collect(input, limit), text: false };
  throw new TcError('TC_USAGE', 'parsePlan takes bytes (Uint8Array, ArrayBuffer or a view), a string, a Blob or File, or a stream of bytes.');
}

async function* webChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

// The limit holds while reading: a stream that runs past it is cancelled, not buffered to the end.
async function collect(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (!(part instanceof Uint8Array)) throw new TcError('TC_USAGE', 'A stream given to parsePlan must yield bytes.');
    size += part.byteLength;
    if (size > limit) throw tooLarge(limit);
    parts.push(part);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.byteLength));
  return out;
}
