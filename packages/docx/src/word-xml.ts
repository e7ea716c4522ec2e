// The few things mammoth drops or does not expose, read straight from the WordprocessingML parts:
// page headers and footers, tracked changes, and the numbering Word shows in front of list items.
// These parts are machine-written XML, so a tag scan is enough; nothing here evaluates the XML.
import type { Diagnostic, FurnitureNode } from '@tc/model';
import { cleanText } from './clean-text.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

const PARAGRAPH = /<w:p(?:\s[^>]*[^/])?>([\s\S]*?)<\/w:p>/g;
const RUN_TOKEN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:fldSimple\b[^>]*w:instr="([^"]*)"|<w:fldChar\b[^>]*w:fldCharType="(\w+)"|<w:instrText(?:\s[^>]*)?>([^<]*)<\/w:instrText>/g;

/** The paragraphs of a header or footer part as text, fields written as `{PAGE}`. */
function furnitureParagraphs(xml: string): Array<{ text: string; fields: string[] }> {
  const out: Array<{ text: string; fields: string[] }> = [];
  for (const p of xml.matchAll(PARAGRAPH)) {
    let text = '';
    const fields: string[] = [];
    let state: 'none' | 'instr' | 'result' = 'none';
    let instr = '';
    for (const m of p[1]!.matchAll(RUN_TOKEN)) {
      if (m[3] !== undefined) {
        if (m[3] === 'begin') {
          state = 'instr';
          instr = '';
        } else if (m[3] === 'separate') {
          state = 'result';
        } else if (m[3] === 'end') {
          const name = instr.trim().split(/\s+/)[0] ?? '';
          fields.push(name);
          text += `{${name}}`;
          state = 'none';
        }
      } else if (m[4] !== undefined) {
        instr += decodeXml(m[4]);
      } else if (m[2] !== undefined) {
        const name = m[2].trim().split(/\s+/)[0] ?? '';
        fields.push(name);
        text += `{${name}}`;
      } else if (state !== 'result') {
        text += m[1] === undefined ? ' ' : decodeXml(m[1]);
      }
    }
    if (text.trim() !== '') out.push({ text, fields });
  }
  return out;
}

/** Page headers and footers (mammoth drops them) as furniture nodes. */
export function readFurniture(parts: Map<string, Uint8Array>): FurnitureNode[] {
  const decoder = new TextDecoder();
  const names = [...parts.keys()].filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort();
  const out: FurnitureNode[] = [];
  for (const part of names) {
    const role = part.includes('header') ? 'header' : 'footer';
    furnitureParagraphs(decoder.decode(parts.get(part))).forEach((p, block) => {
      out.push({
        type: 'furniture',
        role: p.fields.some((f) => f.toUpperCase() === 'PAGE') ? 'page-number' : role,
        text: cleanText(p.text),
        raw: p.text,
        position: { kind: 'docx', part, block },
      });
    });
  }
  return out;
}

/** Tracked insertions (mammoth applies them) and deletions (mammoth drops them), as diagnostics. */
export function trackedChangeDiagnostics(documentXml: string): Diagnostic[] {
  const insertions = documentXml.match(/<w:(ins|moveTo)\b[^>]*[^/]>/g)?.length ?? 0;
  const deletions = documentXml.match(/<w:(del|moveFrom)\b[^>]*[^/]>/g)?.length ?? 0;
  const deleted = [...documentXml.matchAll(/<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/g)].map((m) => decodeXml(m[1]!)).join('');
  const out: Diagnostic[] = [];
  const at = { kind: 'docx' as const, part: 'word/document.xml', block: 0 };
  if (insertions > 0) {
    out.push({ severity: 'info', code: 'docx-tracked-insertions', message: `${insertions} tracked insertion(s) were accepted as part of the text.`, at });
  }
  if (deletions > 0) {
    const shown = deleted.length > 200 ? `${deleted.slice(0, 200)}…` : deleted;
    out.push({
      severity: 'warning',
      code: 'docx-tracked-deletions',
      message: `${deletions} tracked deletion(s) were left out of the text${shown.trim() === '' ? '' : `: "${cleanText(shown)}"`}.`,
      at,
    });
  }
  return out;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

interface ListInstance {
  abstractId: string;
  levels: Level[];
  /** Levels this instance restarts (w:startOverride), applied the first time it is used. */
  overrides: Map<number, number>;
}

function readNumbering(xml: string): Map<string, ListInstance> {
  const abstract = new Map<string, Level[]>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstract.set(a[1]!, readLevels(a[2]!));
  }
  const nums = new Map<string, ListInstance>();
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(n[2]!)?.[1] ?? '';
    const overrides = new Map<number, number>();
    for (const o of n[2]!.matchAll(/<w:lvlOverride w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = /<w:startOverride w:val="(\d+)"/.exec(o[2]!);
      if (start) overrides.set(Number(o[1]), Number(start[1]));
    }
    nums.set(n[1]!, { abstractId, levels: abstract.get(abstractId) ?? [], overrides });
  }
  return nums;
}

function readLevels(xml: string): Level[] {
  const levels: Level[] = [];
  for (const l of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    levels[Number(l[1])] = {
      format: /<w:numFmt w:val="(\w+)"/.exec(l[2]!)?.[1] ?? 'decimal',
      text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(l[2]!)?.[1] ?? ''),
      start: Number(/<w:start w:val="(\d+)"/.exec(l[2]!)?.[1] ?? '1'),
    };
  }
  return levels;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: (n) => String(n),
  decimalZero: (n) => String(n).padStart(2, '0'),
  lowerLetter: (n) => letters(n),
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerRoman: (n) => roman(n),
  upperRoman: (n) => roman(n).toUpperCase(),
};

function letters(n: number): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A bullet as Word shows it; Symbol-font private-use bullets become "•". */
function bullet(text: string): string {
  return text === '' || /^[\uf000-\uf0ff]$/.test(text) ? '•' : text;
}

/**
 * The marker Word shows in front of every numbered paragraph of the body, in document order.
 * As in Word, list instances of one abstract numbering share its counters (so a list continues
 * across them) unless an instance restarts a level with w:startOverride; deeper levels restart
 * under a new parent item.
 */
export function listMarkers(documentXml: string, numberingXml: string | null): string[] {
  if (numberingXml === null) return [];
  const nums = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  const markers: string[] = [];
  for (const p of documentXml.matchAll(PARAGRAPH)) {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p[1]!)?.[1]?.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
    const numId = pPr && /<w:numId w:val="(\d+)"/.exec(pPr)?.[1];
    if (!numId || numId === '0') continue;
    const ilvl = Number(/<w:ilvl w:val="(\d+)"/.exec(pPr)?.[1] ?? '0');
    const list = nums.get(numId) ?? { abstractId: `num:${numId}`, levels: [], overrides: new Map<number, number>() };
    const levels = list.levels;
    const level = levels[ilvl] ?? { format: 'decimal', text: `%${ilvl + 1}.`, start: 1 };
    const count = counters.get(list.abstractId) ?? [];
    const restart = used.has(`${numId}/${ilvl}`) ? undefined : list.overrides.get(ilvl);
    used.add(`${numId}/${ilvl}`);
    count[ilvl] = restart !== undefined ? restart : count[ilvl] === undefined ? level.start : count[ilvl] + 1;
    count.length = ilvl + 1;
    counters.set(list.abstractId, count);
    if (level.format === 'bullet') {
      markers.push(bullet(level.text));
      continue;
    }
    markers.push(
      level.text.replace(/%(\d)/g, (_m, d: string) => {
        const i = Number(d) - 1;
        const fmt = FORMATS[levels[i]?.format ?? 'decimal'] ?? FORMATS.decimal!;
        return fmt(count[i] ?? levels[i]?.start ?? 1);
      }),
    );
  }
  return markers;
}
