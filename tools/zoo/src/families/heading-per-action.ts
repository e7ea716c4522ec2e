// One heading per action ("Action 3: Title", "Objective 2.1 – Title", "3. Title", "HU-01 Title"),
// then a description paragraph and the action's fields as labelled lines: each on its own line,
// as bold run-in labels, or run together in one sentence-like line.
import { THEME_LABELS, LEAD_IN_KINDS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef } from '../ref-styles.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  refStyle: ['action-n', 'objective-n.n', 'n.', 'dash-code'],
  intro: LEAD_IN_KINDS,
  fieldForm: ['own-line', 'bold-run-in', 'inline'],
  labels: ['lead-timescale', 'owner-by-when', 'responsible-target-date'],
  description: ['paragraph', 'none'],
} as const;
const slow = { themeField: ['none', 'field'], decoys: DECOY_PLACES, titleForm: TITLE_FORMS } as const;

export const headingPerActionDimensions = { ...fast, ...slow };

const LABELS: Readonly<Record<(typeof fast.labels)[number], { owner: string; when: string; measure: string; theme: string }>> = {
  'lead-timescale': { owner: 'Lead', when: 'Timescale', measure: 'Success measure', theme: 'Theme' },
  'owner-by-when': { owner: 'Owner', when: 'By when', measure: 'Measure of success', theme: 'Themes' },
  'responsible-target-date': { owner: 'Responsible', when: 'Target date', measure: 'KPI', theme: 'Link to theme' },
};

/** The heading text: "Action 3: Title", "Objective 2.1 – Title", "3. Title", "HU-01 Title". */
function headingText(style: (typeof fast.refStyle)[number], printed: string, title: string): string {
  if (style === 'action-n') return `${printed}: ${title}`;
  if (style === 'objective-n.n') return `${printed} – ${title}`;
  return `${printed} ${title}`;
}

function fieldBlocks(form: (typeof fast.fieldForm)[number], fields: Array<[label: string, value: string]>): ZooBlock[] {
  if (form === 'own-line') return fields.map(([l, v]) => ({ kind: 'paragraph', runs: [`${l}: ${v}`] }));
  if (form === 'bold-run-in') return fields.map(([l, v]) => ({ kind: 'paragraph', runs: [{ text: l, bold: true }, ` ${v}`] }));
  const runs: Inline[] = [fields.map(([l, v]) => `${l}: ${v.replace(/\.$/, '')}.`).join(' ')];
  return [{ kind: 'paragraph', runs }];
}

export const headingPerAction: LayoutFamily = {
  id: 'heading-per-action',
  description: 'Each action under its own numbered heading, followed by a description paragraph and labelled lines for lead, timescale and success measure.',
  realShape: 'Longer Word or PDF plans that give every action a section of its own, often "Action n" or "Objective n.n" headings inside theme chapters.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    const prefix = random.pick(['HU', 'TC', 'TEC', 'T']);
    const labels = LABELS[dims.labels];
    const groups = groupActions(plan, dims.intro, random, { headingLevel: dims.intro === 'theme-heading' ? 1 : 2 });
    // Action headings sit one level below a theme or actions heading.
    const level = dims.intro === 'theme-heading' ? 2 : dims.intro === 'actions-heading' ? 3 : 2;
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      for (const { action, place } of group.actions) {
        const { printed, ref } = formatRef(dims.refStyle, { ...place, prefix });
        body.push({ kind: 'heading', level, text: headingText(dims.refStyle, printed, action.title) });
        if (dims.description === 'paragraph') body.push({ kind: 'paragraph', runs: [action.description] });
        const fields: Array<[string, string]> = [
          [labels.owner, action.owners.join(', ')],
          [labels.when, action.timeframe],
          [labels.measure, action.measure],
        ];
        if (dims.themeField === 'field') fields.push([labels.theme, themeList(action)]);
        body.push(...fieldBlocks(dims.fieldForm, fields));
        gold.push(
          goldAction({
            ref,
            title: action.title,
            description: dims.description === 'paragraph' ? action.description : null,
            themes: statedThemes(group, dims.themeField === 'field' ? action.themes : null),
            timeframe: action.timeframe,
            owners: [...action.owners],
          }),
        );
      }
    }
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle: { ordered: false, bullet: random.pick(['-', '•']) }, body }, random);
    return { doc, gold, dimensions: { ...dims } };
  },
};

const themeList = (action: ZooAction): string => action.themes.map((t) => THEME_LABELS[t]).join(', ');
