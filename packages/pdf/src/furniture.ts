import type { FurnitureNode } from '@tc/model';
import type { PageLayout } from './page-layout.ts';
import type { TextLine } from './text-lines.ts';
import { pdfPosition } from './ticks.ts';

/** Share of the page height, at top and bottom, where running headers and footers live. */
const BAND = 0.12;
/** Running text repeated within this many points of one height (from its page edge). */
const SAME_HEIGHT = 6;
const PAGE_NUMBER = /^(page\s*)?#(\s*(of|\/)\s*#)?$|^(page\s*)?[ivxlc]{1,5}$/i;

/**
 * Takes running headers, footers and page numbers out of the pages' lines: text in the top or
 * bottom band that repeats (digits masked) at one height on at least two pages and half of them,
 * or that reads as a page number.
 */
export function extractFurniture(pages: PageLayout[]): FurnitureNode[] {
  const key = (l: TextLine) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const band = (p: PageLayout, l: TextLine): 'header' | 'footer' | null =>
    l.box[3] <= p.height * BAND ? 'header' : l.box[1] >= p.height * (1 - BAND) ? 'footer' : null;
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  for (const p of pages) {
    for (const l of p.lines) {
      const where = band(p, l);
      if (!where) continue;
      const k = `${where}|${key(l)}`;
      const at = seen.get(k) ?? [];
      at.push({ page: p.page, y: where === 'header' ? l.box[1] : p.height - l.box[3] });
      seen.set(k, at);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  // A running header or footer stands at the same height on every page; a label that happens to
  // fall in the band of two pages (a field name in a list of records) does not.
  const pagesAt = (k: string) => {
    const at = seen.get(k) ?? [];
    const ys = at.map((a) => a.y).sort((a, b) => a - b);
    const mid = ys[Math.floor(ys.length / 2)] ?? 0;
    return new Set(at.filter((a) => Math.abs(a.y - mid) <= SAME_HEIGHT).map((a) => a.page)).size;
  };
  const out: FurnitureNode[] = [];
  for (const p of pages) {
    p.lines = p.lines.filter((l) => {
      const where = band(p, l);
      if (!where) return true;
      const k = key(l);
      // A bare number counts only when it is this page's number (a footnote mark is not).
      const bare = /^\d+$/.test(l.text.trim());
      const isNumber = bare ? Number(l.text.trim()) === p.page : PAGE_NUMBER.test(k) || /^page #/.test(k);
      const repeated = pagesAt(`${where}|${k}`) >= needed;
      if (!isNumber && !repeated) return true;
      out.push({
        type: 'furniture',
        role: isNumber ? 'page-number' : where,
        text: l.text,
        raw: l.runs.map((r) => r.text).join(''),
        position: pdfPosition(p.page, l.box),
      });
      return false;
    });
  }
  return out;
}
