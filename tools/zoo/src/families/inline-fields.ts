// One paragraph per action with its fields typed inline after the text: a bracketed trailer
// "(Lead: X; By: Y)", bold run-in labels "Lead: X Target date: Y", or "[Owner: X, due Y]".
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef } from '../ref-styles.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';
import { themeTag } from './theme-tag.ts';

export const inlineFieldsDimensions = {
  fieldStyle: ['paren-trailer', 'bold-run-in', 'bracket-trailer'],
  refs: ['none', 'n.'],
  themeTag: ['none', 'codes-paren', 'labels-bracket'],
  intro: LEAD_IN_KINDS,
  titleRun: ['bold', 'plain'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type FieldStyle = (typeof inlineFieldsDimensions.fieldStyle)[number];

/** The runs of the fields that follow the action's text. */
function fieldRuns(style: FieldStyle, action: ZooAction, labels: readonly [string, string]): Inline[] {
  // Owners joined with "and": a ";" or "," would read as the next field in a trailer.
  const owners = action.owners.join(' and ');
  switch (style) {
    case 'paren-trailer': return [` (${labels[0]}: ${owners}; ${labels[1]}: ${action.timeframe})`];
    case 'bold-run-in': return [' ', { text: `${labels[0]}:`, bold: true }, ` ${owners} `, { text: `${labels[1]}:`, bold: true }, ` ${action.timeframe}`];
    case 'bracket-trailer': return [` [${labels[0]}: ${owners}, due ${action.timeframe}]`];
  }
}

export const inlineFields: LayoutFamily = {
  id: 'inline-fields',
  description:
    'Each action is one paragraph: its title and detail followed inline by its lead and date, as a bracketed trailer or bold run-in labels; optionally numbered and tagged with its themes.',
  realShape:
    'Compact Word or web plans that avoid tables by writing each action as a sentence or two with "(Lead: …; By: …)" or "Lead: … Target date: …" at the end.',
  render(plan, variant, random) {
    const row = coveringRow(variant, inlineFieldsDimensions);
    const groups = groupActions(plan, row.intro, random);
    const labels = random.pick([['Lead', 'By'], ['Owner', 'Timescale'], ['Lead', 'Target date'], ['Responsible', 'Deadline']] as const);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      for (const { action, place } of group.actions) {
        const { printed, ref } = formatRef(row.refs, place);
        const runs: Inline[] = printed ? [`${printed} `] : [];
        runs.push(row.titleRun === 'bold' ? { text: `${action.title}.`, bold: true } : `${action.title}.`);
        runs.push(` ${action.description}`, ...fieldRuns(row.fieldStyle, action, labels));
        const tag = themeTag(row.themeTag, action.themes);
        if (tag) runs.push(tag);
        body.push({ kind: 'paragraph', runs });
        gold.push(
          goldAction({
            ref,
            title: action.title,
            description: action.description,
            themes: statedThemes(group, tag ? action.themes : null),
            timeframe: action.timeframe,
            owners: [...action.owners],
          }),
        );
      }
    }
    // Decoys as a plain list: typed "1." paragraphs would repeat the actions' own numbers.
    const decoyStyle = { ordered: row.refs === 'n.', bullet: '•' };
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle, body }, random);
    return { doc, gold, dimensions: { ...row } };
  },
};
