import { readFileSync } from 'node:fs';
import { parseText, decodeText } from './packages/text/src/index.ts';
import { parseDocx } from './packages/docx/src/index.ts';
const { text } = decodeText(new Uint8Array(readFileSync('fixtures/plans/leicester/plan.txt')));
const a = parseText(text);
const show = (doc: any) => { for (const b of doc.children) { if (b.type === 'table') { console.log('TABLE', b.headerRows, b.rows.length); for (const r of b.rows.slice(0, 4)) console.log('  ', JSON.stringify(r.cells.map((c: any) => [c.text.slice(0, 15), c.colSpan, c.mergedFrom]))); } else console.log(b.type, (b.text ?? '').slice(0, 40)); } };
show(a);
show(await parseDocx(new Uint8Array(readFileSync('fixtures/plans/leicester/plan.docx'))));
