// Actions as one numbered list (or one per theme): "1. Publish a directory…", "(a) …", "i. …".
// The number is either a real list numbering (Word numbering in .docx, explicit numbers in text)
// or typed into the paragraph, as authors do when they number by hand.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef, type RefPlace } from '../ref-styles.ts';
import type { Inline, ZooBlock, ZooList } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

export const numberedListDimensions = {
  // Six ref styles: variants 0–5 cover them all.
  refStyle: ['n', 'n.', 'n-wide', '(a)', 'roman', 'n)'],
  intro: LEAD_IN_KINDS,
  item: ['title', 'title-detail', 'bold-title-detail'],
  listForm: ['list', 'typed'],
  numbering: ['continue', 'restart'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type NumberStyle = (typeof numberedListDimensions.refStyle)[number];

/** Styles a real list numbering can print; the others are only ever typed. */
const LIST_STYLE: Partial<Record<NumberStyle, ZooList['style']>> = { 'n.': 'decimal', 'n)': 'decimal-paren', '(a)': 'lower-alpha-paren', roman: 'lower-roman' };

function number(style: NumberStyle, place: RefPlace): { printed: string; ref: string } {
  if (style === 'n)') return { printed: `${place.index})`, ref: `${place.index}` };
  const { printed, ref } = formatRef(style, place);
  return { printed, ref: ref! };
}

function itemRuns(action: ZooAction, item: (typeof numberedListDimensions.item)[number]): Inline[] {
  if (item === 'title') return [action.title];
  if (item === 'title-detail') return [`${action.title}. ${action.description}`];
  return [{ text: action.title, bold: true }, ` – ${action.description}`];
}

export const numberedList: LayoutFamily = {
  id: 'numbered-list',
  description: 'The actions as a numbered list, one item per action (title alone or title then a detail sentence), under one heading or lead-in sentence or one theme heading per group.',
  realShape: 'Short plans and web pages that list their commitments as a numbered list, sometimes numbered by hand, sometimes restarting under each theme.',
  render(plan, variant, random) {
    const dims = coveringRow(variant, numberedListDimensions);
    const listStyle = LIST_STYLE[dims.refStyle];
    const listForm = dims.listForm === 'list' && listStyle ? 'list' : 'typed';
    const groups = groupActions(plan, dims.intro, random);
    const restart = dims.numbering === 'restart' && groups.length > 1;
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    let count = 0;
    groups.forEach((group, g) => {
      body.push(...group.lead);
      if (restart) count = 0;
      const first = count + 1;
      const items = group.actions.map(({ action, place }) => {
        count++;
        const { printed, ref } = number(dims.refStyle, { ...place, index: count });
        const runs = itemRuns(action, dims.item);
        gold.push(goldAction({ ref, title: action.title, description: dims.item === 'title' ? null : action.description, themes: statedThemes(group, null) }));
        return { printed, runs };
      });
      if (listForm === 'list') {
        // One Word numbering instance for the document, so a continued count survives the headings.
        body.push({
          kind: 'list',
          ordered: true,
          style: listStyle!,
          numbering: { id: 'actions', restart: g === 0 || restart },
          start: first,
          items: items.map((i) => ({ paragraphs: [i.runs] })),
        });
      } else {
        for (const i of items) {
          const gap = dims.refStyle === 'n-wide' ? '' : ' ';
          body.push({ kind: 'paragraph', runs: [`${i.printed}${gap}`, ...i.runs] });
        }
      }
    });
    const decoyStyle =
      listForm === 'list'
        ? { ordered: true, listStyle: listStyle! }
        : { ordered: true, typedMarker: (n: number) => number(dims.refStyle, { index: n, inGroup: n, group: 1, theme: 'visibility' }).printed.trimEnd() };
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle, body }, random);
    return {
      doc,
      gold,
      dimensions: { ...dims, listForm, numbering: groups.length > 1 ? dims.numbering : 'single-list' },
    };
  },
};
