// The Word mutator keeps its mutants readable: XML mutations (all but "break") leave a part that
// mammoth's XML parser accepts, and most whole mutants still unzip to a parseable body, so the
// fuzzer reaches the Word reader's code instead of its refusal of a damaged container.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Random } from '../../tools/zoo/src/random.ts';
import { mutateDocx } from './mutate-docx.ts';
import { WORD_XML_MUTATIONS, mutateWordXml } from './mutate-word-xml.ts';
import { elementSpans } from './xml-elements.ts';

const docxRequire = createRequire(new URL('../../packages/docx/package.json', import.meta.url));
const fflate = docxRequire('fflate') as { unzipSync(b: Uint8Array): Record<string, Uint8Array>; strFromU8(b: Uint8Array): string };
// mammoth's own wrapper of xmldom, which throws on any error or warning: what "parseable" means to the reader.
const xmldom = createRequire(docxRequire.resolve('mammoth'))('./xml/xmldom.js') as { parseFromString(xml: string): unknown };

const FIXTURE = new URL('../../fixtures/plans/chester/plan.docx', import.meta.url);
const parts = fflate.unzipSync(new Uint8Array(readFileSync(FIXTURE)));
const parses = (xml: string) => {
  try {
    xmldom.parseFromString(xml);
    return true;
  } catch {
    return false;
  }
};

describe('elementSpans', () => {
  it('finds nested elements with their content, skipping declarations and comments', () => {
    const xml = '<?xml version="1.0"?><a x="1>2"><!-- <b> --><b/><c>t</c></a>';
    const spans = elementSpans(xml)!;
    expect(spans.map((s) => [s.name, s.depth, xml.slice(s.start, s.end)])).toEqual([
      ['a', 0, '<a x="1>2"><!-- <b> --><b/><c>t</c></a>'],
      ['b', 1, '<b/>'],
      ['c', 1, '<c>t</c>'],
    ]);
    expect(xml.slice(spans[2]!.openEnd, spans[2]!.closeStart)).toBe('t');
  });

  it('is null for XML that is not well-formed', () => {
    expect(elementSpans('<a><b></a>')).toBeNull();
    expect(elementSpans('<a><b>')).toBeNull();
    expect(elementSpans('<a x="1></a>')).toBeNull();
    expect(elementSpans('<a><!-- x</a>')).toBeNull();
  });
});

describe('mutateWordXml', () => {
  for (const name of WORD_XML_MUTATIONS.filter((n) => n !== 'break')) {
    it(`${name} keeps the body, numbering and styles parseable and changes them`, () => {
      const r = new Random(name.length);
      let changed = 0;
      for (const part of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']) {
        const xml = fflate.strFromU8(parts[part]!);
        for (let i = 0; i < 10; i++) {
          const mutant = mutateWordXml(r, xml, name);
          expect(parses(mutant), `${name} on ${part}`).toBe(true);
          if (mutant !== xml) changed++;
        }
      }
      // "text" and "numbered" need paragraphs, so only the body has them.
      expect(changed).toBeGreaterThanOrEqual(8);
    });
  }
});

describe('mutateDocx', () => {
  it('leaves at least 85 % of 200 mutants a zip whose body mammoth can parse', () => {
    const r = new Random(12);
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    let readable = 0;
    for (let i = 0; i < 200; i++) {
      let mutant: Uint8Array = bytes;
      for (let k = 1 + r.below(3); k > 0; k--) mutant = mutateDocx(r, mutant);
      try {
        const body = fflate.unzipSync(mutant)['word/document.xml'];
        if (body && parses(fflate.strFromU8(body))) readable++;
      } catch {
        // a damaged container: counted as unreadable
      }
    }
    expect(readable).toBeGreaterThanOrEqual(170);
    expect(readable).toBeLessThan(200);
  });
});
