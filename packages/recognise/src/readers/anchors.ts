// Record anchors: the block that opens each record of a run — a list item at a depth, a heading
// of a level, a paragraph opening with a ref of one shape, a "Action: …" label, a bulleted
// paragraph. Anchors of one key, in a run, are the records of one reading.
import { normaliseThemeLabel } from '@tc/themes';
import { fieldRole } from '../fields/field-role.ts';
import { readLeadingRef, readMarkerRef, type RefShape } from '../fields/ref-grammar.ts';
import { LABEL_INLINE, LABEL_ONLY } from '../fields/section-heading.ts';
import { themeByDefinition } from '../fields/theme-text.ts';
import { isHeadingLike, type Item } from '../items.ts';
import { themeHeading } from '../recognition.ts';

export type AnchorFamily = 'list' | 'heading' | 'ref' | 'label' | 'bullet' | 'paragraph';

export interface Anchor {
  item: Item;
  /** same key = same kind of record: "list:0:number", "heading:3:keyword", "ref:code" */
  key: string;
  family: AnchorFamily;
  ref: string | null;
  refShape: RefShape | null;
  /** letter prefix of a coded ref, for sequence checks */
  prefix: string | null;
  /** the anchor's text after its ref (for a label anchor, after the label) */
  text: string;
}

const BULLET_PARAGRAPH = /^([-–•*·▪◦○])\s+(\S.*)$/s;

/** A ref opening a record: with text after it, or alone where a word says so ("Action 3"). */
function strongRef(text: string): ReturnType<typeof readLeadingRef> {
  const ref = readLeadingRef(text);
  if (!ref || (ref.rest.length === 0 && ref.shape !== 'keyword')) return null;
  return ref;
}

/** "VISIBILITY Ensure that …", a theme label then its definition: the plan's key, not an action. */
export function definesTheme(item: Item): boolean {
  let defines = themeDefinitions.get(item);
  if (defines === undefined) {
    defines = readsAsThemeDefinition(item);
    themeDefinitions.set(item, defines);
  }
  return defines;
}

function readsAsThemeDefinition(item: Item): boolean {
  const heading = themeHeading(item.lines.length > 0 ? item.lines : [item.text]);
  if ((heading !== null && heading.rest.length > 0) || themeByDefinition(item.text) !== null) return true;
  // "Visibility – to ensure that …": a theme named, then what it means.
  const dash = /^(.{3,30}?)\s+[-–—]\s+(?:to\s|ensur|support|enabl)/i.exec(item.text);
  return dash?.[1] !== undefined && normaliseThemeLabel(dash[1])?.kind === 'theme';
}

// Runs and group labels ask the same block again and again.
const anchors = new WeakMap<Item, Anchor | null>();
const themeDefinitions = new WeakMap<Item, boolean>();

/** The anchor an item can be, or null. */
export function anchorOf(item: Item): Anchor | null {
  let anchor = anchors.get(item);
  if (anchor === undefined) {
    anchor = readAnchor(item);
    anchors.set(item, anchor);
  }
  return anchor;
}

function readAnchor(item: Item): Anchor | null {
  if (item.kind === 'listItem') {
    // An empty bullet holding only nested items (as Word writes an item broken by a paragraph) opens nothing.
    if (item.text.length === 0) return null;
    const marker = readMarkerRef(item.marker);
    const inner = marker ? null : strongRef(item.text);
    // A number set off by a delimiter inside a bullet ("• 1. Publish …") is the item's ref.
    const innerRef = inner && (inner.shape !== 'number' || (inner.delimiter !== ' ' && inner.delimiter !== '')) ? inner : null;
    const ref = marker?.ref ?? innerRef?.ref ?? null;
    const shape = marker?.shape ?? innerRef?.shape ?? null;
    return {
      item, key: `list:${item.depth}:${marker?.shape ?? (item.ordered ? 'ordered' : 'bullet')}`, family: 'list',
      ref, refShape: shape, prefix: ref ? (/^[A-Z]+/.exec(ref)?.[0] ?? null) : null, text: innerRef && !marker ? innerRef.rest : item.text,
    };
  }
  if (item.kind === 'heading') {
    const ref = strongRef(item.text);
    return {
      item, key: `heading:${item.level}:${ref ? ref.shape : 'plain'}`, family: 'heading',
      ref: ref?.ref ?? null, refShape: ref?.shape ?? null, prefix: ref?.prefix ?? null, text: ref ? ref.rest : item.text,
    };
  }
  if (item.kind !== 'paragraph') return null;
  const first = item.lines[0] ?? item.text;
  const ref = strongRef(first);
  if (ref) {
    const rest = [ref.rest, ...item.lines.slice(1)].join(' ').trim();
    return { item, key: `ref:${ref.shape}:${ref.keyword ?? ''}`, family: 'ref', ref: ref.ref, refShape: ref.shape, prefix: ref.prefix, text: rest };
  }
  const label = LABEL_INLINE.exec(first) ?? LABEL_ONLY.exec(first);
  if (label?.[1] && fieldRole(label[1]) === 'title') {
    return { item, key: `label:${label[1].toLowerCase()}`, family: 'label', ref: null, refShape: null, prefix: null, text: [label[2] ?? '', ...item.lines.slice(1)].join(' ').trim() };
  }
  const bullet = BULLET_PARAGRAPH.exec(item.text);
  if (bullet?.[2]) return { item, key: `bullet:${bullet[1]}`, family: 'bullet', ref: null, refShape: null, prefix: null, text: bullet[2] };
  // A plain paragraph may be a record too (actions typed one per paragraph under a heading that
  // says so); only the introduction and the wording can tell, so the scorer decides.
  if (!isHeadingLike(item) && !definesTheme(item)) return { item, key: 'paragraph', family: 'paragraph', ref: null, refShape: null, prefix: null, text: item.text };
  return null;
}
