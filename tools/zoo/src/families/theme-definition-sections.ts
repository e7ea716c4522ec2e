// Sections headed by the Commitment's definition of a theme rather than by its name ("Support
// technicians to gain recognition through …"), each followed by that theme's actions; the reader
// has to know the definitions to see which theme a section is.
import { THEME_DEFINITIONS } from '@tc/themes';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import { formatRef, type RefPlace } from '../ref-styles.ts';
import type { Inline, ZooBlock, ZooListItem } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, themeGroups, TITLE_FORMS } from './list-layout-frame.ts';

export const themeDefinitionSectionsDimensions = {
  header: ['heading', 'theme-paragraph', 'numbered-heading'],
  list: ['bullets', 'ordered-continuing', 'n.n-paragraphs'],
  detail: ['none', 'second-paragraph', 'dash'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type Header = (typeof themeDefinitionSectionsDimensions.header)[number];
type Detail = (typeof themeDefinitionSectionsDimensions.detail)[number];

function sectionHeader(header: Header, definition: string, group: number, boldLabel: boolean): ZooBlock {
  switch (header) {
    case 'heading': return { kind: 'heading', level: 2, text: definition };
    case 'numbered-heading': return { kind: 'heading', level: 2, text: `${group}. ${definition}` };
    case 'theme-paragraph': return { kind: 'paragraph', runs: boldLabel ? [{ text: 'Theme:', bold: true }, ` ${definition}`] : [`Theme: ${definition}`] };
  }
}

/** The action's first printed line (without its ref), its second paragraph, and the gold description. */
function actionText(detail: Detail, action: ZooAction): { first: string; second: string | null; description: string | null } {
  if (detail === 'dash') return { first: `${action.title} – ${action.description}`, second: null, description: action.description };
  if (detail === 'second-paragraph') return { first: action.title, second: action.description, description: action.description };
  return { first: action.title, second: null, description: null };
}

export const themeDefinitionSections: LayoutFamily = {
  id: 'theme-definition-sections',
  description:
    'One section per theme, headed by the Commitment\'s definition sentence of the theme (as a heading or a "Theme: …" paragraph) instead of its name, with the theme\'s actions as bullets, a numbered list or "1.1"-numbered paragraphs.',
  realShape: 'Plans that copy the Commitment\'s wording of each theme as the section title and list their own actions beneath it.',
  render(plan, variant, random) {
    const row = coveringRow(variant, themeDefinitionSectionsDimensions);
    const bullet = random.pick(['•', '-', '*']);
    const boldLabel = random.chance(0.5);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of themeGroups(plan)) {
      const first: RefPlace = group.actions[0]!.place;
      body.push(sectionHeader(row.header, THEME_DEFINITIONS[group.theme].definition, group.group, boldLabel));
      const items: ZooListItem[] = [];
      for (const { action, place } of group.actions) {
        const text = actionText(row.detail, action);
        const { printed, ref } = formatRef(row.list === 'n.n-paragraphs' ? 'n.n' : row.list === 'ordered-continuing' ? 'n' : 'none', place);
        if (row.list === 'n.n-paragraphs') {
          body.push({ kind: 'paragraph', runs: [`${printed} ${text.first}`] });
          if (text.second) body.push({ kind: 'paragraph', runs: [text.second] });
        } else {
          const paragraphs: Inline[][] = [[text.first]];
          if (text.second) paragraphs.push([text.second]);
          items.push({ paragraphs });
        }
        gold.push(goldAction({ ref, title: action.title, description: text.description, themes: [group.theme] }));
      }
      if (row.list === 'bullets') body.push({ kind: 'list', ordered: false, bullet, items });
      if (row.list === 'ordered-continuing') body.push({ kind: 'list', ordered: true, style: 'decimal', start: first.index, items });
    }
    const decoyStyle = row.list === 'bullets' ? { ordered: false, bullet } : { ordered: true };
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle, body }, random);
    return { doc, gold, dimensions: { ...row } };
  },
};
