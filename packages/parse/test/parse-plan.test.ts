// The facade's own logic, with the stages replaced by small doubles: sniffing and dispatch,
// limits, the time budget, the classify option and validation. The real stages are exercised
// in parse-fixtures.test.ts and the end-to-end tests.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TcError, type LayoutDocument, type Plan } from '@tc/model';
import { makeZip } from './make-zip.ts';

const calls = vi.hoisted(() => ({ pdf: [] as unknown[], docx: 0, text: [] as string[], classify: [] as Array<boolean | undefined>, pdfHangs: false, brokenPlan: false }));

function layout(format: LayoutDocument['format'], text: string): LayoutDocument {
  return {
    type: 'root',
    format,
    pages: format === 'pdf' ? 2 : null,
    children: [{ type: 'paragraph', text, raw: text, lines: [text], position: null }],
    furniture: [],
    diagnostics: [{ severity: 'info', code: 'page-furniture', message: 'from the layout', at: null }],
  };
}

vi.mock('@tc/text', () => ({
  decodeText: (bytes: Uint8Array) => ({
    text: new TextDecoder().decode(bytes),
    diagnostics: [{ severity: 'warning', code: 'decoded-as-windows-1252', message: 'decoded', at: null }],
  }),
  detectTextFlavour: (text: string) => (text.startsWith('#') ? 'markdown' : 'text'),
  parseText: (text: string, options: { format: 'text' | 'markdown' }) => {
    calls.text.push(options.format);
    return layout(options.format, text.split('\n')[0] ?? '');
  },
}));
vi.mock('@tc/pdf', () => ({
  parsePdf: (_bytes: Uint8Array, options: unknown) => {
    calls.pdf.push(options);
    return calls.pdfHangs ? new Promise(() => {}) : Promise.resolve(layout('pdf', 'Improve technician visibility'));
  },
}));
vi.mock('@tc/docx', () => ({
  parseDocx: async (bytes: Uint8Array) => {
    calls.docx++;
    if (bytes[0] === 0xd0) throw new TcError('TC_DOCX_ENCRYPTED', 'The Word document is encrypted.');
    return layout('docx', 'Career pathways for technicians');
  },
}));
vi.mock('@tc/recognise', () => ({
  recognisePlan: (doc: LayoutDocument, source: Plan['source'], options: { classify?: boolean }): Plan => (calls.classify.push(options.classify), {
    schemaVersion: '1.0',
    institution: null,
    title: null,
    period: null,
    source: calls.brokenPlan ? { ...source, sha256: 'not-a-hash' } : source,
    layout: 'double',
    confidence: 1,
    themes: [],
    actions: doc.children.map((node, i) => ({
      id: String(i + 1),
      ref: String(i + 1),
      parentRef: null,
      title: node.type === 'paragraph' ? node.text : '',
      description: null,
      themes: i === 1 ? [{ theme: 'recognition', source: 'tick', confidence: 1 }] : [],
      topics: [],
      timeframe: null,
      owners: [],
      successMeasures: [],
      supportingActions: [],
      status: null,
      comments: null,
      footnotes: [],
      extra: {},
      provenance: [],
      confidence: 1,
    })),
    sections: [],
    glossary: [],
    footnotes: [],
    diagnostics: doc.diagnostics,
  }),
}));


const { parsePlan } = await import('../src/index.ts');
const ascii = (text: string) => new TextEncoder().encode(text);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeEach(() => {
  calls.pdf.length = 0;
  calls.text.length = 0;
  calls.docx = 0;
  calls.classify.length = 0;
  calls.pdfHangs = false;
  calls.brokenPlan = false;
});

describe('parsePlan', () => {
  it('reads text, records the source and keeps decoding and layout diagnostics', async () => {
    const bytes = ascii('Raise the visibility of technicians\nmore');
    const { plan, diagnostics } = await parsePlan(bytes, { name: 'plan.txt' });
    expect(plan.source).toEqual({ name: 'plan.txt', format: 'text', sha256: sha(bytes), pages: null });
    expect(diagnostics.map((d) => d.code)).toEqual(['decoded-as-windows-1252', 'page-furniture']);
    expect(plan.diagnostics).toEqual(diagnostics);
  });

  it('tells markdown from plain text by content, and takes strings and ArrayBuffers', async () => {
    const fromString = await parsePlan('# Plan\n\nText');
    expect(fromString.plan.source.format).toBe('markdown');
    expect(fromString.plan.source.name).toBe('input');
    const buffer = ascii('plain').buffer as ArrayBuffer;
    expect((await parsePlan(buffer)).plan.source.format).toBe('text');
    expect(calls.text).toEqual(['markdown', 'text']);
  });

  it('sends PDF bytes to the PDF parser with the password and page limit', async () => {
    const { plan } = await parsePlan(ascii('%PDF-1.7 ...'), { password: 'secret', maxPages: 7 });
    expect(plan.source.format).toBe('pdf');
    expect(plan.source.pages).toBe(2);
    expect(calls.pdf[0]).toMatchObject({ password: 'secret', maxPages: 7 });
  });

  it('sends a zip with word/document.xml to the Word parser whatever the name says', async () => {
    const { plan } = await parsePlan(makeZip({ 'word/document.xml': '<w:document/>' }), { name: 'plan.pdf' });
    expect(plan.source.format).toBe('docx');
    expect(calls.docx).toBe(1);
  });

  it('lets the Word parser explain an OLE compound file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    await expect(parsePlan(ole)).rejects.toMatchObject({ code: 'TC_DOCX_ENCRYPTED' });
  });

  it('lets --format override detection', async () => {
    const { plan } = await parsePlan(ascii('%PDF-1.7 but really text'), { format: 'text' });
    expect(plan.source.format).toBe('text');
    expect(calls.pdf).toHaveLength(0);
  });

  it('refuses input over the size limit', async () => {
    await expect(parsePlan(ascii('x'.repeat(101)), { maxBytes: 100 })).rejects.toMatchObject({ code: 'TC_INPUT_TOO_LARGE' });
  });

  it('stops a parse that outlives its time limit', async () => {
    calls.pdfHangs = true;
    await expect(parsePlan(ascii('%PDF-1.7'), { timeoutMs: 30 })).rejects.toMatchObject({ code: 'TC_TIMEOUT' });
    expect(calls.pdf[0]).toMatchObject({ signal: expect.any(AbortSignal) });
  });

  it('asks the recogniser to classify unless told not to', async () => {
    await parsePlan(ascii('Improve technician visibility'));
    await parsePlan(ascii('Improve technician visibility'), { classify: false });
    expect(calls.classify).toEqual([true, false]);
  });

  it('reports a plan that fails the schema as a bug', async () => {
    calls.brokenPlan = true;
    await expect(parsePlan(ascii('anything'))).rejects.toMatchObject({ code: 'TC_INVALID_PLAN' });
  });
});
