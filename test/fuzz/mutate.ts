// Structure-aware mutations: PDFs as objects and streams, text as lines (Word files:
// mutate-docx.ts). Each returns a new input; the seed fixture is never changed.
import type { Random } from '../../tools/zoo/src/random.ts';

const PDF_TOKENS = ['0', '-1', '99999999999', '1e30', '/Type', '/Page', '/Pages', '/Kids [', ']', '<<', '>>', 'R', 'obj', 'endobj', 'stream', 'endstream', '/Length 0', '/Filter /FlateDecode', 'q /X Do Q', '(', ')', 'BT', 'ET', 'Tj', '/XObject', '/Subtype /Form'];

function findAll(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0 && out.length < 10_000; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** A PDF with objects' numbers and tokens changed, objects duplicated or cut, or stream bytes damaged. */
export function mutatePdf(r: Random, bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  let out = text;
  for (let n = 1 + r.below(3); n > 0; n--) {
    const objects = findAll(out, ' obj');
    const streams = findAll(out, 'stream\n').concat(findAll(out, 'stream\r\n'));
    const at = objects.length > 0 ? r.pick(objects) : r.below(out.length);
    switch (r.below(6)) {
      case 0: { // a number near an object replaced with an extreme
        const from = Math.max(0, at - 200);
        const window = out.slice(from, at + 400).replace(/\b\d+\b/, () => r.pick(['0', '-1', '99999999999', '2147483648', '1e30']));
        out = out.slice(0, from) + window + out.slice(at + 400);
        break;
      }
      case 1: // a token inserted inside an object
        out = out.slice(0, at + 4) + ` ${r.pick(PDF_TOKENS)} ` + out.slice(at + 4);
        break;
      case 2: { // stream bytes damaged
        if (streams.length === 0) break;
        const s = r.pick(streams) + 7;
        const chars = out.split('');
        for (let i = 0; i < 1 + r.below(30); i++) chars[s + r.below(200)] = String.fromCharCode(r.below(256));
        out = chars.join('');
        break;
      }
      case 3: { // an object's span duplicated
        const end = out.indexOf('endobj', at);
        if (end > at) out = out.slice(0, end) + out.slice(at, end).repeat(1 + r.below(3)) + out.slice(end);
        break;
      }
      case 4: // truncated
        out = out.slice(0, r.below(out.length + 1));
        break;
      default: { // the xref or trailer damaged
        const xref = out.lastIndexOf('xref');
        if (xref > 0) out = out.slice(0, xref + r.below(out.length - xref));
      }
    }
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const LINE_INSERTS = ['\t\t\t', '| a | b |', '|---|---|', '[a](', '**', '> > >', '- - -', '1.1.1.1', 'Owner:', 'Action 1:', '\u0000', '\u001b[2J', '\ufeff', '\u2028', '#'.repeat(7), '```'];

/** A text with lines duplicated, deleted, swapped, or given tabs, pipes, brackets and controls. */
export function mutateText(r: Random, text: string): string {
  const lines = text.split('\n');
  for (let n = 1 + r.below(4); n > 0; n--) {
    const i = r.below(lines.length);
    switch (r.below(6)) {
      case 0:
        lines.splice(i, 0, ...Array.from({ length: 1 + r.below(r.chance(0.1) ? 2000 : 3) }, () => lines[i] ?? ''));
        break;
      case 1:
        lines.splice(i, 1 + r.below(5));
        break;
      case 2: {
        const j = r.below(lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        break;
      }
      case 3: {
        const line = lines[i] ?? '';
        const at = r.below(line.length + 1);
        lines[i] = line.slice(0, at) + r.pick(LINE_INSERTS).repeat(1 + r.below(r.chance(0.1) ? 3000 : 3)) + line.slice(at);
        break;
      }
      case 4:
        lines[i] = (lines[i] ?? '').replace(/ /g, () => (r.chance(0.3) ? '\t' : ' '));
        break;
      default:
        lines[i] = (lines[i] ?? '').slice(0, r.below((lines[i] ?? '').length + 1));
    }
  }
  return lines.join('\n');
}
