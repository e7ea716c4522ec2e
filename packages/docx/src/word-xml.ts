// The few things mammoth drops or does not expose, read straight from the WordprocessingML parts:
// page headers and footers, tracked changes, and the numbering Word shows in front of list items.
// These parts are machine-written XML, so a tag scan is enough; nothing here evaluates the XML.
import type { Diagnostic, FurnitureNode } from '@tc/model';
import { cleanText } from './clean-text.ts';
import { countOpenTags, firstElement, scanElements, withoutElements } from './xml-scan.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const REPLACEMENT = '\ufffd';

/** The character of a numeric reference; one XML does not allow (past U+10FFFF, a surrogate, NUL) reads as U+FFFD. */
function codePoint(reference: string): string {
  const hex = reference[1] === 'x' || reference[1] === 'X';
  const digits = reference.slice(hex ? 2 : 1);
  // More digits than any code point needs cannot name one; parsing them would only lose precision.
  if (digits.length > 8) return REPLACEMENT;
  const code = hex ? parseInt(digits, 16) : Number(digits);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT;
  return String.fromCodePoint(code);
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? codePoint(e) : (ENTITIES[e] ?? m)));
}

// No quantifier here can run past the next tag, so each match costs at most the length of one tag.
const RUN_TOKEN = /<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:fldSimple\b[^<>]*w:instr="([^"<>]*)"|<w:fldChar\b[^<>]*w:fldCharType="(\w+)"|<w:instrText(?:\s[^<>]*)?>([^<]*)<\/w:instrText>/g;

/** The paragraphs of a header or footer part as text, fields written as `{PAGE}`. */
function furnitureParagraphs(xml: string): Array<{ text: string; fields: string[] }> {
  const out: Array<{ text: string; fields: string[] }> = [];
  for (const p of scanElements(xml, 'w:p')) {
    let text = '';
    const fields: string[] = [];
    let state: 'none' | 'instr' | 'result' = 'none';
    let instr = '';
    for (const m of p.body.matchAll(RUN_TOKEN)) {
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

const SHOWN_DELETED = 200;

/** Tracked insertions (mammoth applies them) and deletions (mammoth drops them), as diagnostics. */
export function trackedChangeDiagnostics(documentXml: string): Diagnostic[] {
  const insertions = countOpenTags(documentXml, 'w:ins') + countOpenTags(documentXml, 'w:moveTo');
  const deletions = countOpenTags(documentXml, 'w:del') + countOpenTags(documentXml, 'w:moveFrom');
  let deleted = '';
  for (const d of scanElements(documentXml, 'w:delText')) {
    deleted += decodeXml(d.body.replace(/<[^<>]*>/g, ''));
    if (deleted.length > SHOWN_DELETED) break;
  }
  const out: Diagnostic[] = [];
  const at = { kind: 'docx' as const, part: 'word/document.xml', block: 0 };
  if (insertions > 0) {
    out.push({ severity: 'info', code: 'docx-tracked-insertions', message: `${insertions} tracked insertion(s) were accepted as part of the text.`, at });
  }
  if (deletions > 0) {
    const shown = deleted.length > SHOWN_DELETED ? `${deleted.slice(0, SHOWN_DELETED)}…` : deleted;
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

// What Word itself allows: nine list levels (w:ilvl 0–8) and start values up to 32767. Values past
// them are clamped as Word clamps them, so no counter, level array or marker can grow with the input.
const MAX_LEVEL = 8;
const MAX_START = 32767;
/** The longest marker kept; Word's own are a few characters ("iii.", "1.2.3."). */
export const MAX_MARKER_LENGTH = 64;

function clampInt(digits: string | undefined, fallback: number, max: number): number {
  if (digits === undefined) return fallback;
  return digits.length > 9 ? max : Math.min(max, Number(digits));
}

function attribute(xml: string, name: string): string | undefined {
  return new RegExp(`<${name} w:val="(\\d+)"`).exec(xml)?.[1];
}

function readNumbering(xml: string): Map<string, ListInstance> {
  const abstract = new Map<string, Level[]>();
  for (const a of scanElements(xml, 'w:abstractNum')) {
    const id = /\bw:abstractNumId="(\d+)"/.exec(a.attributes)?.[1];
    if (id !== undefined) abstract.set(id, readLevels(a.body));
  }
  const nums = new Map<string, ListInstance>();
  for (const n of scanElements(xml, 'w:num')) {
    const numId = /\bw:numId="(\d+)"/.exec(n.attributes)?.[1];
    if (numId === undefined) continue;
    const abstractId = attribute(n.body, 'w:abstractNumId') ?? '';
    const overrides = new Map<number, number>();
    for (const o of scanElements(n.body, 'w:lvlOverride')) {
      const level = /\bw:ilvl="(\d+)"/.exec(o.attributes)?.[1];
      const start = attribute(o.body, 'w:startOverride');
      if (level !== undefined && start !== undefined) overrides.set(clampInt(level, 0, MAX_LEVEL), clampInt(start, 1, MAX_START));
    }
    nums.set(numId, { abstractId, levels: abstract.get(abstractId) ?? [], overrides });
  }
  return nums;
}

function readLevels(xml: string): Level[] {
  const levels: Level[] = [];
  for (const l of scanElements(xml, 'w:lvl')) {
    const ilvl = /\bw:ilvl="(\d+)"/.exec(l.attributes)?.[1];
    if (ilvl === undefined || clampInt(ilvl, 0, MAX_LEVEL + 1) > MAX_LEVEL) continue;
    levels[Number(ilvl)] = {
      format: /<w:numFmt w:val="(\w+)"/.exec(l.body)?.[1] ?? 'decimal',
      text: decodeXml((/<w:lvlText w:val="([^"<>]*)"/.exec(l.body)?.[1] ?? '').slice(0, MAX_MARKER_LENGTH * 8)).slice(0, MAX_MARKER_LENGTH),
      start: clampInt(attribute(l.body, 'w:start'), 1, MAX_START),
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
  if (n < 1) return String(n);
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.min(MAX_MARKER_LENGTH, Math.floor((n - 1) / 26) + 1));
}

function roman(n: number): string {
  // Past 3999 roman numerals are only strings of "m"; Word itself shows such numbers in decimal.
  if (n < 1 || n > 3999) return String(n);
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
  for (const p of scanElements(documentXml, 'w:p')) {
    const properties = firstElement(p.body, 'w:pPr');
    const pPr = properties && withoutElements(properties.body, 'w:pPrChange');
    const numId = pPr && attribute(pPr, 'w:numId');
    if (!numId || /^0+$/.test(numId)) continue;
    const ilvl = clampInt(attribute(pPr, 'w:ilvl'), 0, MAX_LEVEL);
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
      }).slice(0, MAX_MARKER_LENGTH),
    );
  }
  return markers;
}
