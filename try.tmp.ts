import { readFileSync } from 'node:fs';
import { parseDocx } from './packages/docx/src/index.ts';
const f = process.argv[2]!;
const doc = await parseDocx(new Uint8Array(readFileSync(f)));
const show = (b: any, ind = ''): void => {
  if (b.type === 'table') {
    console.log(`${ind}TABLE headerRows=${b.headerRows} ${b.rows.length}x${b.rows[0]?.cells.length}`);
    for (const r of b.rows) console.log(ind + '  | ' + r.cells.map((c: any) => (c.mergedFrom ? `<${c.mergedFrom.row},${c.mergedFrom.col}>` : '') + (c.rowSpan > 1 || c.colSpan > 1 ? `[${c.rowSpan}x${c.colSpan}]` : '') + JSON.stringify(c.text.slice(0, 30)) + (c.symbols.length ? '{' + c.symbols.map((s: any) => `${s.kind}:${s.checked}:${s.evidence}:${JSON.stringify(s.raw)}`).join(',') + '}' : '') + (c.children.length ? `(${c.children.length}ch)` : '')).join(' | '));
  } else if (b.type === 'list') {
    console.log(`${ind}LIST ordered=${b.ordered}`);
    for (const it of b.children) { console.log(`${ind}  - ${it.marker}`); for (const c of it.children) show(c, ind + '    '); }
  } else console.log(`${ind}${b.type}${b.depth ?? ''} ${JSON.stringify(b.text ?? b.raw).slice(0, 110)} @${b.position?.block}`);
};
for (const b of doc.children) show(b);
console.log('FURNITURE', JSON.stringify(doc.furniture));
console.log('DIAG', JSON.stringify(doc.diagnostics, null, 0));
