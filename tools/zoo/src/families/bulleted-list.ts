// Actions as bullet points of whole sentences ("Create a …", "We will …", "To establish …"),
// with no refs, grouped under theme headings or bare theme words or one lead-in, and with other
// bullet lists (needs, reasons, achievements) in the very same bullet style around them.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, lowerFirst, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  bullet: ['-', '•', '*', '–'],
  intro: LEAD_IN_KINDS,
  sentence: ['imperative', 'we-will', 'to-infinitive'],
  detail: ['none', 'appended'],
} as const;
const slow = { decoys: DECOY_PLACES, titleForm: TITLE_FORMS } as const;

export const bulletedListDimensions = { ...fast, ...slow };

type Sentence = (typeof fast.sentence)[number];

/** The action as the sentence this plan prints (the gold title), without a closing full stop. */
function sentence(action: ZooAction, form: Sentence): string {
  if (form === 'we-will') return `We will ${lowerFirst(action.title)}`;
  if (form === 'to-infinitive') return `To ${lowerFirst(action.title)}`;
  return action.title;
}

export const bulletedList: LayoutFamily = {
  id: 'bulleted-list',
  description: 'The actions as bullet points, one sentence each (optionally followed by a detail sentence), no refs; grouped under theme headings, bare theme words or one lead-in sentence.',
  realShape: 'Plans written as a short document or web page whose commitments are bullet points, surrounded by other bullet lists that are not actions.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    // "We will:" followed by "We will publish …" reads as a slip, so that lead-in is avoided.
    const groups = groupActions(plan, dims.intro, random, { avoid: dims.sentence === 'we-will' ? ['We will:'] : [] });
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      body.push({
        kind: 'list',
        ordered: false,
        bullet: dims.bullet,
        items: group.actions.map(({ action }) => {
          const title = sentence(action, dims.sentence);
          const appended = dims.detail === 'appended';
          gold.push(goldAction({ title, description: appended ? action.description : null, themes: statedThemes(group, null) }));
          return { paragraphs: [[appended ? `${title}. ${action.description}` : title]] };
        }),
      });
    }
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle: { ordered: false, bullet: dims.bullet }, body }, random);
    return { doc, gold, dimensions: { ...dims } };
  },
};
