// Windows-1252 encoding, for the plain-text variation that older Windows tools save.

/** Bytes 0x80–0x9F of Windows-1252 (the rest above 0x9F is Latin-1); 0 marks the five unassigned bytes. */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const ENCODE = new Map<number, number>(HIGH.flatMap((cp, i) => (cp === 0 ? [] : [[cp, 0x80 + i] as [number, number]])));

/** Encodes `text`; a character Windows-1252 has no byte for becomes "?", as Windows' own conversion does. */
export function encodeWindows1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out.push(cp);
    else out.push(ENCODE.get(cp) ?? 0x3f);
  }
  return Uint8Array.from(out);
}
