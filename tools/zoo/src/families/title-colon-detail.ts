// Bullets that carry a short title, a colon and the detail on one line ("Share expertise: bring
// together …"): the title is the part before the colon, the detail the rest.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Inline, ZooBlock, ZooListItem } from '../zoo-doc.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, lowerFirst, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

export const titleColonDetailDimensions = {
  intro: LEAD_IN_KINDS,
  titleRun: ['bold', 'plain'],
  detailCase: ['lower', 'sentence'],
  bullet: ['•', '-', '–'],
  fields: ['none', 'sub-bullets'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

export const titleColonDetail: LayoutFamily = {
  id: 'title-colon-detail',
  description:
    'Bulleted actions, each a short title, a colon and a sentence of detail on the same line, under theme headings or after a single lead-in; some add the lead and date as sub-bullets.',
  realShape:
    'Short web-page or newsletter-style plans where each bullet opens with a bold or plain label ("Share expertise:") followed by what will be done.',
  render(plan, variant, random) {
    const row = coveringRow(variant, titleColonDetailDimensions);
    const groups = groupActions(plan, row.intro, random);
    const [leadLabel, dateLabel] = random.pick([['Lead', 'By'], ['Owner', 'When'], ['Responsible', 'Target date']] as const);
    const ownerSep = random.pick([' and ', ', ', ' / ']);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      const items: ZooListItem[] = group.actions.map(({ action }) => {
        const detail = row.detailCase === 'lower' ? lowerFirst(action.description) : action.description;
        const title: Inline = row.titleRun === 'bold' ? { text: `${action.title}:`, bold: true } : `${action.title}:`;
        const item: ZooListItem = { paragraphs: [[title, ` ${detail}`]] };
        const fields = row.fields === 'sub-bullets';
        if (fields) {
          const items = [`${leadLabel}: ${action.owners.join(ownerSep)}`, `${dateLabel}: ${action.timeframe}`];
          item.children = [{ kind: 'list', ordered: false, bullet: row.bullet === '•' ? '○' : row.bullet, items: items.map((t) => ({ paragraphs: [[t]] })) }];
        }
        gold.push(
          goldAction({
            title: action.title,
            description: detail,
            themes: statedThemes(group, null),
            timeframe: fields ? action.timeframe : null,
            owners: fields ? [...action.owners] : null,
          }),
        );
        return item;
      });
      body.push({ kind: 'list', ordered: false, bullet: row.bullet, items });
    }
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle: { ordered: false, bullet: row.bullet }, body }, random);
    return { doc, gold, dimensions: { ...row } };
  },
};
