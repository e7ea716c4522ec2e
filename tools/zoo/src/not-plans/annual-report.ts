// A technical services annual report: achievements in the past tense (bullets that open with a
// verb), a table of figures, and a section per theme. It reports what was done; it plans nothing.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { list, notPlanStyle, para, rowsBlock, title } from './doc-builders.ts';
import { pickPeople } from './names.ts';

const HIGHLIGHTS: readonly string[] = [
  'Launched a mentoring scheme that paired 24 technicians with mentors in other faculties',
  'Completed the move of the materials workshop into its new building without losing a teaching week',
  'Supported 31 colleagues through professional registration',
  'Recruited our largest cohort of apprentices so far',
  'Introduced a single booking system for shared instruments',
  'Won a national award for our outreach work with local schools',
  'Published a guide to acknowledging technical staff in research outputs',
];

const THEME_ACHIEVEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['Visibility', 'Technicians led a third of the tours at open days, and the staff newsletter ran a technician profile in every issue.'],
  ['Recognition', 'The number of registered technicians rose from nineteen to thirty-one, and four colleagues were shortlisted for external awards.'],
  ['Career Development', 'Colleagues recorded an average of four development days, and two completed secondments to partner institutions.'],
  ['Sustainability', 'Procedures for the three most specialised facilities were written down, and two posts were filled before their holders retired.'],
];

export const annualReport: NotPlanKind = {
  id: 'annual-report',
  description:
    'A technical services annual report: past-tense achievements as verb-led bullets, a table of figures and a section per theme.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2023, 2026);
    const period = `${year - 1}–${String(year).slice(2)}`;
    const director = pickPeople(random, 1)[0]!;
    const docTitle = `Technical Services Annual Report ${period}`;
    const staff = random.int(250, 700);
    const figures = [
      ['Technical staff', String(staff - random.int(5, 30)), String(staff)],
      ['Professionally registered', String(random.int(10, 25)), String(random.int(26, 45))],
      ['Apprentices in post', String(random.int(2, 6)), String(random.int(7, 14))],
      ['Development days recorded', String(random.int(600, 900)), String(random.int(901, 1400))],
    ];
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(institution),
      title(style, 'Foreword'),
      para(
        `This was a year of steady progress for our ${staff} technical staff. `,
        'I am grateful to every colleague who gave their time to the network, the steering group and our visitors.',
      ),
      para({ text: `${director.name}, Director of Technical Services`, italic: true }),
      title(style, 'Highlights of the year'),
      list(style, random.sample(HIGHLIGHTS, 5)),
      title(style, 'The year in figures'),
      rowsBlock(style, ['Measure', `${year - 2}–${String(year - 1).slice(2)}`, period], figures, ' · '),
      ...THEME_ACHIEVEMENTS.flatMap(([theme, text]) => [title(style, theme, 3), para(text)]),
      title(style, 'Thank you'),
      para('The steering group will agree its priorities for the coming year at its autumn meeting.'),
    ];
    return { title: docTitle, blocks, footer: `${docTitle} · ${institution}`, text: style.text };
  },
};
