// Objectives with numbered sub-actions: "Objective 2: …" (or a bold "2. …") then actions 2.1, 2.2 …
// The objective is a heading, not an action: gold holds the numbered actions only, without a parent.
import type { ThemeId } from '@tc/model';
import { fillLeadIn, LEAD_INS, leadInBlock, THEME_LABELS } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef } from '../ref-styles.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import { DECOY_PLACES, frameDocument, goldAction, periodText, themeGroups, TITLE_FORMS } from './list-layout-frame.ts';

export const objectiveHierarchyDimensions = {
  objective: ['heading-objective', 'bold-paragraph', 'heading-number'],
  actionRef: ['plain', 'bold-ref', 'indented'],
  fields: ['none', 'second-line', 'same-paragraph'],
  objectiveTheme: ['named', 'unnamed'],
  detail: ['none', 'paragraph'],
  lead: ['none', 'lead-in'],
  // Bullets after the last objective's numbered actions read as a separate list, not as its actions.
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type Row = ReturnType<typeof coveringRow<typeof objectiveHierarchyDimensions>>;

// Invented objective wordings, two per theme so plans differ.
const OBJECTIVES: Readonly<Record<ThemeId, readonly string[]>> = {
  visibility: ['Make technical work seen across the institution', 'Raise the profile of technical teams'],
  recognition: ['Credit and reward technical contributions', 'Widen access to professional registration'],
  'career-development': ['Build clear routes for technical careers', 'Grow the skills of technical staff'],
  sustainability: ['Secure technical skills for the years ahead', 'Plan the technical workforce together'],
};

// A lead-in naming a year would misdate the whole plan when it opens the objectives.
const OBJECTIVE_LEAD_INS = LEAD_INS['lead-in'].filter((t) => !/\byear\b/i.test(t));

function objectiveBlock(row: Row, n: number, title: string, theme: ThemeId): ZooBlock {
  const named = row.objectiveTheme === 'named' ? `${title} (${THEME_LABELS[theme]})` : title;
  switch (row.objective) {
    case 'heading-objective': return { kind: 'heading', level: 2, text: `Objective ${n}: ${named}` };
    case 'heading-number': return { kind: 'heading', level: 2, text: `${n}. ${named}` };
    case 'bold-paragraph': return { kind: 'paragraph', runs: [{ text: `${n}. ${named}`, bold: true }] };
  }
}

export const objectiveHierarchy: LayoutFamily = {
  id: 'objective-hierarchy',
  description:
    'Objectives as headings ("Objective 2: …" or a bold "2. …") each followed by its numbered actions 2.1, 2.2 … as paragraphs, with the lead and timescale on an optional second line.',
  realShape:
    'Strategy-style plans that set a handful of objectives and number the actions under each with the objective\'s number.',
  render(plan, variant, random) {
    const row = coveringRow(variant, objectiveHierarchyDimensions);
    const [ownerLabel, timeLabel] = random.pick([['Lead', 'Timescale'], ['Owner', 'By'], ['Responsible', 'When']] as const);
    const indent = row.actionRef === 'indented' ? 1 : undefined;
    const ownerSep = random.pick([' and ', ', ', ' / ']);
    const lead = row.lead === 'lead-in' ? random.pick(OBJECTIVE_LEAD_INS) : null;
    const blocks: ZooBlock[] = lead ? [leadInBlock('lead-in', fillLeadIn(lead, { count: plan.actions.length, period: periodText(plan) }))] : [];
    const gold: GoldAction[] = [];
    for (const group of themeGroups(plan)) {
      blocks.push(objectiveBlock(row, group.group, random.pick(OBJECTIVES[group.theme]), group.theme));
      for (const { action, place } of group.actions) {
        const { printed, ref } = formatRef('n.n', place);
        const head: Inline[] = row.actionRef === 'bold-ref' ? [{ text: printed, bold: true }, ` ${action.title}`] : [`${printed} ${action.title}`];
        const fields: Inline[] = [`${ownerLabel}: ${action.owners.join(ownerSep)} | ${timeLabel}: ${action.timeframe}`];
        if (row.fields === 'same-paragraph') {
          blocks.push({ kind: 'paragraph', runs: [...head, ' ', ...fields], lines: [head, fields], indent });
        } else {
          blocks.push({ kind: 'paragraph', runs: head, indent });
        }
        if (row.detail === 'paragraph') blocks.push({ kind: 'paragraph', runs: [action.description], indent });
        if (row.fields === 'second-line') blocks.push({ kind: 'paragraph', runs: fields, indent });
        const hasFields = row.fields !== 'none';
        gold.push(
          goldAction({
            ref,
            title: action.title,
            description: row.detail === 'paragraph' ? action.description : null,
            themes: row.objectiveTheme === 'named' ? [group.theme] : null,
            timeframe: hasFields ? action.timeframe : null,
            owners: hasFields ? [...action.owners] : null,
          }),
        );
      }
    }
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle: { ordered: false, bullet: '•' }, body: blocks }, random);
    return { doc, gold, dimensions: { ...row } };
  },
};
