import { readFileSync } from 'node:fs';
import { decodeText, parseText, detectTextFlavour } from '@tc/text';
import { nodeText } from '@tc/layout';
const slug = process.argv[2]!;
const { text } = decodeText(readFileSync(`fixtures/plans/${slug}/plan.txt`));
const doc = parseText(text);
console.log('flavour', detectTextFlavour(text));
for (const n of doc.children) {
  if (n.type === 'table') {
    console.log(`TABLE rows=${n.rows.length} width=${n.rows[0]?.cells.length}`);
    n.rows.forEach((r, i) => console.log(`  [${i}]${r.continued ? ' CONT' : ''} ` + r.cells.map((c) => JSON.stringify(c.text.slice(0, 40)) + (c.children.length ? `{${c.children.map(b=>b.type).join(',')}}` : '') + (c.symbols.length ? '✓' : '')).join(' | ')));
  } else console.log(n.type.toUpperCase(), JSON.stringify(nodeText(n).slice(0, 100)), n.type === 'paragraph' ? n.lines.length : '');
}
console.log('FURNITURE', doc.furniture.map((f) => f.text));
