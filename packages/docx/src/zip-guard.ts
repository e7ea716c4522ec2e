// Reads the zip container of a .docx defensively, before mammoth sees it: the central directory's
// declared sizes and entry count are checked first, then every entry is inflated here in small
// slices while the actual output is counted, so a zip bomb is refused before it can fill memory.
import { Inflate, inflateSync } from 'fflate';
import { TcError } from '@tc/model';

/** Limits on what a .docx may expand to. */
export interface DocxLimits {
  /** Total uncompressed bytes of all entries, declared and actual (default 256 MiB). */
  maxUncompressedBytes: number;
  /** Entries in the zip (default 10 000). */
  maxEntries: number;
  /** Bytes of any one XML part (default 8 MiB; mammoth needs ~50 times a part's size in memory). */
  maxXmlPartBytes: number;
  /** Paragraphs in the body (default 20 000; mammoth needs ~11 KB each). */
  maxParagraphs: number;
  /** Runs in the body (default 50 000; ~6 KB each). */
  maxRuns: number;
  /** Runs in one paragraph (default 5 000). */
  maxRunsPerParagraph: number;
}

// Real plans are far inside these: the largest fixture has a 140 KB body of 277 paragraphs and at
// most 7 runs in a paragraph. At the limits mammoth's peak stays under ~500 MB.
export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxXmlPartBytes: 8 * 1024 * 1024,
  maxParagraphs: 20_000,
  maxRuns: 50_000,
  maxRunsPerParagraph: 5_000,
};

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function xmlPartTooLarge(name: string, limit: number): TcError {
  return new TcError('TC_DOCX_TOO_LARGE', `The .docx part ${name} is larger than the ${limit}-byte limit for one XML part.`);
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 16 * 1024;
// Deflate cannot expand data more than about 1032:1, so an entry whose compressed size times this
// still fits in the remaining budget is inflated in one go; only the others are inflated in slices.
const MAX_DEFLATE_RATIO = 1032;

function corrupt(message: string, cause?: unknown): TcError {
  return new TcError('TC_DOCX_CORRUPT', message, cause === undefined ? undefined : { cause });
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw corrupt('The .docx file is damaged or truncated: its zip directory is missing.');
}

function readEntries(bytes: Uint8Array, view: DataView, limits: DocxLimits): Entry[] {
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new TcError('TC_DOCX_TOO_LARGE', 'The .docx uses a zip64 directory, which only very large documents need; refusing it.');
  }
  if (count > limits.maxEntries) {
    throw new TcError('TC_DOCX_TOO_LARGE', `The .docx has ${count} zip entries, more than the limit of ${limits.maxEntries}.`);
  }
  if (offset + size > eocd) throw corrupt('The .docx file is damaged or truncated: its zip directory points outside the file.');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let declaredTotal = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw corrupt('The .docx file is damaged: a zip directory entry is malformed.');
    const nameLength = view.getUint16(p + 28, true);
    const entry: Entry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    declaredTotal += entry.declaredSize;
    if (isXmlPart(entry.name) && entry.declaredSize > limits.maxXmlPartBytes) throw xmlPartTooLarge(entry.name, limits.maxXmlPartBytes);
    if (declaredTotal > limits.maxUncompressedBytes) {
      throw new TcError('TC_DOCX_TOO_LARGE', `The .docx declares more than ${limits.maxUncompressedBytes} uncompressed bytes; refusing to expand it.`);
    }
    entries.push(entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) throw corrupt(`The .docx file is damaged: the zip entry ${entry.name} is missing.`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`The .docx file is truncated inside the zip entry ${entry.name}.`);
  return bytes.subarray(start, end);
}

/**
 * Checks the zip against the limits and returns the inflated parts that `keep` selects.
 * Every entry is inflated (and counted), kept or not, because mammoth will inflate them too.
 */
export function readDocxZip(bytes: Uint8Array, limits: DocxLimits, keep: (name: string) => boolean): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readEntries(bytes, view, limits);
  const parts = new Map<string, Uint8Array>();
  let actualTotal = 0;
  const count = (n: number): void => {
    actualTotal += n;
    if (actualTotal > limits.maxUncompressedBytes) {
      throw new TcError('TC_DOCX_TOO_LARGE', `The .docx expands to more than ${limits.maxUncompressedBytes} bytes; refused while decompressing.`);
    }
  };
  for (const entry of entries) {
    const data = entryData(bytes, view, entry);
    const wanted = keep(entry.name);
    const partLimit = isXmlPart(entry.name) ? limits.maxXmlPartBytes : Infinity;
    if (entry.method === 0) {
      count(data.length);
      if (data.length > partLimit) throw xmlPartTooLarge(entry.name, partLimit);
      if (wanted) parts.set(entry.name, data);
      continue;
    }
    if (entry.method !== 8) throw corrupt(`The .docx uses an unsupported zip compression method (${entry.method}) for ${entry.name}.`);
    if (actualTotal + data.length * MAX_DEFLATE_RATIO <= limits.maxUncompressedBytes) {
      // One spare byte shows an entry that is larger than it declares; such an entry is inflated
      // again below, in counted slices.
      let out: Uint8Array;
      try {
        out = inflateSync(data, { out: new Uint8Array(entry.declaredSize + 1) });
      } catch (error) {
        throw corrupt(`The .docx file is damaged: the zip entry ${entry.name} does not decompress.`, error);
      }
      if (out.length <= entry.declaredSize) {
        count(out.length);
        if (out.length > partLimit) throw xmlPartTooLarge(entry.name, partLimit);
        if (wanted) parts.set(entry.name, out);
        continue;
      }
    }
    const chunks: Uint8Array[] = [];
    let entrySize = 0;
    const inflater = new Inflate((chunk) => {
      count(chunk.length);
      entrySize += chunk.length;
      if (entrySize > partLimit) throw xmlPartTooLarge(entry.name, partLimit);
      if (wanted) chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof TcError) throw error;
      throw corrupt(`The .docx file is damaged: the zip entry ${entry.name} does not decompress.`, error);
    }
    if (wanted) parts.set(entry.name, concat(chunks));
  }
  return parts;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
