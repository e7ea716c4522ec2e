// Word input built to break the readers of numbering, headers and tracked changes: each case once
// crashed or ran away (issue 12). Every one must now end in a layout or a typed error.
import { describe, expect, test } from 'vitest';
import { type BlockNode, LayoutDocument } from '@tc/model';
import { parseDocx } from '../src/index.ts';
import { listPara, numbering, para, wordPackage } from './word-package.ts';

function markers(blocks: BlockNode[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.children.map((item) => item.marker ?? '') : []));
}

async function parsed(bytes: Uint8Array): Promise<LayoutDocument> {
  return LayoutDocument.parse(await parseDocx(bytes));
}

describe('character references past Unicode read as U+FFFD', () => {
  test('in a page header', async () => {
    const doc = await parsed(wordPackage({ body: para('Plan'), header: para('Head &#x110000; &#1114112; &#xD800; end') }));
    expect(doc.furniture.map((f) => f.raw)).toEqual(['Head \ufffd \ufffd \ufffd end']);
  });

  test('in tracked deleted text', async () => {
    const body = `${para('Plan')}<w:p><w:del w:id="1" w:author="a"><w:r><w:delText>gone &#x110000;&#x99999999999;</w:delText></w:r></w:del></w:p>`;
    const doc = await parsed(wordPackage({ body }));
    expect(doc.diagnostics.find((d) => d.code === 'docx-tracked-deletions')?.message).toContain('gone \ufffd\ufffd');
  });

  test("in a list level's marker text", async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0'), numbering: numbering('decimal', '1', '&#x110000;%1.') }));
    expect(markers(doc.children)).toEqual(['\ufffd1.']);
  });
});

describe('numbering is clamped as Word clamps it', () => {
  test('a list level of 4294967295', async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '4294967295') + listPara('two', '1', '0'), numbering: numbering('decimal', '1') }));
    expect(doc.children.length).toBeGreaterThan(0);
  });

  test('a level defined at 4294967295 is ignored', async () => {
    const levels =
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="4294967295"><w:start w:val="7"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="4294967295"><w:startOverride w:val="99999999999"/></w:lvlOverride></w:num>';
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0') + listPara('two', '1', '0'), numbering: levels }));
    expect(markers(doc.children)).toEqual(['3.', '4.']);
  });

  test('a start of 99999999999999 with lowerLetter', async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0'), numbering: numbering('lowerLetter', '99999999999999') }));
    const [marker] = markers(doc.children);
    expect(marker).toMatch(/^g+$/);
    expect(marker!.length).toBeLessThanOrEqual(64);
  });

  test('a start of 2000000000 with lowerLetter over 20 items stays small', async () => {
    const body = Array.from({ length: 20 }, (_, i) => listPara(`item ${i}`, '1', '0')).join('');
    const doc = await parsed(wordPackage({ body, numbering: numbering('lowerLetter', '2000000000') }));
    const all = markers(doc.children);
    expect(all).toHaveLength(20);
    expect(Math.max(...all.map((m) => m.length))).toBeLessThanOrEqual(64);
  });

  test('a start of 10^15 with upperRoman', async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0') + listPara('two', '1', '0'), numbering: numbering('upperRoman', '1000000000000000') }));
    expect(markers(doc.children)).toEqual(['32767.', '32768.']);
  });

  test('roman numerals as Word writes them below 4000', async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0') + listPara('two', '1', '0'), numbering: numbering('upperRoman', '3998') }));
    expect(markers(doc.children)).toEqual(['MMMCMXCVIII.', 'MMMCMXCIX.']);
  });

  test('a marker text of 100 000 characters is cut to 64', async () => {
    const doc = await parsed(wordPackage({ body: listPara('one', '1', '0'), numbering: numbering('decimal', '1', `%1${'x'.repeat(100_000)}`) }));
    const [marker] = markers(doc.children);
    expect(marker).toMatch(/^1x+$/);
    expect(marker!.length).toBeLessThanOrEqual(64);
  });
});

// Each of these took minutes with lazy regular expressions (quadratic); they must end well within
// the test's time limit.
describe('unclosed elements are scanned in linear time', () => {
  const unclosed = '<w:p>'.repeat(200_000);

  test('200 000 unclosed paragraphs in a header', async () => {
    const doc = await parsed(wordPackage({ body: para('Plan'), header: para('Head') + unclosed }));
    expect(doc.furniture.map((f) => f.text)).toEqual(['Head']);
  });

  test('200 000 unclosed paragraphs inside an XML comment of the body', async () => {
    const doc = await parsed(wordPackage({ body: `${para('Plan')}<!--${unclosed}-->`, numbering: numbering('decimal', '1') }));
    expect(doc.children.map((b) => b.type)).toEqual(['paragraph']);
  });

  test('unclosed runs, tracked changes and numbering elements', async () => {
    const junk = '<w:t <w:fldChar <w:ins <w:del <w:delText>'.repeat(20_000);
    const numberingJunk = '<w:abstractNum w:abstractNumId="1" <w:num w:numId="1" <w:lvl w:ilvl="0" '.repeat(20_000);
    const doc = await parsed(wordPackage({ body: `${para('Plan')}<!--${junk}-->`, header: `<w:p>${junk}</w:p>`, numbering: `<!--${numberingJunk}-->` }));
    expect(doc.children.map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('bodies past the budgets are refused before mammoth builds them', () => {
  async function code(bytes: Uint8Array): Promise<string> {
    return parseDocx(bytes).then(
      () => 'no error',
      (error: { code?: string }) => error.code ?? 'untyped',
    );
  }

  test('1.2 million runs in one paragraph (a file of ~100 KB; mammoth needed 3.7 GB)', async () => {
    const bytes = wordPackage({ body: `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(1_200_000)}</w:p>` });
    expect(bytes.length).toBeLessThan(200_000);
    expect(await code(bytes)).toBe('TC_DOCX_TOO_LARGE');
  });

  test('6 000 runs in one paragraph', async () => {
    expect(await code(wordPackage({ body: `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(6_000)}</w:p>` }))).toBe('TC_DOCX_TOO_LARGE');
  });

  test('20 001 paragraphs', async () => {
    expect(await code(wordPackage({ body: para('a').repeat(20_001) }))).toBe('TC_DOCX_TOO_LARGE');
  });

  test('one paragraph of 10 MB of text (a file of ~140 KB; mammoth needed 3.3 GB)', async () => {
    expect(await code(wordPackage({ body: para('word '.repeat(2_000_000)) }))).toBe('TC_DOCX_TOO_LARGE');
  });

  test('a numbering part over 8 MiB', async () => {
    expect(await code(wordPackage({ body: para('Plan'), numbering: `<!--${'x'.repeat(9 * 1024 * 1024)}-->` }))).toBe('TC_DOCX_TOO_LARGE');
  });

  test('a body inside the budgets is read', async () => {
    const doc = await parsed(wordPackage({ body: `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(4_000)}</w:p>` }));
    expect(doc.children).toHaveLength(1);
  });
});
