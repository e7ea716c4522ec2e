// Mutations of one WordprocessingML part that keep it well-formed: whole elements deleted, copied,
// moved, renamed or wrapped, attributes set to extremes, text replaced, balanced hostile snippets
// inserted. xmldom (mammoth's parser) refuses a part on any error, and a refused part ends the
// document before the reader's own code runs, so only one mutation in twenty breaks the XML.
import type { Random } from '../../tools/zoo/src/random.ts';
import { type ElementSpan, elementSpans } from './xml-elements.ts';

const EXTREME_NUMBERS = ['0', '-1', '1', '8', '9', '10', '4294967295', '99999999999999999999', '1e308', 'NaN', '32767', '32768', '-2147483648', '1.5', '', '2000000000', '1000000000000000'];
// Values for attributes that are not numbers: numbering formats, level texts, ids, and text.
const WORD_VALUES = [
  'decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'ordinal', 'cardinalText', 'ordinalText', 'decimalZero', 'chicago', 'none', 'hex', 'japaneseCounting', 'bogus',
  '%1.', '%1.%2.%3.%4.%5.%6.%7.%8.%9.', '%10', '%0', '%', '%%%%', '%1'.repeat(200), '\u2022', '\uf0b7', '&#x110000;', '&#xD800;', '&#0;',
  'rId1', 'rId999', 'Heading1', 'Title', 'ListParagraph', 'nonexistent', 'begin', 'end', 'separate', 'restart', 'continue', 'true', 'false',
];
const ELEMENT_NAMES = [
  'w:p', 'w:r', 'w:t', 'w:tbl', 'w:tr', 'w:tc', 'w:pPr', 'w:rPr', 'w:numPr', 'w:ilvl', 'w:numId', 'w:tab', 'w:br', 'w:ins', 'w:del', 'w:delText', 'w:hyperlink', 'w:sdt',
  'w:sdtContent', 'w:smartTag', 'w:fldSimple', 'w:instrText', 'w:lvl', 'w:abstractNum', 'w:num', 'w:style', 'w:gridSpan', 'w:vMerge', 'w:tblGrid', 'w:sym', 'w:body', 'w:pStyle',
];
const SNIPPETS = [
  '<w:r><w:t>&#x110000;</w:t></w:r>',
  '<w:r><w:t>&#xD800;&#0;&#1;</w:t></w:r>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="4294967295"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Action</w:t></w:r></w:p>',
  '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
  '<w:tbl><w:tblGrid><w:gridCol w:w="99999999"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="4294967295"/><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
  '<w:r><w:instrText>HYPERLINK "file:///etc/passwd"</w:instrText></w:r>',
  '<w:r><w:tab/><w:tab/><w:tab/></w:r>',
  '<w:r><w:br w:type="page"/></w:r>',
  '<w:ins w:id="1" w:author="a"><w:r><w:t>inserted</w:t></w:r></w:ins>',
  '<w:del w:id="2" w:author="a"><w:r><w:delText>&#x110000;</w:delText></w:r></w:del>',
  '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
  '<w:hyperlink r:id="rId999"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
  '<w:r><w:commentReference w:id="0"/></w:r>',
  '<w:r><w:footnoteReference w:id="99"/></w:r>',
  '<w:sdt><w:sdtContent><w:p><w:r><w:t>content control</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Heading</w:t></w:r></w:p>',
  '<w:p><w:pPr><w:pStyle w:val="nonexistent"/><w:outlineLvl w:val="4294967295"/></w:pPr></w:p>',
  '<w:lvl w:ilvl="4294967295"><w:start w:val="99999999999999"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%2%3"/></w:lvl>',
  '<w:num w:numId="2"><w:abstractNumId w:val="999"/></w:num>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Heading1"/></w:style>',
];
const HOSTILE_TEXT = [
  '&#x110000;', '&#xFFFF;&#xFFFE;', '\t\t\t', '| a | b |', 'Action 1: ', '1.1.1.1', '\u2022 ', '\u2713', '\u2610', '\u202e', '\u00a0', '&lt;w:p&gt;', '%1.', 'Owner:', 'By March 2027',
];

interface Spans {
  xml: string;
  spans: ElementSpan[];
}

const inner = (s: Spans) => s.spans.filter((e) => e.depth >= 2);
const pickElement = (r: Random, s: Spans, filter: (e: ElementSpan) => boolean = () => true): ElementSpan | undefined => {
  const deep = inner(s).filter(filter);
  return deep.length > 0 ? r.pick(deep) : undefined;
};

// A place where a balanced element may go: before or after an element, or first inside one.
function insertionPoint(r: Random, s: Spans, avoid?: ElementSpan): number {
  const candidates = inner(s).filter((e) => !avoid || e.end <= avoid.start || e.start >= avoid.end);
  if (candidates.length === 0) return s.spans[0]!.openEnd;
  const e = r.pick(candidates);
  const where = r.below(3);
  if (where === 0 || e.selfClosing) return r.chance(0.5) ? e.start : e.end;
  return where === 1 ? e.end : e.openEnd;
}

const count = (r: Random) => (r.chance(0.08) ? 10 + r.below(300) : 1 + r.below(3));
const escapeAttribute = (value: string) => value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
const splice = (xml: string, from: number, to: number, text: string) => xml.slice(0, from) + text + xml.slice(to);

type XmlMutation = (r: Random, s: Spans) => string;

const MUTATIONS: Array<[weight: number, name: string, mutate: XmlMutation]> = [
  [20, 'attribute', (r, { xml }) => {
    const attributes = [...xml.matchAll(/ ([A-Za-z:]+)="([^"]*)"/g)].filter((m) => !m[1]!.startsWith('xmlns') && !m[1]!.startsWith('mc:'));
    if (attributes.length === 0) return xml;
    const m = r.pick(attributes);
    const value = /^-?\d+$/.test(m[2]!) && r.chance(0.8) ? r.pick(EXTREME_NUMBERS) : r.pick(WORD_VALUES);
    const at = m.index! + m[1]!.length + 3;
    return splice(xml, at, at + m[2]!.length, escapeAttribute(value));
  }],
  [12, 'delete', (r, s) => {
    const e = pickElement(r, s);
    return e ? splice(s.xml, e.start, e.end, '') : s.xml;
  }],
  [12, 'duplicate', (r, s) => {
    const e = pickElement(r, s);
    if (!e) return s.xml;
    const element = s.xml.slice(e.start, e.end);
    const copies = Math.max(1, Math.min(count(r), Math.floor(4_000_000 / element.length)));
    return splice(s.xml, e.end, e.end, element.repeat(copies));
  }],
  [10, 'move', (r, s) => {
    const e = pickElement(r, s);
    if (!e) return s.xml;
    const to = insertionPoint(r, s, e);
    const element = s.xml.slice(e.start, e.end);
    const without = splice(s.xml, e.start, e.end, '');
    const at = to >= e.end ? to - element.length : to;
    return splice(without, at, at, element);
  }],
  [8, 'rename', (r, s) => {
    const e = pickElement(r, s);
    if (!e) return s.xml;
    const name = r.pick(ELEMENT_NAMES);
    const closed = e.selfClosing ? s.xml.slice(e.start, e.end) : `${s.xml.slice(e.start, e.closeStart)}</${name}>`;
    return splice(s.xml, e.start, e.end, `<${name}${closed.slice(1 + e.name.length)}`);
  }],
  [8, 'wrap', (r, s) => {
    const e = pickElement(r, s, (x) => ['w:p', 'w:r', 'w:tbl', 'w:t'].includes(x.name)) ?? pickElement(r, s);
    if (!e) return s.xml;
    const [open, close] = r.pick([
      ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
      ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
      ['<w:ins w:id="7" w:author="f">', '</w:ins>'],
      ['<w:del w:id="8" w:author="f">', '</w:del>'],
      ['<w:hyperlink w:anchor="x">', '</w:hyperlink>'],
      ['<w:smartTag w:element="x">', '</w:smartTag>'],
      ['<w:fldSimple w:instr="PAGE">', '</w:fldSimple>'],
      ['<w:p>', '</w:p>'],
    ]);
    const depth = r.chance(0.1) ? 20 + r.below(200) : 1 + r.below(3);
    return splice(s.xml, e.start, e.end, open.repeat(depth) + s.xml.slice(e.start, e.end) + close.repeat(depth));
  }],
  [10, 'text', (r, s) => {
    const e = pickElement(r, s, (x) => !x.selfClosing && ['w:t', 'w:delText', 'w:instrText'].includes(x.name));
    if (!e) return s.xml;
    const text = r.pick(HOSTILE_TEXT).repeat(r.chance(0.05) ? 1000 + r.below(20_000) : 1 + r.below(3));
    return r.chance(0.5) ? splice(s.xml, e.openEnd, e.closeStart, text) : splice(s.xml, e.closeStart, e.closeStart, text);
  }],
  [8, 'snippet', (r, s) => {
    const at = insertionPoint(r, s);
    return splice(s.xml, at, at, r.pick(SNIPPETS).repeat(r.chance(0.05) ? 100 + r.below(5000) : 1 + r.below(3)));
  }],
  [7, 'numbered', (r, s) => {
    const e = pickElement(r, s, (x) => x.name === 'w:p' && !x.selfClosing);
    if (!e) return s.xml;
    const ilvl = r.chance(0.85) ? String(r.below(9)) : r.pick(EXTREME_NUMBERS);
    const numId = r.chance(0.85) ? String(1 + r.below(6)) : r.pick(EXTREME_NUMBERS);
    return splice(s.xml, e.openEnd, e.openEnd, `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`);
  }],
  [5, 'break', (r, { xml }) => {
    // Not well-formed on purpose: the parser's refusal must be typed too.
    const at = r.below(xml.length + 1);
    return r.pick([() => xml.slice(0, at), () => splice(xml, at, Math.min(xml.length, at + r.below(2000)), ''), () => splice(xml, at, at, '<w:p>')])();
  }],
];
const TOTAL_WEIGHT = MUTATIONS.reduce((n, [w]) => n + w, 0);

/** Names of the XML mutations, for tests. */
export const WORD_XML_MUTATIONS = MUTATIONS.map(([, name]) => name);

/** One mutation of a part's XML, chosen by weight (or the one named `only`); a part that is not well-formed is returned as it is. */
export function mutateWordXml(r: Random, xml: string, only?: string): string {
  const spans = elementSpans(xml);
  if (!spans) return xml;
  let pick = r.below(TOTAL_WEIGHT);
  const chosen = only === undefined ? MUTATIONS.find(([w]) => (pick -= w) < 0)! : MUTATIONS.find(([, name]) => name === only);
  if (!chosen) throw new Error(`no Word XML mutation ${only}`);
  return chosen[2](r, { xml, spans });
}
