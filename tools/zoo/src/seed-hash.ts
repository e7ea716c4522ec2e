// Stable numbers from names, so a family's seeds do not move when other families are added.

/** 32-bit FNV-1a of the parts joined by "/". */
export function seedOf(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(parts.join('/'))) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
