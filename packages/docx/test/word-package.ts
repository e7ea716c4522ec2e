// Builds small Word packages from WordprocessingML strings, for tests that need hostile XML
// (generated here, never committed as binary files).
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WordParts {
  /** The content of w:body. */
  body: string;
  /** The content of w:numbering, when the document has numbering. */
  numbering?: string;
  /** The content of w:hdr of one header part. */
  header?: string;
}

/** A .docx whose body (and numbering and header, if given) are the XML given. */
export function wordPackage(parts: WordParts): Uint8Array {
  const rels = [
    parts.numbering === undefined ? '' : `<Relationship Id="rIdNum" Type="${R}/numbering" Target="numbering.xml"/>`,
    parts.header === undefined ? '' : `<Relationship Id="rIdHdr" Type="${R}/header" Target="header1.xml"/>`,
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.header !== undefined) files['word/header1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${parts.header}</w:hdr>`);
  return zipSync(files, { level: 6 });
}

/** A paragraph of one run. */
export const para = (text: string, properties = ''): string => `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A numbered paragraph of list `numId` at level `ilvl` (given as written, so it can be out of range). */
export const listPara = (text: string, numId: string, ilvl: string): string => para(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** One abstract numbering (id 1) with a level 0 of the given format and start, and list instance 1 using it. */
export function numbering(format: string, start: string, levelText = '%1.', ilvl = '0'): string {
  return (
    `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${levelText}"/></w:lvl></w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
  );
}
