// Each action a block of labelled lines ("Action: …", "Lead: …", "By when: …", "Theme: …"),
// the label sometimes on its own line above the value; blocks apart by a blank line or a rule.
import { LEAD_IN_KINDS, THEME_LABELS } from '../content/decoys.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, pairedCoveringRow, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';

const fast = {
  labelSet: ['action-lead-by-when', 'objective-owner-timescale', 'what-who-deadline'],
  intro: LEAD_IN_KINDS,
  order: ['action-first', 'theme-first', 'mixed'],
  layout: ['same-line', 'label-above'],
  detail: ['none', 'field'],
} as const;
const slow = {
  separator: ['blank', 'rule'],
  themeField: ['present', 'absent'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

export const labelledBlocksDimensions = { ...fast, ...slow };

type Field = 'action' | 'owner' | 'when' | 'theme' | 'measure' | 'detail';

const LABEL_SETS: Readonly<Record<(typeof fast.labelSet)[number], Record<Field, string>>> = {
  'action-lead-by-when': { action: 'Action', owner: 'Lead', when: 'By when', theme: 'Theme', measure: 'Success measure', detail: 'Description' },
  'objective-owner-timescale': { action: 'Objective', owner: 'Owner', when: 'Timescale', theme: 'Themes', measure: 'Measure', detail: 'Detail' },
  'what-who-deadline': { action: 'What', owner: 'Who', when: 'Deadline', theme: 'Strand', measure: 'How we will know', detail: 'Notes' },
};

const ORDERS: Readonly<Record<(typeof fast.order)[number], readonly Field[]>> = {
  'action-first': ['action', 'detail', 'owner', 'when', 'theme', 'measure'],
  'theme-first': ['theme', 'action', 'detail', 'measure', 'owner', 'when'],
  mixed: ['action', 'when', 'measure', 'detail', 'owner', 'theme'],
};

function values(action: ZooAction): Record<Field, string> {
  return {
    action: action.title,
    owner: action.owners.join(', '),
    when: action.timeframe,
    theme: action.themes.map((t) => THEME_LABELS[t]).join(', '),
    measure: action.measure,
    detail: action.description,
  };
}

export const labelledBlocks: LayoutFamily = {
  id: 'labelled-blocks',
  description: 'Each action a block of "Label: value" lines (action, lead, deadline, theme, success measure), or labels on their own line above the value; blocks separated by blank lines or rules.',
  realShape: 'Plans pasted from forms or templates, where every commitment repeats the same labelled fields.',
  render(plan, variant, random) {
    const dims = pairedCoveringRow(variant, fast, slow);
    const labels = LABEL_SETS[dims.labelSet];
    const boldLabels = random.chance(0.5);
    const rule = '-'.repeat(random.int(20, 40));
    const fields = ORDERS[dims.order].filter((f) => (f !== 'theme' || dims.themeField === 'present') && (f !== 'detail' || dims.detail === 'field'));
    const groups = groupActions(plan, dims.intro, random);
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      group.actions.forEach(({ action }, i) => {
        if (i > 0 && dims.separator === 'rule') body.push({ kind: 'paragraph', runs: [rule] });
        const v = values(action);
        const label = (f: Field, colon: boolean): Inline => (boldLabels ? { text: `${labels[f]}${colon ? ':' : ''}`, bold: true } : `${labels[f]}${colon ? ':' : ''}`);
        const lines: Inline[][] =
          dims.layout === 'same-line' ? fields.map((f) => [label(f, true), ` ${v[f]}`]) : fields.flatMap((f) => [[label(f, false)], [v[f]]]);
        const flat = lines.map((l) => l.map((r) => (typeof r === 'string' ? r : r.text)).join('')).join(' ');
        body.push({ kind: 'paragraph', runs: [flat], lines });
        gold.push(
          goldAction({
            title: action.title,
            description: dims.detail === 'field' ? action.description : null,
            themes: statedThemes(group, dims.themeField === 'present' ? action.themes : null),
            timeframe: action.timeframe,
            owners: [...action.owners],
          }),
        );
      });
    }
    const doc = frameDocument(plan, { titleForm: dims.titleForm, decoys: dims.decoys, decoyStyle: { ordered: false, bullet: random.pick(['-', '•']) }, body }, random);
    return { doc, gold, dimensions: { ...dims, boldLabels: boldLabels ? 'bold' : 'plain' } };
  },
};
