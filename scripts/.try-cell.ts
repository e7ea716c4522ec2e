import { readFileSync } from 'node:fs';
import { decodeText, parseText } from '@tc/text';
const [slug, r, c] = process.argv.slice(2);
const doc = parseText(decodeText(readFileSync(`fixtures/plans/${slug}/plan.txt`)).text);
const tables = doc.children.filter((n) => n.type === 'table');
const t = tables[tables.length - 1]!;
console.log(JSON.stringify(t.rows[Number(r)]!.cells[Number(c)], null, 1));
