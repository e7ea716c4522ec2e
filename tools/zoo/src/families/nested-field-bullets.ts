// Each action a list item with its fields as nested bullets underneath:
//   1. Launch a mentoring scheme for technicians
//      - Owner: Director of HR
//      - By: Q3 2026
//      - Measure: Thirty mentoring pairs active
// Field labels and their order vary between documents, as they do between real plans.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Inline, ZooBlock, ZooListItem } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  // Six deadline labels: variants 0–5 cover them all.
  whenLabel: ['When', 'By', 'Deadline', 'Timescale', 'Target date', 'Due'],
  ownerLabel: ['Lead', 'Owner', 'Who', 'Responsible', 'Accountable'],
  intro: LEAD_IN_KINDS,
  measureLabel: ['Measure', 'Success criteria', 'KPI', 'Evidence'],
  statusLabel: ['Status', 'RAG', 'Progress'],
  order: ['owner-when-measure', 'when-owner-measure', 'measure-when-owner'],
  outer: ['numbered', 'bulleted'],
} as const;
const slow = { item: ['title', 'title-paragraph'], fieldBullet: ['-', '•', '○'], decoys: DECOY_PLACES, titleForm: TITLE_FORMS } as const;

export const nestedFieldBulletsDimensions = { ...fast, ...slow };

const RAG: Readonly<Record<string, string>> = { 'Not started': 'Red', 'In progress': 'Amber', 'On track': 'Green', Complete: 'Green', Ongoing: 'Amber' };

type Dims = ReturnType<typeof pairedCoveringRow<typeof fast, typeof slow>>;

function fieldLines(action: ZooAction, dims: Dims, ownerJoin: string): string[] {
  const fields: Record<'owner' | 'when' | 'measure', string> = {
    owner: `${dims.ownerLabel}: ${action.owners.join(ownerJoin)}`,
    when: `${dims.whenLabel}: ${action.timeframe}`,
    measure: `${dims.measureLabel}: ${action.measure}`,
  };
  const lines = dims.order.split('-').map((k) => fields[k as keyof typeof fields]);
  if (action.status) lines.push(`${dims.statusLabel}: ${dims.statusLabel === 'RAG' ? (RAG[action.status] ?? action.status) : action.status}`);
  return lines;
}

export const nestedFieldBullets: LayoutFamily = {
  id: 'nested-field-bullets',
  description: 'Each action a numbered or bulleted item, its owner, deadline, measure and status as nested "Label: value" bullets beneath it; sometimes under one section per theme.',
  realShape: 'Plans drafted in markdown or a wiki, or Word documents with two-level bullets, where each commitment carries its own small field list.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    const ownerJoin = random.pick([', ', ' and ', '; ']);
    const groups = groupActions(plan, dims.intro, random);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    let count = 0;
    groups.forEach((group, g) => {
      body.push(...group.lead);
      const first = count + 1;
      const items: ZooListItem[] = group.actions.map(({ action }) => {
        count++;
        const withDetail = dims.item === 'title-paragraph';
        gold.push(
          goldAction({
            ref: dims.outer === 'numbered' ? String(count) : null,
            title: action.title,
            description: withDetail ? action.description : null,
            themes: statedThemes(group, null),
            timeframe: action.timeframe,
            owners: [...action.owners],
          }),
        );
        const paragraphs: Inline[][] = withDetail ? [[action.title], [action.description]] : [[action.title]];
        const fields: ZooBlock = { kind: 'list', ordered: false, bullet: dims.fieldBullet, items: fieldLines(action, dims, ownerJoin).map((l) => ({ paragraphs: [[l]] })) };
        return { paragraphs, children: [fields] };
      });
      body.push(
        dims.outer === 'numbered'
          ? { kind: 'list', ordered: true, style: 'decimal', numbering: { id: 'actions', restart: g === 0 }, start: first, items }
          : { kind: 'list', ordered: false, bullet: dims.fieldBullet === '-' ? '•' : '-', items },
      );
    });
    const decoyStyle = dims.outer === 'numbered' ? { ordered: true, listStyle: 'decimal' as const } : { ordered: false, bullet: dims.fieldBullet === '-' ? '•' : '-' };
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle, body }, random);
    return { doc, gold, dimensions: { ...dims } };
  },
};
