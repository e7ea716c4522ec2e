// The hostile shapes of issue 12 as generators, at sizes drawn by the fuzzer: each once crashed,
// hung or took gigabytes. Word shapes are XML for wordPackage, the others whole inputs.
import { listPara, numbering, para, wordPackage } from '../../packages/docx/test/word-package.ts';
import { deepFormsPdf, pdfFromObjects } from '../support/hostile-pdf.ts';
import type { Random } from '../../tools/zoo/src/random.ts';

export type Shape = (r: Random) => Uint8Array | string;

const size = (r: Random, max: number) => 1 + r.below(max);

export const WORD_SHAPES: Record<string, Shape> = {
  'char-ref-past-unicode': (r) => wordPackage({ body: para(`x &#x${(0x110000 + r.below(1e6)).toString(16)}; y`), header: para('&#x110000;') }),
  'ilvl-huge': (r) => wordPackage({ body: listPara('a', '1', r.pick(['4294967295', '9', '99999999999999999999'])), numbering: numbering('decimal', '1') }),
  'start-huge': (r) => wordPackage({ body: Array.from({ length: size(r, 30) }, () => listPara('a', '1', '0')).join(''), numbering: numbering(r.pick(['lowerLetter', 'upperRoman', 'decimalZero']), r.pick(['99999999999999', '2000000000', '1000000000000000', '32768'])) }),
  'unclosed-paragraphs': (r) => wordPackage({ body: `${para('Plan')}<!--${'<w:p>'.repeat(size(r, 200_000))}-->`, header: '<w:p>'.repeat(size(r, 100_000)) }),
  'runs-in-one-paragraph': (r) => wordPackage({ body: `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(size(r, 200_000))}</w:p>` }),
  'long-paragraph': (r) => wordPackage({ body: para('word '.repeat(size(r, 2_000_000))) }),
};

export const PDF_SHAPES: Record<string, Shape> = {
  'deep-forms': (r) => deepFormsPdf(10 + r.below(21)),
  'many-operators': (r) => {
    const content = `BT /F1 11 Tf 72 770 Td (Plan) Tj ET\n${'0 0 m 1 1 l S\n'.repeat(size(r, 300_000))}`;
    return pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
      { dict: '', stream: new TextEncoder().encode(content) },
    ]);
  },
};

export const TEXT_SHAPES: Record<string, Shape> = {
  'tabs-on-one-line': (r) => `V1${'\t'.repeat(size(r, 2_000_000))}`,
  'wide-tab-rows': (r) => Array.from({ length: size(r, 200) }, () => `x${'\tc'.repeat(size(r, 20_000))}`).join('\n'),
  'pipe-table': (r) => `# Plan\n\n${Array.from({ length: size(r, 2000) }, (_, i) => (i === 1 ? '|---|---|' : `|${'a|'.repeat(size(r, 600))}`)).join('\n')}`,
  'unclosed-links': (r) => `# Plan\n\n${'[a]('.repeat(size(r, 200_000))}`,
  'unmatched-emphasis': (r) => `# Plan\n\n${r.pick(['*a', '_a', '**a ']).repeat(size(r, 40_000))}`,
  'nested-quotes': (r) => `# Plan\n\n${'>'.repeat(size(r, 50_000))} x\n`,
  'institution-backtracking': (r) => 'a-'.repeat(size(r, 100_000)),
  'nul-late': (r) => `${'plan line\n'.repeat(size(r, 20_000))}\u0000`,
};
