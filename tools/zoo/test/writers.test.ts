// The zoo's writers on a hand-made document that uses every block kind and table style.
import { describe, expect, it } from 'vitest';
import { ProducerChooser } from '../src/producers.ts';
import { TEXT_VARIATIONS, textVariationFor } from '../src/text-variation.ts';
import { encodeWindows1252 } from '../src/writers/cp1252.ts';
import { writeDocx } from '../src/writers/docx-writer.ts';
import { writeHtml } from '../src/writers/html-writer.ts';
import { ListCounter, markerText } from '../src/writers/list-markers.ts';
import { renderMarkdown } from '../src/writers/markdown-writer.ts';
import { pdfkitAvailable, writePdfkit } from '../src/writers/pdfkit-writer.ts';
import { textTable, wrapWords } from '../src/writers/text-table.ts';
import { renderText, writeText } from '../src/writers/text-writer.ts';
import { readZip } from '../src/writers/zip-files.ts';
import type { TextOptions, ZooDocument, ZooList } from '../src/zoo-doc.ts';
import { sampleDoc, sampleTable } from './sample-doc.ts';

const withText = (text: TextOptions): ZooDocument => ({ ...sampleDoc(), text });
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('list markers', () => {
  it('prints every style', () => {
    expect([markerText(3), markerText(3, 'decimal-paren'), markerText(3, 'lower-alpha'), markerText(3, 'lower-alpha-paren'), markerText(14, 'lower-roman'), markerText(28, 'upper-alpha')]).toEqual(['3.', '3)', 'c.', '(c)', 'xiv.', 'AB.']);
  });

  it('continues a numbering id across lists and restarts it on request', () => {
    const list = (n: number, numbering?: ZooList['numbering'], start?: number): ZooList => ({
      kind: 'list', ordered: true, items: Array.from({ length: n }, () => ({ paragraphs: [['x']] })), ...(numbering ? { numbering } : {}), ...(start ? { start } : {}),
    });
    const counter = new ListCounter();
    expect(counter.first(list(2, { id: 'a' }))).toBe(1);
    expect(counter.first(list(3))).toBe(1);
    expect(counter.first(list(2, { id: 'a' }))).toBe(3);
    expect(counter.first(list(1, { id: 'b' }, 5))).toBe(5);
    expect(counter.first(list(1, { id: 'a', restart: true }))).toBe(1);
    expect(counter.first(list(1, { id: 'a' }))).toBe(2);
  });
});

describe('text writer', () => {
  const text = renderText(sampleDoc());

  it('numbers lists as Word would, continuing and restarting instances', () => {
    expect(text).toContain('\n1. Create a technician profile page');
    expect(text).toContain('\n3. Name technicians on research outputs\n4. Celebrate long service');
    expect(text).toContain('\n1. Fund apprenticeships');
    expect(text).toContain('\n(a) Agree a credit policy\n(b) Monitor take-up');
    expect(text).toContain('\ni. Survey staff\n   Report the results to the board.');
    expect(text).toContain('\nii. Act on findings');
    expect(text).toContain('\n• Mentoring for new starters\n• Shadowing scheme');
  });

  it('indents nested lists and paragraphs, and keeps `lines` apart', () => {
    expect(text).toMatch(/expertise quickly\n {3}– Owner: Communications Office\n {3}– By July 2026\n2\. Hold/);
    expect(text).toContain('\n    Lead: Director of Operations\n');
    expect(text).toContain('\nOwner: Estates Team\nTimeframe: Q3 2026\n');
  });

  it('prints ticks as text extraction gives them', () => {
    expect(text).toContain('\uF0FC');
    expect(text).toContain('☒');
    expect(text).toContain('| Add technician awards \\| prizes');
  });

  it('renders each table style', () => {
    const [tabs] = textTable(sampleTable('tabs'));
    expect(tabs).toHaveLength(4);
    expect(tabs![0]).toBe('Ref\tAction\tOwner\tVisibility\tRecognition');

    const [pipes] = textTable(sampleTable('pipes'));
    expect(pipes![1]).toMatch(/^\|( --- \|)+$/);

    const [bare] = textTable(sampleTable('pipes-no-delimiter'));
    expect(bare).toHaveLength(4);
    expect(bare!.join('\n')).not.toContain('---');
    expect(bare!.every((l) => l.startsWith('| ') && l.endsWith(' |'))).toBe(true);

    const [broken] = textTable(sampleTable('pipes-broken'));
    expect(broken!.length).toBeGreaterThan(5);
    expect(new Set(broken!.map((l) => l.length)).size).toBe(1);
    expect(broken!.some((l) => /^\| {3,}\| \S/.test(l))).toBe(true);
    expect(broken!.every((l) => l.split('|').every((cell) => cell.length <= 33))).toBe(true);

    const [spaced] = textTable(sampleTable('spaces'));
    expect(spaced).toHaveLength(4);
    expect(spaced![1]).toMatch(/^V1 {2,}Publish a termly digest of technical staff achievements across every faculty {2,}Head/);

    const flat = textTable(sampleTable('flattened'));
    expect(flat.slice(0, 6).map((c) => c[0])).toEqual(['Ref', 'Action', 'Owner', 'Visibility', 'Recognition', 'V1']);
  });

  it('leaves covered positions of merged cells empty', () => {
    const doc = sampleDoc();
    const grid = doc.blocks.find((b) => b.kind === 'table' && b.textStyle === 'spaces');
    const lines = textTable(grid as Extract<typeof grid, { kind: 'table' }>)[0]!;
    expect(lines[0]).toMatch(/^Workstream +Themes +Status$/);
    expect(lines[1]).toMatch(/^ +Visibility +Sustainability$/);
    expect(lines[4]).toMatch(/^ +✔ +Not started$/);
  });

  it('applies CRLF', () => {
    const crlf = decode(writeText(withText({ crlf: true })));
    expect(crlf).toContain('\r\n');
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('encodes Windows-1252 with a real table', () => {
    expect([...encodeWindows1252('€–é✓')]).toEqual([0x80, 0x96, 0xe9, 0x3f]);
    const bytes = writeText(withText({ windows1252: true }));
    const back = new TextDecoder('windows-1252').decode(bytes);
    expect(back).toContain('Plan 2025–2028');
    expect(back).toBe(renderText(sampleDoc()).replace(/[✓✔●☒\uF0FC]/g, '?'));
  });

  it('hard-wraps paragraphs and list items, continuation lines under the item text', () => {
    const wrapped = renderText(withText({ wrap: 40 }));
    // Headings and tables are not wrapped.
    const lines = wrapped.split('\n').filter((l) => !l.startsWith('Technician Commitment') && !l.startsWith('|') && !/ {3}/.test(l.trim()));
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(wrapped).toMatch(/\n1\. Create a technician profile page on\n {3}the intranet/);
  });

  it('keeps the spacing between words when it wraps, and cuts only table cells', () => {
    expect(wrapWords('1.    Launch a mentoring scheme for all technical staff', 30, false)).toEqual(['1.    Launch a mentoring', 'scheme for all technical staff']);
    expect(wrapWords('Supercalifragilistic word', 10)).toEqual(['Supercalif', 'ragilistic', 'word']);
    expect(wrapWords('Supercalifragilistic word', 10, false)).toEqual(['Supercalifragilistic', 'word']);
  });

  it('drops blank lines', () => {
    expect(renderText(withText({ noBlankLines: true }))).not.toContain('\n\n');
  });

  it('writes leftover HTML tags and entities', () => {
    const html = renderText(withText({ htmlTags: true }));
    expect(html).toContain('<p>This plan sets out how we will support our technical community &amp; its careers');
    expect(html).toContain('<h1>Technician Commitment Action Plan 2025&#8211;2028</h1>');
    expect(html).toContain('<ul>\n<li>1.&nbsp;Create a technician');
    expect(html).toContain('<li>Mentoring for new starters</li>');
    expect(html).toContain('<p>Owner: Estates Team<br>Timeframe: Q3 2026</p>');
  });

  it('wraps the plan in an e-mail', () => {
    const email = { from: 'A <a@example.ac.uk>', to: 'B <b@example.ac.uk>', subject: 'FW: plan', date: 'Mon, 6 Jan 2025 09:00:00 +0000', signature: ['Office', 'Working group'] };
    const out = renderText(withText({ email }));
    expect(out.startsWith('From: A <a@example.ac.uk>\nTo: B <b@example.ac.uk>\nSubject: FW: plan\nDate: Mon, 6 Jan 2025 09:00:00 +0000\n\nTechnician')).toBe(true);
    expect(out.endsWith('\n\n-- \nOffice\nWorking group\n')).toBe(true);
  });
});

describe('markdown writer', () => {
  const md = renderMarkdown(sampleDoc());

  it('writes headings, bold runs and lists with explicit numbers', () => {
    expect(md).toContain('# Technician Commitment Action Plan 2025–2028\n');
    expect(md).toContain('\n## Visibility\n');
    expect(md).toContain('\n**Lead:** Director of Operations\n');
    expect(md).toContain('\n3. Name technicians on research outputs\n4. Celebrate long service\n');
    expect(md).toContain('\n1. Fund apprenticeships\n');
    expect(md).toContain('expertise quickly\n   - Owner: Communications Office\n');
    expect(md).toContain('\n- Mentoring for new starters\n- Shadowing scheme\n');
  });

  it('writes lettered and roman items as paragraphs starting with the marker', () => {
    expect(md).toContain('\n\n(a) Agree a credit policy\n\n(b) Monitor take-up\n\n');
    expect(md).toContain('\n\ni. Survey staff\n\nReport the results to the board.\n\nii. Act on findings\n');
  });

  it('writes GFM tables whatever the text style, except flattened ones', () => {
    expect(md).toContain('| Ref | Action | Owner | Visibility | Recognition |\n| --- | --- | --- | --- | --- |\n');
    expect(md).toContain('Add technician awards \\| prizes');
    expect(md).toContain('| Workstream | Visibility | Sustainability | Status |');
    expect(md).toContain('\n\nTheme\n\nNotes\n\nSustainability\n\nPlan succession for key roles\n\n- Visibility\n- Career development\n');
  });
});

describe('docx writer', async () => {
  const bytes = await writeDocx(sampleDoc());
  const files = readZip(bytes);
  const body = decode(files.get('word/document.xml')!);
  const numbering = decode(files.get('word/numbering.xml')!);
  const numIdOf = (text: string): string => {
    const at = body.indexOf(`>${text}<`);
    expect(at).toBeGreaterThan(0);
    const paragraph = body.slice(body.lastIndexOf('<w:p>', at), at);
    return /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1] ?? 'none';
  };

  it('is a zip holding a Word document', () => {
    expect(decode(bytes.subarray(0, 2))).toBe('PK');
    expect(files.has('[Content_Types].xml')).toBe(true);
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('numbers lists with Word numbering: one instance across lists with the same id, a new one on restart', () => {
    expect(numIdOf('Create a technician profile page on the intranet for every department so staff can find expertise quickly')).toBe(numIdOf('Name technicians on research outputs'));
    expect(numIdOf('Fund apprenticeships')).not.toBe(numIdOf('Name technicians on research outputs'));
    expect(numIdOf('Agree a credit policy')).not.toBe('none');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(numbering).toContain('<w:lvlText w:val="(%1)"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerRoman"/>');
    expect(numbering).toContain('<w:lvlText w:val="–"/>');
  });

  it('writes merged cells, rotated headers, ticks and a landscape section', () => {
    expect(body).toContain('<w:textDirection w:val="btLr"/>');
    expect(body).toContain('<w:vMerge w:val="restart"/>');
    expect(body).toContain('<w:gridSpan w:val="2"/>');
    expect(body).toContain('<w:sym w:char="F0FC" w:font="Wingdings"/>');
    expect(body).toMatch(/<w:rFonts w:ascii="MS Gothic"[^>]*\/><\/w:rPr><w:t>☒<\/w:t>/);
    expect(body).toContain('w:orient="landscape"');
    expect(body).toContain('<w:t xml:space="preserve">Yes</w:t>');
  });

  it('has the running header and a fixed date, so a rebuild gives the same bytes', async () => {
    const headers = [...files].filter(([name]) => name.startsWith('word/header')).map(([, data]) => decode(data));
    expect(headers.some((h) => h.includes('Northfield Institute of Science'))).toBe(true);
    expect(decode(files.get('docProps/core.xml')!)).toContain('2024-01-01T00:00:00Z');
    expect(Buffer.from(await writeDocx(sampleDoc())).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('html writer', () => {
  const html = writeHtml(sampleDoc());

  it('has tables with spans and rotated headers, landscape pages and margin boxes', () => {
    expect(html).toContain('<th rowspan="2">Workstream</th><th colspan="2">Themes</th>');
    expect(html).toContain('<th class="rot"><span>Visibility</span></th>');
    expect(html).toContain('writing-mode: vertical-rl');
    expect(html).toContain('<section class="landscape">\n<table>\n<thead>\n<tr><th rowspan="2">Workstream');
    expect(html).toContain('@top-left { content: "Northfield Institute of Science — Technician Commitment"');
    expect(html).toContain('<span class="mk" style="width:1.40em">3.</span>');
  });
});

describe.runIf(pdfkitAvailable())('pdfkit writer', () => {
  it('draws a PDF deterministically', async () => {
    const a = await writePdfkit(sampleDoc());
    expect(decode(a.subarray(0, 5))).toBe('%PDF-');
    expect(Buffer.from(await writePdfkit(sampleDoc())).equals(Buffer.from(a))).toBe(true);
  });
});

describe('build rotations', () => {
  it('gives a family five different text variations over its five variants', () => {
    for (const id of ['tick-grid', 'numbered-list', 'x']) {
      const seen = new Set([0, 1, 2, 3, 4].map((v) => textVariationFor(id, v)));
      expect(seen.size).toBe(5);
      for (const v of seen) expect(TEXT_VARIATIONS).toContain(v);
    }
  });

  it('gives every family at least two PDF producers and one LibreOffice re-save, falling back when a producer is missing', () => {
    const doc = sampleDoc();
    for (const missing of [null, 'chromium', 'pdfkit'] as const) {
      const notes: string[] = [];
      const chooser = new ProducerChooser((m) => notes.push(m), (p) => p !== missing, () => true);
      for (const id of ['tick-grid', 'numbered-list', 'year-lists']) {
        const picks = [0, 1, 2, 3, 4].map((v) => chooser.choose(id, v, doc));
        expect(new Set(picks.map((p) => p.pdf)).size).toBeGreaterThanOrEqual(2);
        expect(picks.some((p) => p.pdf === missing)).toBe(false);
        expect(picks.filter((p) => p.docx === 'libreoffice-resave')).toHaveLength(1);
      }
      expect(notes).toHaveLength(missing ? 1 : 0);
    }
  });
});
