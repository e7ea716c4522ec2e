// onBlock counts a Word body in units of progress: each top-level paragraph, heading or list once,
// a top-level table once per row (its nested tables not again), always ending at n of n.
import { expect, it } from 'vitest';
import { parseDocx } from '../src/index.ts';
import { listPara, numbering, para, wordPackage } from './word-package.ts';

const cell = (body: string) => `<w:tc>${body}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;

it('counts paragraphs, headings and lists once, and a top-level table row by row', async () => {
  const nested = table(row(cell(para('inner 1'))), row(cell(para('inner 2'))));
  const body = [
    para('Action plan', '<w:pStyle w:val="Heading1"/>'),
    para('Our actions'),
    listPara('first', '1', '0'),
    listPara('second', '1', '0'),
    table(row(cell(para('Ref')), cell(para('Action'))), row(cell(para('1')), cell(para('Run a showcase'))), row(cell(para('2')), cell(nested))),
    para('Signed'),
  ].join('');
  const heard: Array<[number, number]> = [];
  const doc = await parseDocx(wordPackage({ body, numbering: numbering('decimal', '1') }), { onBlock: (block, blocks) => heard.push([block, blocks]) });
  expect(doc.children.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'table', 'paragraph']);
  // heading, paragraph, the list, three rows of the outer table (not the two of the nested one), paragraph
  expect(heard).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 7]));
});
