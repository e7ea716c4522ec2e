// A technician network newsletter: highlights in the past tense, dates for the diary, award
// winners, and a "Why volunteer?" list of verb-led bullets — the kind of list a naive reader takes
// for a plan's actions.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { fieldLine, list, notPlanStyle, para, rowsBlock, title } from './doc-builders.ts';
import { pickPeople, ROOMS } from './names.ts';

const ISSUES = ['Spring', 'Summer', 'Autumn', 'Winter'];

const HIGHLIGHTS: readonly string[] = [
  'Welcomed nine new apprentices across engineering, life sciences and media production.',
  'Opened the refurbished glassblowing workshop with a demonstration for visiting schools.',
  'Hosted colleagues from three neighbouring institutions for a day of laboratory tours.',
  'Raised over £800 for a local hospice with the annual bake-off between workshops.',
  'Celebrated the fortieth year of service of our longest-serving electron microscopist.',
  'Trialled a shared stores catalogue between the chemistry and biology buildings.',
  'Recorded a podcast episode on what a day in the animal facility really looks like.',
];

const WHY_VOLUNTEER: readonly string[] = [
  'Meet colleagues from faculties you rarely visit',
  'Gain experience of organising events for your CV',
  'Shape how the network spends its small budget',
  'Learn how decisions about technical services are made',
  'Represent the views of colleagues who cannot attend',
  'Build confidence in speaking to larger groups',
];

const AWARDS: readonly string[] = ['Technician of the Year', 'Outstanding Team', 'Rising Star', 'Innovation in Teaching Support', 'Unsung Hero'];

const TEAMS: readonly string[] = ['Teaching Laboratories', 'Mechanical Workshop', 'Imaging Suite', 'Digital Media Studio', 'Research Stores'];

export const newsletter: NotPlanKind = {
  id: 'newsletter',
  description:
    'A technician newsletter: past-tense highlights, event dates, award winners and a "Why volunteer?" list of verb-led bullets.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2023, 2026);
    const issue = random.pick(ISSUES);
    const winners = pickPeople(random, 4);
    const editor = pickPeople(random, 1)[0]!;
    const docTitle = `Technician News — ${issue} ${year}`;
    const dates: string[][] = [
      [`${random.int(3, 12)} ${random.pick(['February', 'March', 'April'])}`, 'Network coffee morning', random.pick(ROOMS)],
      [`${random.int(13, 24)} ${random.pick(['April', 'May'])}`, 'Professional registration drop-in', random.pick(ROOMS)],
      [`${random.int(1, 28)} June`, 'Technical staff conference', 'Main Hall'],
      [`${random.int(1, 28)} ${random.pick(['September', 'October'])}`, 'Open studios for new students', random.pick(ROOMS)],
    ];
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`The newsletter of the ${institution} technician network. Issue ${random.int(6, 30)}.`),
      title(style, 'In this issue'),
      list({ ...style, ordered: false }, ['Highlights from the term', 'Dates for your diary', 'Our award winners', 'Why volunteer?']),
      title(style, 'Highlights from the term'),
      para('It has been a busy few months. Here are some of the things our community got up to.'),
      list({ ...style, ordered: false }, random.sample(HIGHLIGHTS, 5)),
      title(style, 'Dates for your diary'),
      rowsBlock(style, ['Date', 'Event', 'Where'], dates),
      title(style, 'Our award winners'),
      para('Congratulations to everyone nominated at this year\'s staff awards, and especially to our winners:'),
      rowsBlock(
        style,
        ['Award', 'Winner', 'Team'],
        random.sample(AWARDS, 4).map((award, i) => [award, winners[i]!.name, random.pick(TEAMS)]),
      ),
      title(style, 'Why volunteer?'),
      para('The network committee has two places free from the autumn. Volunteers told us the role helped them to:'),
      list(style, random.sample(WHY_VOLUNTEER, 5)),
      para('No experience is needed; committee meetings take about an hour a month.'),
      fieldLine('Contact', `${editor.name}, newsletter editor`),
    ];
    return { title: docTitle, blocks, header: `Technician News · ${issue} ${year}`, text: style.text };
  },
};
