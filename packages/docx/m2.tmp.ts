import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { listMarkers } from './src/word-xml.ts';
const z = unzipSync(new Uint8Array(readFileSync(process.argv[2]!)));
const d = strFromU8(z['word/document.xml']!);
console.log(listMarkers(d, strFromU8(z['word/numbering.xml']!)).join(' '));
const ps = [...d.matchAll(/<w:p(?:\s[^>]*[^/])?>([\s\S]*?)<\/w:p>/g)].filter(p => p[1]!.includes('numId')).slice(0,8).map(p => (/<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p[1]!)?.[1] ?? '').slice(0,300));
console.log(ps.join('\n'));
