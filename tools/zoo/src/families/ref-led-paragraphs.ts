// Paragraphs that open with a ref, a gap and the title ("V1  Publish a directory of technical
// staff"), followed by indented field lines (Themes / When / Who). A theme code in the ref is not
// a statement of themes: only a printed Themes line (or a theme heading) states them.
import { LEAD_IN_KINDS, THEME_LABELS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef } from '../ref-styles.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  refStyle: ['theme-code', 'n.n'],
  intro: LEAD_IN_KINDS,
  fieldLabels: ['when-who', 'timescale-lead', 'by-owner'],
  description: ['none', 'indented'],
} as const;
const slow = {
  themesLine: ['present', 'absent'],
  fieldBlock: ['lines', 'paragraph-per-field'],
  gap: ['two-spaces', 'tab'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

export const refLedParagraphsDimensions = { ...fast, ...slow };

const FIELD_LABELS = {
  'when-who': ['When', 'Who'],
  'timescale-lead': ['Timescale', 'Lead'],
  'by-owner': ['By', 'Owner'],
} as const;

export const refLedParagraphs: LayoutFamily = {
  id: 'ref-led-paragraphs',
  description: 'Each action a paragraph opening with its ref, a gap and the title, then indented lines for themes, timescale and owner.',
  realShape: 'Plans typed as plain paragraphs with codes such as V1 or 2.3 at the start of each line and the details indented beneath.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    const [whenLabel, whoLabel] = FIELD_LABELS[dims.fieldLabels];
    const themesLabel = random.pick(['Themes', 'Theme(s)', 'Themes addressed']);
    const gap = dims.gap === 'tab' ? '\t' : '  ';
    // `indent` counts text-writer spaces (the other writers scale it).
    const indent = random.pick([3, 4, 6]);
    const groups = groupActions(plan, dims.intro, random);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      for (const { action, place } of group.actions) {
        const { printed, ref } = formatRef(dims.refStyle, place);
        body.push({ kind: 'paragraph', runs: [`${printed}${gap}${action.title}`] });
        const lines: string[] = [];
        if (dims.description === 'indented') lines.push(action.description);
        if (dims.themesLine === 'present') lines.push(`${themesLabel}: ${action.themes.map((t) => THEME_LABELS[t]).join(', ')}`);
        lines.push(`${whenLabel}: ${action.timeframe}`, `${whoLabel}: ${action.owners.join(', ')}`);
        if (dims.fieldBlock === 'lines') {
          const runLines: Inline[][] = lines.map((l) => [l]);
          body.push({ kind: 'paragraph', runs: [lines.join(' ')], indent, lines: runLines });
        } else {
          body.push(...lines.map((l): ZooBlock => ({ kind: 'paragraph', runs: [l], indent })));
        }
        gold.push(
          goldAction({
            ref,
            title: action.title,
            description: dims.description === 'indented' ? action.description : null,
            themes: statedThemes(group, dims.themesLine === 'present' ? action.themes : null),
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
