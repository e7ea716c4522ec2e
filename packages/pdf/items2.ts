import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const [file, word, n] = process.argv.slice(2);
const doc = await getDocument({ data: new Uint8Array(readFileSync(file!)), isEvalSupported: false }).promise;
for (let pg = 1; pg <= doc.numPages; pg++) {
  const items = (await (await doc.getPage(pg)).getTextContent()).items as any[];
  items.forEach((it, i) => { if (it.str.includes(word!)) for (const x of items.slice(i, i + Number(n ?? 5))) console.log(pg, JSON.stringify(x.str), x.transform.map((v: number) => v.toFixed(1)).join(','), x.width.toFixed(1), x.height?.toFixed?.(1)); });
}
