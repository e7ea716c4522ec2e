// A title line per action, "1 – Title (Y1-3)", then a paragraph of narrative or two or three
// bullets of detail. The year code in brackets is the action's only timeframe.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  marker: ['en-dash', 'hyphen', 'n.'],
  intro: LEAD_IN_KINDS,
  yearCode: ['none', 'y-range', 'year-n'],
  body: ['narrative', 'bullets'],
} as const;
const slow = { titleWeight: ['plain', 'bold'], decoys: DECOY_PLACES, titleForm: TITLE_FORMS } as const;

export const dashTitleNarrativeDimensions = { ...fast, ...slow };

type Marker = (typeof fast.marker)[number];

const printedMarker = (marker: Marker, n: number): string => (marker === 'en-dash' ? `${n} –` : marker === 'hyphen' ? `${n} -` : `${n}.`);

/** Invented follow-up details, so bullet bodies have a third point now and then. */
const EXTRA_DETAILS = [
  'Progress reported to the steering group each term',
  'Costs met from the central technical budget',
  'Reviewed at the mid-point of the plan',
  'Technicians consulted before any changes are agreed',
];

function yearCode(kind: (typeof fast.yearCode)[number], random: Random): string | null {
  if (kind === 'none') return null;
  const a = random.int(1, 3);
  if (kind === 'year-n') return `Year ${a}`;
  const b = random.int(a, 3);
  return a === b ? `Y${a}` : `Y${a}-${b}`;
}

export const dashTitleNarrative: LayoutFamily = {
  id: 'dash-title-narrative',
  description: 'Each action a numbered title line ("1 – Title", optionally with a year code such as "(Y1-3)"), followed by a narrative paragraph or a few detail bullets.',
  realShape: 'Narrative plans that number each commitment with a dash before the title and explain it in prose or short bullets, with year codes for timing.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    const bullet = random.pick(['•', '-', '–']);
    const groups = groupActions(plan, dims.intro, random);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    let n = 0;
    for (const group of groups) {
      body.push(...group.lead);
      for (const { action } of group.actions) {
        n++;
        const code = yearCode(dims.yearCode, random);
        const line = `${printedMarker(dims.marker, n)} ${action.title}${code ? ` (${code})` : ''}`;
        const runs: Inline[] = [dims.titleWeight === 'bold' ? { text: line, bold: true } : line];
        body.push({ kind: 'paragraph', runs });
        const details = [action.description, `Target: ${action.measure}`];
        if (random.chance(0.4)) details.push(random.pick(EXTRA_DETAILS));
        let description: string;
        if (dims.body === 'narrative') {
          description = `${action.description} Target: ${action.measure}.`;
          body.push({ kind: 'paragraph', runs: [description] });
        } else {
          description = details.join('\n');
          body.push({ kind: 'list', ordered: false, bullet, items: details.map((d) => ({ paragraphs: [[d]] })) });
        }
        gold.push(goldAction({ ref: String(n), title: action.title, description, themes: statedThemes(group, null), timeframe: code }));
      }
    }
    const decoyStyle = { ordered: true, typedMarker: (k: number) => printedMarker(dims.marker, k) };
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle, body }, random);
    return { doc, gold, dimensions: { ...dims } };
  },
};
