// The text that surrounds an action list in list layouts, shared by every list family:
//  - LEAD_INS: how the list of actions is introduced (a heading, a theme label, a sentence, nothing);
//  - decoyBlocks: lists printed in the very same bullet / number style as the actions that are NOT
//    actions (needs, reasons to volunteer, past achievements, members). They never go into gold,
//    so a reader that takes every list item as an action is caught out.
// All wording here is invented for the zoo.
//
// API (kept stable; other families import it):
//   LEAD_INS[kind]            templates for one intro kind; placeholders {period} {count} {theme} {n}
//   pickLeadIn(kind, random)  one template (null for 'none')
//   fillLeadIn(t, ctx)        the template with its placeholders filled
//   leadInBlock(kind, text)   heading for '*-heading' kinds, paragraph otherwise
//   THEME_LABELS[theme]       the label printed for a theme
//   decoyBlocks(random, style, options?)  label + list blocks of 1 (or options.sets) decoy lists
//   DECOY_SETS / DECOY_ITEMS  every decoy label and item (tests check none reaches gold)
import type { ThemeId } from '@tc/model';
import type { Random } from '../random.ts';
import type { ZooBlock, ZooList } from '../zoo-doc.ts';

export type LeadInKind = 'actions-heading' | 'theme-heading' | 'theme-word' | 'lead-in' | 'none';

export const LEAD_IN_KINDS: readonly LeadInKind[] = ['actions-heading', 'theme-heading', 'theme-word', 'lead-in', 'none'];

export const LEAD_INS: Readonly<Record<LeadInKind, readonly string[]>> = {
  'actions-heading': ['Our actions', 'Actions for {period}', 'Action plan {period}', 'What we will do', 'Planned actions'],
  // Printed once per theme group; {n} is the group's number.
  'theme-heading': ['{theme}', 'Theme {n}: {theme}', '{theme} actions', 'Theme: {theme}'],
  'theme-word': ['{theme}', '{THEME}'],
  'lead-in': [
    'We commit to:',
    'We will:',
    'Activity to be explored',
    'In year two we will:',
    'The plan has {count} actions which aim to:',
    'With the following key objectives:',
    'Over the period of this plan we intend to:',
  ],
  none: [],
};

export const THEME_LABELS: Readonly<Record<ThemeId, string>> = {
  visibility: 'Visibility',
  recognition: 'Recognition',
  'career-development': 'Career Development',
  sustainability: 'Sustainability',
};

export interface LeadInContext {
  /** "2025–2028" */
  period?: string;
  /** Number of actions the list holds (written as a word up to twenty). */
  count?: number;
  theme?: ThemeId;
  /** 1-based group number for 'Theme {n}'. */
  n?: number;
}

export function pickLeadIn(kind: LeadInKind, random: Random): string | null {
  const options = LEAD_INS[kind];
  return options.length === 0 ? null : random.pick(options);
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

export const numberWord = (n: number): string => WORDS[n] ?? String(n);

export function fillLeadIn(template: string, ctx: LeadInContext): string {
  const theme = ctx.theme ? THEME_LABELS[ctx.theme] : '';
  return template
    .replaceAll('{period}', ctx.period ?? '')
    .replaceAll('{count}', numberWord(ctx.count ?? 0))
    .replaceAll('{THEME}', theme.toUpperCase())
    .replaceAll('{theme}', theme)
    .replaceAll('{n}', String(ctx.n ?? 1))
    .trim();
}

/** Headings for the heading kinds; a bare paragraph line for the theme word and the lead-in sentence. */
export function leadInBlock(kind: LeadInKind, text: string, level: 1 | 2 | 3 = 2): ZooBlock {
  return kind === 'actions-heading' || kind === 'theme-heading' ? { kind: 'heading', level, text } : { kind: 'paragraph', runs: [text] };
}

export type DecoyKind = 'needs' | 'reasons' | 'achievements' | 'members';

export interface DecoySet {
  kind: DecoyKind;
  /** Labels this list may be introduced with. */
  labels: readonly string[];
  items: readonly string[];
}

export const DECOY_SETS: readonly DecoySet[] = [
  {
    kind: 'needs',
    labels: ['We need:', 'What technicians told us they need:', 'To deliver this we need:'],
    items: [
      'Clear information on who manages each facility',
      'Cover for colleagues attending courses',
      'A budget line that is not taken from consumables',
      'Managers who have been briefed on the commitment',
      'Somewhere to record training that counts towards registration',
      'Quiet space for writing reports',
    ],
  },
  {
    kind: 'reasons',
    labels: ['Why volunteer?', 'Why get involved?', 'Reasons to join the network:'],
    items: [
      'Meet colleagues from faculties you rarely visit',
      'Have a say in how the plan is delivered',
      'Gain committee experience for your next application',
      'It counts as development time agreed with your manager',
      'Free lunch at every quarterly meeting',
    ],
  },
  {
    kind: 'achievements',
    labels: ['What we have achieved so far', 'Achievements since signing', 'Progress to date'],
    items: [
      'Held a first technical open day with over a hundred visitors',
      'Set up a network with members in every faculty',
      'Funded eleven professional registrations',
      'Added a technical category to the staff excellence awards',
      'Completed a census of technical posts across the estate',
      'Appointed a part-time coordinator for the network',
    ],
  },
  {
    kind: 'members',
    labels: ['Members of the steering group', 'Steering group membership', 'Who is on the working group'],
    items: [
      'Dr Imogen Thackeray – Chair, Director of Technical Operations',
      'Samir Okonjo – Senior Technician, Life Sciences',
      'Harriet Vale – HR Business Partner',
      'Tomasz Wren – Workshop Manager, Engineering',
      'Eleri Pask – Network Coordinator',
      'Jude Marchetti – Apprentice Technician, Chemistry',
    ],
  },
];

/** Every decoy label and item, for tests. */
export const DECOY_ITEMS: readonly string[] = DECOY_SETS.flatMap((s) => [...s.labels, ...s.items]);

export interface DecoyStyle {
  ordered: boolean;
  /** Bullet character of an unordered list ('-', '•', '*', '–'). */
  bullet?: string;
  /** Numbering of an ordered list (default 'decimal'). */
  listStyle?: ZooList['style'];
  /**
   * When the actions are typed paragraphs ("(a) Title") rather than a list, the marker printed for
   * item n (1-based); the decoy is then typed the same way.
   */
  typedMarker?: (n: number) => string;
}

export interface DecoyOptions {
  /** How many decoy lists (default 1). */
  sets?: number;
  /** Restrict to these kinds. */
  kinds?: readonly DecoyKind[];
  /** Level of a label printed as a heading (default 3). */
  headingLevel?: 1 | 2 | 3;
}

/** One or more decoy lists, each a label (heading or paragraph) then its items, in `style`. */
export function decoyBlocks(random: Random, style: DecoyStyle, options: DecoyOptions = {}): ZooBlock[] {
  const pool = DECOY_SETS.filter((s) => !options.kinds || options.kinds.includes(s.kind));
  const chosen = random.sample(pool, Math.min(options.sets ?? 1, pool.length));
  const blocks: ZooBlock[] = [];
  for (const set of chosen) {
    const label = random.pick(set.labels);
    // A label ending in ':' reads as a sentence in the body, the others as sub-headings.
    blocks.push(label.endsWith(':') || random.chance(0.3) ? { kind: 'paragraph', runs: [label] } : { kind: 'heading', level: options.headingLevel ?? 3, text: label });
    const items = random.sample(set.items, random.int(3, Math.min(5, set.items.length)));
    if (style.typedMarker) {
      const marker = style.typedMarker;
      items.forEach((item, i) => blocks.push({ kind: 'paragraph', runs: [`${marker(i + 1)} ${item}`] }));
    } else if (style.ordered) {
      // A fresh Word numbering instance so the decoy never continues the actions' count.
      blocks.push({
        kind: 'list',
        ordered: true,
        style: style.listStyle ?? 'decimal',
        numbering: { id: `decoy-${set.kind}-${random.int(0, 1_000_000)}`, restart: true },
        start: 1,
        items: items.map((t) => ({ paragraphs: [[t]] })),
      });
    } else {
      blocks.push({ kind: 'list', ordered: false, bullet: style.bullet ?? '-', items: items.map((t) => ({ paragraphs: [[t]] })) });
    }
  }
  return blocks;
}
