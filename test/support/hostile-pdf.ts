// Hostile PDFs built by code (issue 12): nothing binary is committed, every shape is a generator.
import { createDeflate } from 'node:zlib';

type Body = string | { dict: string; stream: Uint8Array };

/** Serialises numbered objects (1-based, in order) with an xref table; streams may be binary. */
export function pdfFromObjects(objects: readonly Body[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.7\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    if (typeof body === 'string') push(`${i + 1} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${i + 1} 0 obj\n<< ${body.dict} /Length ${body.stream.length} >>\nstream\n`);
      push(body.stream);
      push('\nendstream\nendobj\n');
    }
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

const text = (t: string) => `BT /F1 11 Tf 72 770 Td (${t}) Tj ET\n`;

/** One page whose content is `content`, Helvetica as /F1 and the given extra resources. */
function onePage(content: Body, resources = '', extra: Body[] = []): Uint8Array {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> ${resources} >> /Contents 5 0 R >>`,
    content,
    ...extra,
  ]);
}

/** Form XObjects each drawing the next one twice, `levels` deep: 2^levels invocations from 9 KB. */
export function deepFormsPdf(levels: number): Uint8Array {
  const first = 6;
  const forms: Body[] = Array.from({ length: levels }, (_, i) => {
    const next = i + 1 < levels ? `/Resources << /XObject << /X ${first + i + 1} 0 R >> /Font << /F1 3 0 R >> >>` : '/Resources << /Font << /F1 3 0 R >> >>';
    const draw = i + 1 < levels ? 'q /X Do Q q /X Do Q\n' : text('leaf');
    return `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] ${next} /Length ${draw.length} >>\nstream\n${draw}\nendstream`;
  });
  const content = `${text('Action plan')}q /X Do Q\n`;
  return onePage(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`, `/XObject << /X ${first} 0 R >>`, forms);
}

/** `total` bytes of `fill` deflated (zlib format) in 1 MiB slices, never holding them all. */
export async function deflated(total: number, fill = 0x20): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const deflate = createDeflate({ level: 6 });
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const slice = Buffer.alloc(1024 * 1024, fill);
  for (let left = total; left > 0; left -= slice.length) {
    if (!deflate.write(left > slice.length ? slice : slice.subarray(0, left))) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A page whose content stream inflates to `inflatedBytes` of spaces. */
export async function inflateBombPdf(inflatedBytes: number, fill = 0x20): Promise<Uint8Array> {
  return onePage({ dict: '/Filter /FlateDecode', stream: await deflated(inflatedBytes, fill) });
}

/**
 * A page tree of two kids, /Count 1, the second kid's xref entry pointing into its dictionary.
 * pdf.js prefetches every kid of the tree; the second's fetch fails and, as the count says one
 * page, nothing ever awaits it: an unhandled rejection (found by the fuzzer: PDF, seed 12, input
 * 8786), which ends a worker thread or a Node process that has no handler for one.
 */
export function badKidXrefPdf(): Uint8Array {
  const content = text('Action plan');
  const pdf = pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
  ]);
  // Object 6's entry (the xref's last) moved 7 bytes on, into the middle of its dictionary.
  const latin1 = new TextDecoder('latin1').decode(pdf);
  const entries = [...latin1.matchAll(/(\d{10}) 00000 n /g)];
  const last = entries[entries.length - 1]!;
  const moved = String(Number(last[1]) + 7).padStart(10, '0');
  return new Uint8Array([...latin1.slice(0, last.index) + moved + latin1.slice(last.index! + 10)].map((c) => c.charCodeAt(0)));
}
