// Lists the entry names of a zip archive from its central directory, without inflating anything.
// Enough to tell a Word document (word/document.xml) from any other zip.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a zip archive. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

/** The entry names in the central directory, or null when it cannot be found or read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const data = view(bytes);
  const end = findEndOfDirectory(data);
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.byteLength || data.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > data.byteLength) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The entry names of the local file headers, for archives whose central directory is damaged. */
export function zipLocalNames(bytes: Uint8Array): string[] {
  const data = view(bytes);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let at = 0; at + 30 <= data.byteLength; at++) {
    if (data.getUint32(at, true) !== LOCAL_HEADER) continue;
    const nameLength = data.getUint16(at + 26, true);
    if (at + 30 + nameLength > data.byteLength) break;
    names.push(decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    at += 29 + nameLength;
  }
  return names;
}

function findEndOfDirectory(data: DataView): number {
  const last = data.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
