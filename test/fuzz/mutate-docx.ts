// Structure-aware mutation of Word files: the zip is opened, parts the reader uses (document,
// numbering, styles, headers and footers, comments) are mutated as XML elements, parts it lacks
// are now and then grafted in (a numbering definition, a header, comments), and the package is
// zipped again. Damage to the container itself is rare, so most mutants reach the reader's code.
import { createRequire } from 'node:module';
import type { Random } from '../../tools/zoo/src/random.ts';
import { elementSpans } from './xml-elements.ts';
import { mutateWordXml } from './mutate-word-xml.ts';

// fflate is the Word package's dependency, not the root's; the fuzzer borrows it from there.
interface Zip {
  unzipSync(data: Uint8Array): Record<string, Uint8Array>;
  zipSync(files: Record<string, Uint8Array>, options: { level: number }): Uint8Array;
  strToU8(text: string): Uint8Array;
  strFromU8(data: Uint8Array): string;
}
const fflate = createRequire(new URL('../../packages/docx/package.json', import.meta.url))('fflate') as Zip;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';

type Files = Record<string, Uint8Array>;
const text = (files: Files, name: string) => (files[name] ? fflate.strFromU8(files[name]) : null);
const write = (files: Files, name: string, xml: string) => void (files[name] = fflate.strToU8(xml));

// Which part an XML mutation goes to: the body most often, then the parts the reader also reads.
const PART_WEIGHTS: Array<[weight: number, matches: (name: string) => boolean]> = [
  [55, (n) => n === DOCUMENT],
  [15, (n) => n === 'word/numbering.xml'],
  [10, (n) => n === 'word/styles.xml'],
  [10, (n) => /^word\/(header|footer)\d*\.xml$/.test(n)],
  [5, (n) => n === 'word/comments.xml'],
  [5, (n) => /\.(xml|rels)$/.test(n)],
];

function pickPart(r: Random, files: Files): string {
  let pick = r.below(PART_WEIGHTS.reduce((n, [w]) => n + w, 0));
  const [, matches] = PART_WEIGHTS.find(([w]) => (pick -= w) < 0)!;
  const names = Object.keys(files).filter(matches);
  return names.length > 0 ? r.pick(names) : DOCUMENT;
}

function addRelationship(files: Files, type: string, target: string): void {
  const rels = text(files, DOCUMENT_RELS);
  if (rels === null || rels.includes(`Target="${target}"`)) return;
  write(files, DOCUMENT_RELS, rels.replace('</Relationships>', `<Relationship Id="rIdFuzz${target.length}" Type="${R}/${type}" Target="${target}"/></Relationships>`));
}

// Paragraphs of the body, copied into grafted parts so that they carry real plan text.
function bodyParagraphs(r: Random, files: Files, n: number): string {
  const xml = text(files, DOCUMENT) ?? '';
  const paragraphs = (elementSpans(xml) ?? []).filter((e) => e.name === 'w:p' && e.depth === 2);
  if (paragraphs.length === 0) return '<w:p><w:r><w:t>Plan</w:t></w:r></w:p>';
  return Array.from({ length: n }, () => {
    const p = r.pick(paragraphs);
    return xml.slice(p.start, p.end);
  }).join('');
}

function levels(r: Random): string {
  const formats = ['decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'ordinal', 'none'];
  return Array.from({ length: 9 }, (_, i) => {
    const start = r.chance(0.9) ? String(r.below(30)) : r.pick(['32767', '32768', '2000000000', '99999999999999', '-5']);
    const lvlText = r.chance(0.8) ? Array.from({ length: i + 1 }, (_, k) => `%${k + 1}`).join('.') + '.' : r.pick(['\u2022', '%1)', '(%2)', '%10', '']);
    return `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${r.pick(formats)}"/><w:lvlText w:val="${lvlText}"/></w:lvl>`;
  }).join('');
}

// Parts a fixture may lack, added whole with their relationship, so their readers run too.
const GRAFTS: Array<[name: string, graft: (r: Random, files: Files) => void]> = [
  ['numbering', (r, files) => {
    const lists = Array.from({ length: 1 + r.below(3) }, (_, i) => `<w:abstractNum w:abstractNumId="${i + 1}">${levels(r)}</w:abstractNum>`).join('');
    const nums = Array.from({ length: 6 }, (_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${1 + (i % 3)}"/></w:num>`).join('');
    write(files, 'word/numbering.xml', `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${lists}${nums}</w:numbering>`);
    addRelationship(files, 'numbering', 'numbering.xml');
  }],
  ['header', (r, files) => {
    const name = `header${7 + r.below(3)}.xml`;
    write(files, `word/${name}`, `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}" xmlns:r="${R}">${bodyParagraphs(r, files, 1 + r.below(4))}</w:hdr>`);
    addRelationship(files, 'header', name);
  }],
  ['comments', (r, files) => {
    const comments = Array.from({ length: 1 + r.below(3) }, (_, i) => `<w:comment w:id="${i}" w:author="fuzz">${bodyParagraphs(r, files, 1 + r.below(3))}</w:comment>`).join('');
    write(files, 'word/comments.xml', `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}" xmlns:r="${R}">${comments}</w:comments>`);
    addRelationship(files, 'comments', 'comments.xml');
    const body = text(files, DOCUMENT);
    if (body !== null) write(files, DOCUMENT, body.replace('</w:p>', '<w:r><w:commentReference w:id="0"/></w:r></w:p>'));
  }],
];

// What happens to the package in one round; XML mutation of a part is by far the most common.
const PACKAGE_OPS: Array<[weight: number, op: (r: Random, files: Files) => void]> = [
  [86, (r, files) => {
    const name = pickPart(r, files);
    const xml = text(files, name);
    if (xml !== null) write(files, name, mutateWordXml(r, xml));
  }],
  [6, (r, files) => r.pick(GRAFTS)[1](r, files)],
  [3, (r, files) => {
    // A part dropped: mostly one the reader can do without, now and then the body itself.
    const names = Object.keys(files);
    delete files[r.chance(0.1) ? DOCUMENT : r.pick(names)];
  }],
  [2, (r, files) => {
    const name = r.pick(Object.keys(files));
    files[name] = files[name]!.subarray(0, r.below(files[name]!.length + 1));
  }],
  [3, (r, files) => {
    const name = r.pick(Object.keys(files));
    files[r.pick([`${name}.copy`, 'word/header1.xml', 'word/numbering.xml', 'word/styles.xml'])] = files[name]!;
  }],
];
const PACKAGE_WEIGHT = PACKAGE_OPS.reduce((n, [w]) => n + w, 0);

/** A Word file mutated as a package of XML parts (see the file comment); bytes that are not a zip are returned as they are. */
export function mutateDocx(r: Random, bytes: Uint8Array): Uint8Array {
  let files: Files;
  try {
    files = fflate.unzipSync(bytes);
  } catch {
    return bytes;
  }
  for (let n = 1 + r.below(3); n > 0; n--) {
    let pick = r.below(PACKAGE_WEIGHT);
    PACKAGE_OPS.find(([w]) => (pick -= w) < 0)![1](r, files);
  }
  const zipped = fflate.zipSync(files, { level: 1 });
  // Rarely the container itself: its bytes damaged.
  if (r.chance(0.02)) {
    const out = zipped.slice();
    for (let i = 0; i < 1 + r.below(8); i++) out[r.below(out.length)] = r.below(256);
    return out;
  }
  return zipped;
}
