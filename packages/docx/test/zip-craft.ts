// Hand-made zip files for the bad-input tests: entries with any declared size, so a test can build
// a zip bomb that lies about its size without ever holding the expanded bytes.
import { Deflate } from 'fflate';

export interface CraftEntry {
  name: string;
  /** Deflated bytes. */
  data: Uint8Array;
  /** The uncompressed size written into the headers (true or not). */
  declaredSize: number;
}

/** Deflates `total` zero bytes without allocating them: a reused 1 MiB chunk is pushed repeatedly. */
export function deflatedZeros(total: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => chunks.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let left = total; left > 0; left -= zeros.length) {
    deflate.push(left > zeros.length ? zeros : zeros.subarray(0, left), left <= zeros.length);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

export function craftZip(entries: CraftEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, eocd];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

/** A minimal OLE compound file whose directory holds the given stream names. */
export function oleFile(streams: string[]): Uint8Array {
  const out = new Uint8Array(512 * 3);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(out.buffer);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint32(0x30, 0, true);
  ['Root Entry', ...streams].forEach((name, i) => {
    const p = 512 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(p + c * 2, name.charCodeAt(c), true);
    view.setUint16(p + 0x40, (name.length + 1) * 2, true);
    out[p + 0x42] = i === 0 ? 5 : 2;
  });
  return out;
}
