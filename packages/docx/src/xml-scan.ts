// Linear scans for elements of machine-written WordprocessingML. A lazy regular expression such as
// /<w:p>([\s\S]*?)<\/w:p>/g rescans to the end of the part from every element that is never closed,
// which is quadratic on hostile input; these scans stop at the first open tag without a close, since
// no later one can have one either.

/** One element found by {@link scanElements}: its open tag's attribute text and its content. */
export interface ScannedElement {
  attributes: string;
  body: string;
  /** Offsets of the whole element in the scanned text. */
  start: number;
  end: number;
}

const NAME_END = new Set([' ', '\t', '\n', '\r', '>', '/']);

/**
 * The elements named `name` (e.g. `w:p`) in `xml`, in order, as a lazy regular expression would find
 * them: each closes at the first `</name>` after its open tag, and scanning resumes after that.
 * Self-closing elements are skipped.
 */
export function* scanElements(xml: string, name: string): Generator<ScannedElement> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return;
    const after = xml[start + open.length];
    if (after === undefined || !NAME_END.has(after)) {
      at = start + open.length;
      continue;
    }
    const gt = xml.indexOf('>', start);
    if (gt < 0) return;
    if (xml[gt - 1] === '/') {
      at = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) return;
    yield { attributes: xml.slice(start + open.length, gt), body: xml.slice(gt + 1, end), start, end: end + close.length };
    at = end + close.length;
  }
}

/** The first element named `name` in `xml`, or null. */
export function firstElement(xml: string, name: string): ScannedElement | null {
  for (const element of scanElements(xml, name)) return element;
  return null;
}

/** `xml` without the elements named `name`. */
export function withoutElements(xml: string, name: string): string {
  let out = '';
  let at = 0;
  for (const element of scanElements(xml, name)) {
    out += xml.slice(at, element.start);
    at = element.end;
  }
  return at === 0 ? xml : out + xml.slice(at);
}

/** The number of open tags (not self-closing ones, not close tags) of `name` in `xml`. */
export function countOpenTags(xml: string, name: string): number {
  const open = `<${name}`;
  let count = 0;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return count;
    at = start + open.length;
    const after = xml[at];
    if (after === undefined || !NAME_END.has(after)) continue;
    const gt = xml.indexOf('>', at);
    if (gt < 0) return count;
    if (xml[gt - 1] !== '/') count++;
    at = gt + 1;
  }
}
