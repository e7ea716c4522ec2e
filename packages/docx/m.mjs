import mammoth from 'mammoth';
const r = await mammoth.convertToHtml({ path: process.argv[2] });
console.log(r.value.slice(0, Number(process.argv[3] ?? 3000)));
console.log(JSON.stringify(r.messages));
