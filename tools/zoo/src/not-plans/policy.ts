// A training and development policy for technical staff: numbered clauses (1., 1.1, 2. …),
// definitions, and the responsibilities of named roles ("The Head of Technical Services will …").
// Clause numbers look like action refs and role sentences look like owned actions; none are.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { ZooBlock, ZooList } from '../zoo-doc.ts';
import { notPlanStyle, para, table, title, type NotPlanStyle } from './doc-builders.ts';
import { pickPeople } from './names.ts';

interface Clause {
  heading: string;
  clauses: string[];
}

const DEFINITIONS: ReadonlyArray<readonly [string, string]> = [
  ['Technical staff', 'Colleagues in the technical job family, and colleagues in other job families whose main duties are technical.'],
  ['Development activity', 'Any planned learning: courses, secondments, shadowing, conferences, mentoring or self-directed study.'],
  ['Development time', 'Working hours released for development activity, agreed in advance with the line manager.'],
  ['Line manager', 'The person who carries out the annual review of the member of staff.'],
];

function sections(days: number, fund: number): Clause[] {
  return [
    {
      heading: 'Purpose',
      clauses: [
        'This policy sets out how the institution supports the training and development of its technical staff.',
        'It applies alongside the institution\'s general staff development policy, which it does not replace.',
      ],
    },
    {
      heading: 'Scope',
      clauses: [
        'The policy applies to all technical staff on open-ended and fixed-term contracts of six months or more.',
        'Apprentices are covered by their apprenticeship agreement where it differs from this policy.',
      ],
    },
    {
      heading: 'Responsibilities',
      clauses: [
        'The Head of Technical Services is responsible for the policy and for reporting on its use each year.',
        'Line managers will discuss development needs at each annual review and respond to requests within four weeks.',
        'The Learning and Development Team will keep a record of development activity and advise on suitable provision.',
        'Members of staff are expected to take part in their annual review and to share what they learn with their team.',
      ],
    },
    {
      heading: 'Entitlement',
      clauses: [
        `Full-time technical staff are entitled to ${days} days of development time each year, pro rata for part-time staff.`,
        `A central fund of £${fund},000 a year meets course fees that departments cannot.`,
        'Unused development time does not carry over from one year to the next.',
      ],
    },
    {
      heading: 'Review',
      clauses: ['This policy is reviewed every three years, or sooner if legislation or institutional strategy changes.'],
    },
  ];
}

/** Clauses as printed paragraphs ("2.1 The policy …") or as a nested numbered list. */
function clauseBlocks(style: NotPlanStyle, all: readonly Clause[], definitionsAt: number, definitions: ZooBlock[]): ZooBlock[] {
  const out: ZooBlock[] = [];
  all.forEach((section, i) => {
    const n = i + 1 + (i >= definitionsAt ? 1 : 0);
    if (i === definitionsAt) out.push(title(style, `${definitionsAt + 1}. Definitions`), ...definitions);
    out.push(title(style, `${n}. ${section.heading}`));
    if (style.ordered) {
      const nested: ZooList = {
        kind: 'list',
        ordered: true,
        style: 'decimal',
        items: section.clauses.map((c) => ({ paragraphs: [[c]] })),
      };
      out.push(nested);
    } else {
      section.clauses.forEach((c, j) => out.push(para(`${n}.${j + 1} ${c}`)));
    }
  });
  return out;
}

export const policy: NotPlanKind = {
  id: 'policy',
  description:
    'A training and development policy with numbered clauses (1., 1.1, 2. …), definitions and the responsibilities of named roles.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2022, 2026);
    const author = pickPeople(random, 1)[0]!;
    const docTitle = 'Training and Development Policy for Technical Staff';
    const definitions: ZooBlock[] = style.tables
      ? [table(style, ['Term', 'Meaning'], DEFINITIONS.map(([t, m]) => [t, m]))]
      : DEFINITIONS.map(([t, m]) => para({ text: `${t}: `, bold: true }, m));
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`${institution} · Human Resources`),
      ...clauseBlocks(style, sections(random.int(3, 6), random.int(15, 40)), 2, definitions),
      title(style, 'Document control'),
      table(style, ['Version', 'Date', 'Author', 'Approved by'], [
        ['1.0', `${random.int(1, 28)}/0${random.int(1, 9)}/${year - 2}`, author.name, 'People Committee'],
        ['1.1', `${random.int(1, 28)}/0${random.int(1, 9)}/${year}`, author.name, 'People Committee'],
      ]),
    ];
    return { title: docTitle, blocks, footer: `${docTitle} — v1.1`, text: style.text };
  },
};
