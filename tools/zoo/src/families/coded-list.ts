// Actions with coded refs of one fixed prefix ("HU-01 …", "T-03 …"), each followed by an
// "Owner: … | Due: …" line, as the next paragraph, a line break or a sub-bullet.
import type { LeadInKind } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef } from '../ref-styles.ts';
import type { Inline, ZooBlock, ZooListItem } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

export const codedListDimensions = {
  container: ['sub-bullet', 'next-paragraph', 'line-break'],
  fieldLabels: ['owner-due-pipe', 'owner-due-semicolon', 'lead-deadline-pipe'],
  intro: ['none', 'theme-heading', 'lead-in', 'actions-heading'] as readonly LeadInKind[],
  codeSep: ['space', 'dash', 'colon'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type FieldLabels = (typeof codedListDimensions.fieldLabels)[number];

const CODE_SEPARATOR = { space: ' ', dash: ' – ', colon: ': ' } as const;

function fieldLine(labels: FieldLabels, action: ZooAction): string {
  // "and" between owners: a "," or ";" would read as the next field.
  const owners = action.owners.join(' and ');
  switch (labels) {
    case 'owner-due-pipe': return `Owner: ${owners} | Due: ${action.timeframe}`;
    case 'owner-due-semicolon': return `Owner: ${owners}; Due: ${action.timeframe}`;
    case 'lead-deadline-pipe': return `Lead: ${owners} | Deadline: ${action.timeframe}`;
  }
}

export const codedList: LayoutFamily = {
  id: 'coded-list',
  description:
    'A list of actions with coded refs of one fixed prefix ("HU-01", "T-03"), each followed by its owner and due date on the next line or in a sub-bullet, sometimes under theme headings.',
  realShape:
    'Plans from a department or unit that codes every action with its own short prefix for tracking in a spreadsheet, then publishes them as a list.',
  render(plan, variant, random) {
    const row = coveringRow(variant, codedListDimensions);
    const prefix = random.pick(['HU', 'T', 'TS']);
    const boldCode = random.chance(0.5);
    const bullet = random.pick(['•', '-']);
    const groups = groupActions(plan, row.intro, random);
    const blocks: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      blocks.push(...group.lead);
      const items: ZooListItem[] = [];
      for (const { action, place } of group.actions) {
        const { printed, ref } = formatRef('dash-code', { ...place, prefix });
        const head: Inline[] = boldCode
          ? [{ text: printed, bold: true }, `${CODE_SEPARATOR[row.codeSep]}${action.title}`]
          : [`${printed}${CODE_SEPARATOR[row.codeSep]}${action.title}`];
        const fields = fieldLine(row.fieldLabels, action);
        if (row.container === 'sub-bullet') {
          items.push({ paragraphs: [head], children: [{ kind: 'list', ordered: false, bullet: '○', items: [{ paragraphs: [[fields]] }] }] });
        } else if (row.container === 'next-paragraph') {
          blocks.push({ kind: 'paragraph', runs: head }, { kind: 'paragraph', runs: [fields] });
        } else {
          blocks.push({ kind: 'paragraph', runs: [...head, ' ', fields], lines: [head, [fields]] });
        }
        gold.push(goldAction({ ref, title: action.title, themes: statedThemes(group, null), timeframe: action.timeframe, owners: [...action.owners] }));
      }
      if (items.length > 0) blocks.push({ kind: 'list', ordered: false, bullet, items });
    }
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle: { ordered: false, bullet }, body: blocks }, random);
    return { doc, gold, dimensions: { ...row, prefix } };
  },
};
