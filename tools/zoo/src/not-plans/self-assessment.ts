// A narrative self-assessment against the four Technician Commitment themes: what exists today,
// what a staff survey found (past tense), and a strengths / areas-for-development table. The theme
// words are headings, exactly as in a plan, but nothing in it is a commitment.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { Random } from '../random.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { list, notPlanStyle, para, rowsBlock, table, title } from './doc-builders.ts';

interface ThemeReview {
  theme: string;
  today: string;
  practice: string[];
  finding: (pct: number) => string;
  strength: string;
  weakness: string;
}

const REVIEWS: readonly ThemeReview[] = [
  {
    theme: 'Visibility',
    today: 'Technical staff are listed in the staff directory, but only some departments name them on their web pages.',
    practice: [
      'A technician profile series appeared in the staff newsletter during the last two years.',
      'Technical staff sat on four of the nine faculty committees.',
      'The open day programme included two laboratory tours led by technicians.',
    ],
    finding: (p) => `${p}% of survey respondents felt that academic colleagues understood their role.`,
    strength: 'Strong presence in outreach and open days',
    weakness: 'Technical contributions rarely acknowledged in publications',
  },
  {
    theme: 'Recognition',
    today: 'Registration fees were reimbursed on request, although few colleagues knew that this was possible.',
    practice: [
      'Fourteen technicians held professional registration at the time of this review.',
      'The staff awards included a technical category for the first time last year.',
    ],
    finding: (p) => `${p}% said they had been thanked for their work by someone outside their team in the past year.`,
    strength: 'Staff awards now include a technical category',
    weakness: 'Low awareness of support for professional registration',
  },
  {
    theme: 'Career Development',
    today: 'Training was available through the central programme, but release from duties depended on the department.',
    practice: [
      'Around half of technical staff took part in at least one course during the year.',
      'Two colleagues completed a secondment to another faculty.',
      'The apprenticeship scheme grew from three to eight apprentices.',
    ],
    finding: (p) => `${p}% of respondents agreed that they could see a route to promotion in their current post.`,
    strength: 'Growing apprenticeship scheme',
    weakness: 'No documented career pathway beyond the supervisory grade',
  },
  {
    theme: 'Sustainability',
    today: 'Several specialist posts were held by a single person, with procedures that were not written down.',
    practice: [
      'A third of technical staff were aged over fifty-five at the census date.',
      'Shared equipment was booked through four different systems.',
    ],
    finding: (p) => `${p}% of respondents worried that skills in their area would be lost when colleagues retire.`,
    strength: 'Experienced staff willing to pass on their skills',
    weakness: 'Single points of failure in specialist facilities',
  },
];

function themeBlocks(random: Random, review: ThemeReview, style: ReturnType<typeof notPlanStyle>): ZooBlock[] {
  const pct = random.int(28, 74);
  return [
    title(style, review.theme),
    para(review.today),
    para({ text: 'What is in place: ', bold: true }, 'the review found the following.'),
    list({ ...style, ordered: false }, review.practice),
    para({ text: 'What technicians told us. ', bold: true }, review.finding(pct), ` Free-text comments echoed this, often in strong terms.`),
  ];
}

export const selfAssessment: NotPlanKind = {
  id: 'self-assessment',
  description:
    'A narrative self-assessment against the four themes (theme words as headings): current practice, past-tense survey findings and a strengths / areas-for-development table — no commitments.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2022, 2026);
    const responses = random.int(140, 420);
    const docTitle = `Technician Commitment Self-Assessment ${year}`;
    const survey = [
      ['I feel my work is valued by the institution', `${random.int(35, 70)}%`, `${random.int(10, 25)}%`, `${random.int(10, 30)}%`],
      ['I know how to apply for professional registration', `${random.int(20, 50)}%`, `${random.int(10, 25)}%`, `${random.int(25, 50)}%`],
      ['I have had useful training in the last year', `${random.int(40, 75)}%`, `${random.int(10, 20)}%`, `${random.int(10, 30)}%`],
    ];
    const balance: ZooBlock[] = style.tables
      ? [table(style, ['Theme', 'Strengths', 'Areas for development'], REVIEWS.map((r) => [r.theme, r.strength, r.weakness]))]
      : [
          para({ text: 'Strengths', bold: true }),
          list({ ...style, ordered: false }, REVIEWS.map((r) => r.strength)),
          para({ text: 'Areas for development', bold: true }),
          list({ ...style, ordered: false }, REVIEWS.map((r) => r.weakness)),
        ];
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`${institution}. This self-assessment describes our position ${random.pick(['two', 'three'])} years after signing the Technician Commitment.`),
      title(style, 'How the assessment was carried out'),
      para(`A working group of technicians reviewed policies and data over six months. A survey of all technical staff received ${responses} responses.`),
      rowsBlock(style, ['Statement', 'Agree', 'Neutral', 'Disagree'], survey, ' | '),
      ...REVIEWS.flatMap((r) => themeBlocks(random, r, style)),
      title(style, 'Strengths and areas for development'),
      ...balance,
      para('Our action plan is published as a separate document.'),
    ];
    return { title: docTitle, blocks, text: style.text };
  },
};
