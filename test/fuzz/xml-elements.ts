// The elements of an XML part as spans of its text, so the Word mutator can delete, copy, move,
// rename and wrap whole elements and keep the part well-formed (a mutant the XML parser refuses
// never reaches the reader's deeper code).

/** One element: `<name …>` at `start`, content from `openEnd` to `closeStart`, `</name>` ending at `end`. */
export interface ElementSpan {
  name: string;
  start: number;
  /** Just past the start tag's `>`. */
  openEnd: number;
  /** Where the end tag starts; equals `openEnd` for an empty element. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  depth: number;
}

// Markup that is not an element: skipped whole, by its terminator.
const SKIPPED: Array<[string, string]> = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<!', '>'],
];

// The end of a start or end tag: its `>`, outside quoted attribute values.
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function tagName(xml: string, from: number): string {
  let i = from;
  while (i < xml.length && !/[\s/>]/.test(xml[i]!)) i++;
  return xml.slice(from, i);
}

/** The elements of `xml` in document order, or null when it is not well-formed (unbalanced or unterminated). */
export function elementSpans(xml: string): ElementSpan[] | null {
  const spans: ElementSpan[] = [];
  const open: ElementSpan[] = [];
  let at = xml.indexOf('<');
  while (at >= 0) {
    const skipped = SKIPPED.find(([opener]) => xml.startsWith(opener, at));
    if (skipped) {
      const close = xml.indexOf(skipped[1], at + skipped[0].length);
      if (close < 0) return null;
      at = xml.indexOf('<', close + skipped[1].length);
      continue;
    }
    const end = tagEnd(xml, at + 1);
    if (end < 0) return null;
    if (xml[at + 1] === '/') {
      const span = open.pop();
      if (!span || tagName(xml, at + 2) !== span.name) return null;
      span.closeStart = at;
      span.end = end + 1;
    } else {
      const selfClosing = xml[end - 1] === '/';
      const span: ElementSpan = { name: tagName(xml, at + 1), start: at, openEnd: end + 1, closeStart: end + 1, end: end + 1, selfClosing, depth: open.length };
      spans.push(span);
      if (!selfClosing) open.push(span);
    }
    at = xml.indexOf('<', end + 1);
  }
  return open.length === 0 && spans.length > 0 ? spans : null;
}
