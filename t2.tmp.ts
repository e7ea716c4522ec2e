import { readFileSync } from 'node:fs';
import { parseDocx } from './packages/docx/src/index.ts';
const doc = await parseDocx(new Uint8Array(readFileSync(process.argv[2]!)));
const t = doc.children.find((b) => b.type === 'table' && b.rows.length > 30) as any;
for (const r of t.rows) for (const c of r.cells) if (/R1a|V1a|CD2c|Papin|S3/.test(c.text)) console.log(JSON.stringify(c.text));
console.log(JSON.stringify(doc.children.slice(-2)));
console.log(JSON.stringify(doc.diagnostics));
