// Actions grouped by year or phase of the plan instead of by theme: "Year one (2025–26)", "In year
// two we will:", "Phase 3", with bullets under each. The year is context for the reader, not a
// timeframe printed on the action, so gold keeps timeframe null unless the action prints its own.
import { decoyBlocks, numberWord } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { ZooBlock, ZooList, ZooListItem } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { goldAction, introBlocks, TITLE_FORMS, titleBlocks } from './list-layout-frame.ts';
import { themeTag } from './theme-tag.ts';

export const yearListsDimensions = {
  groupLabel: ['year-heading', 'year-lead-in', 'phase-heading', 'year-word', 'academic-year-heading'],
  list: ['bullet', 'dash', 'ordered-continuing'],
  themeTag: ['none', 'labels-paren', 'codes-bracket'],
  actionTimeframe: ['none', 'trailing'],
  decoys: ['none', 'before', 'between'],
  titleForm: TITLE_FORMS,
} as const;

type GroupLabel = (typeof yearListsDimensions.groupLabel)[number];

const PHASE_NAMES = ['Foundations', 'Building momentum', 'Embedding', 'Review and renewal'];

const shortYear = (start: number): string => `${start}–${String(start + 1).slice(2)}`;

function groupIntro(style: GroupLabel, n: number, firstYear: number, random: Random): ZooBlock {
  const year = firstYear + n - 1;
  switch (style) {
    case 'year-heading': return { kind: 'heading', level: 2, text: random.pick([`Year ${numberWord(n)} (${shortYear(year)})`, `Year ${n}: ${shortYear(year)}`]) };
    case 'year-lead-in': return { kind: 'paragraph', runs: [random.pick([`In year ${numberWord(n)} we will:`, `During year ${numberWord(n)} (${shortYear(year)}) we will:`])] };
    case 'phase-heading': return { kind: 'heading', level: 2, text: random.pick([`Phase ${n}`, `Phase ${n}: ${PHASE_NAMES[n - 1] ?? ''}`.trim()]) };
    case 'year-word': return { kind: 'paragraph', runs: [random.pick([`Year ${n}`, `Year ${numberWord(n)}`])] };
    case 'academic-year-heading': return { kind: 'heading', level: 2, text: `${year}/${String(year + 1).slice(2)}` };
  }
}

/** The plan's actions shuffled into three (or fewer) nearly equal years. */
function splitIntoYears(actions: readonly ZooAction[], random: Random): ZooAction[][] {
  const shuffled = random.shuffle(actions);
  const count = Math.min(3, shuffled.length);
  const size = Math.ceil(shuffled.length / count);
  const years: ZooAction[][] = [];
  for (let i = 0; i < shuffled.length; i += size) years.push(shuffled.slice(i, i + size));
  return years;
}

export const yearLists: LayoutFamily = {
  id: 'year-lists',
  description:
    'Actions grouped by year or phase of the plan ("Year one (2025–26)", "In year two we will:", "Phase 3") rather than by theme, as bullets or a continuing numbered list; some actions carry their themes in brackets.',
  realShape:
    'Plans written as a delivery timeline: what will be done in each year or phase, with the themes mentioned only in passing.',
  render(plan, variant, random) {
    const row = coveringRow(variant, yearListsDimensions);
    const years = splitIntoYears(plan.actions, random);
    const blocks: ZooBlock[] = [...titleBlocks(plan, row.titleForm, random), ...introBlocks(plan, random)];
    const ordered = row.list === 'ordered-continuing';
    const bullet = row.list === 'dash' ? '-' : '•';
    const decoys = () => decoyBlocks(random, ordered ? { ordered: true } : { ordered: false, bullet });
    if (row.decoys === 'before') blocks.push(...decoys());
    const gold: GoldAction[] = [];
    let index = 0;
    years.forEach((actions, y) => {
      if (row.decoys === 'between' && y === 1) blocks.push(...decoys());
      blocks.push(groupIntro(row.groupLabel, y + 1, plan.period.start, random));
      const items: ZooListItem[] = actions.map((action) => {
        index++;
        // Only some actions name their themes; a plan that tags none is left to the classifier.
        const tagged = row.themeTag !== 'none' && (index === 1 || random.chance(0.6));
        const when = row.actionTimeframe === 'trailing' ? ` – ${action.timeframe}` : '';
        const tag = tagged ? themeTag(row.themeTag, action.themes) : '';
        gold.push(
          goldAction({
            ref: ordered ? String(index) : null,
            title: action.title,
            themes: tagged ? [...action.themes] : null,
            timeframe: when ? action.timeframe : null,
          }),
        );
        return { paragraphs: [[`${action.title}${when}${tag}`]] };
      });
      const list: ZooList = ordered
        ? { kind: 'list', ordered: true, style: 'decimal', start: index - actions.length + 1, items }
        : { kind: 'list', ordered: false, bullet, items };
      blocks.push(list);
    });
    return { doc: { title: `${plan.institution} ${plan.title}`, blocks, text: {} }, gold, dimensions: { ...row } };
  },
};
