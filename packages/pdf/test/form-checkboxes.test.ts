// AcroForm checkboxes reach the layout as marks (annotations are read only in documents with form fields).
import { expect, it } from 'vitest';
import type { LayoutDocument } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { serialise } from './make-pdf.ts';

const text = 'BT /F1 11 Tf 72 700 Td (Recruit two apprentices) Tj ET\nBT /F1 11 Tf 72 670 Td (Publish the career map) Tj ET';
const on = 'q 0 0 0 rg 2 2 8 8 re f Q';
const widget = (name: string, value: string, y: number) =>
  `<< /Type /Annot /Subtype /Widget /FT /Btn /T (${name}) /V /${value} /AS /${value} /Rect [300 ${y} 312 ${y + 12}] /F 4 /AP << /N << /Yes 7 0 R /Off 8 0 R >> >> >>`;

function formPdf(fields: string): Uint8Array {
  return serialise([
    `<< /Type /Catalog /Pages 2 0 R${fields} >>`,
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [6 0 R 9 0 R] >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    widget('done1', 'Yes', 696),
    `<< /Type /XObject /Subtype /Form /BBox [0 0 12 12] /Length ${on.length} >>\nstream\n${on}\nendstream`,
    '<< /Type /XObject /Subtype /Form /BBox [0 0 12 12] /Length 0 >>\nstream\n\nendstream',
    widget('done2', 'Off', 666),
  ]);
}

function formMarks(doc: LayoutDocument): boolean[] {
  const marks: boolean[] = [];
  JSON.stringify(doc, (_, value: { evidence?: string; checked?: boolean }) => {
    if (value?.evidence === 'form-field') marks.push(value.checked === true);
    return value;
  });
  return marks;
}

it('reads the checked and the unchecked checkbox of a form', async () => {
  expect(formMarks(await parsePdf(formPdf(' /AcroForm << /Fields [6 0 R 9 0 R] >>')))).toEqual([true, false]);
});

it('reads no form marks from widgets that belong to no form field', async () => {
  expect(formMarks(await parsePdf(formPdf('')))).toEqual([]);
});
