// A hand-made zoo document that uses every block kind, list style and table style, for the writer
// tests (the families make the real ones). All text is invented.
import type { TextTableStyle, ZooCell, ZooDocument, ZooTable } from '../src/zoo-doc.ts';

const c = (text: string, extra: Partial<ZooCell> = {}): ZooCell => ({ paragraphs: text ? [[text]] : [], ...extra });

export function sampleTable(textStyle: TextTableStyle, extra: Partial<ZooTable> = {}): ZooTable {
  return {
    kind: 'table',
    ruled: true,
    textStyle,
    header: [[c('Ref'), c('Action'), c('Owner'), c('Visibility', { rotated: true }), c('Recognition', { rotated: true })]],
    rows: [
      [c('V1'), c('Publish a termly digest of technical staff achievements across every faculty'), c('Head of Technical Services'), c('', { tick: '✓' }), c('')],
      [c('R1'), c('Add technician awards | prizes to the annual staff ceremony'), c('HR Partner'), c(''), c('', { tick: 'wingdings' })],
      [c('R2'), c('Review role profiles'), c('Faculty Manager'), c('', { tick: 'checkbox' }), c('', { tick: 'Yes' })],
    ],
    ...extra,
  };
}

export function sampleDoc(): ZooDocument {
  return {
    title: 'Technician Commitment Action Plan 2025–2028',
    header: 'Northfield Institute of Science — Technician Commitment',
    footer: 'Action plan — draft for consultation',
    text: {},
    blocks: [
      { kind: 'heading', level: 1, text: 'Technician Commitment Action Plan 2025–2028' },
      { kind: 'paragraph', runs: ['This plan sets out how we will support our technical community & its careers over three years.'] },
      { kind: 'paragraph', runs: [{ text: 'Lead:', bold: true }, ' Director of Operations'], indent: 4 },
      { kind: 'paragraph', runs: ['Owner: Estates Team. Timeframe: Q3 2026'], lines: [['Owner: Estates Team'], ['Timeframe: Q3 2026']] },
      { kind: 'heading', level: 2, text: 'Visibility' },
      {
        kind: 'list',
        ordered: true,
        numbering: { id: 'main' },
        items: [
          {
            paragraphs: [['Create a technician profile page on the intranet for every department so staff can find expertise quickly']],
            children: [{ kind: 'list', ordered: false, bullet: '–', items: [{ paragraphs: [['Owner: Communications Office']] }, { paragraphs: [['By July 2026']] }] }],
          },
          { paragraphs: [['Hold an annual open lab day']] },
        ],
      },
      { kind: 'heading', level: 2, text: 'Recognition' },
      { kind: 'list', ordered: true, numbering: { id: 'main' }, items: [{ paragraphs: [['Name technicians on research outputs']] }, { paragraphs: [['Celebrate long service']] }] },
      { kind: 'list', ordered: true, style: 'lower-alpha-paren', items: [{ paragraphs: [['Agree a credit policy']] }, { paragraphs: [['Monitor take-up']] }] },
      { kind: 'list', ordered: true, style: 'lower-roman', items: [{ paragraphs: [['Survey staff'], ['Report the results to the board.']] }, { paragraphs: [['Act on findings']] }] },
      { kind: 'heading', level: 2, text: 'Career development' },
      { kind: 'list', ordered: true, numbering: { id: 'main', restart: true }, start: 1, items: [{ paragraphs: [['Fund apprenticeships']] }] },
      { kind: 'list', ordered: false, items: [{ paragraphs: [['Mentoring for new starters']] }, { paragraphs: [['Shadowing scheme']] }] },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 2, text: 'Action grid' },
      sampleTable('pipes'),
      { kind: 'paragraph', runs: ['Grid of themes by workstream:'] },
      {
        kind: 'table',
        ruled: false,
        textStyle: 'spaces',
        landscape: true,
        header: [
          [c('Workstream', { rowSpan: 2 }), c('Themes', { colSpan: 2 }), c('Status', { rowSpan: 2 })],
          [c('Visibility'), c('Sustainability')],
        ],
        rows: [
          [c('Estates and facilities'), c('', { tick: 'X' }), c('', { tick: '●' }), c('On track')],
          [c('Learning and teaching', { rowSpan: 2 }), c('', { tick: 'Y' }), c(''), c('Green')],
          [c(''), c('', { tick: '✔' }), c('Not started')],
        ],
      },
      { kind: 'paragraph', runs: ['Key: cells list themes.'] },
      {
        kind: 'table',
        ruled: true,
        textStyle: 'flattened',
        header: [[c('Theme'), c('Notes')]],
        rows: [[c('Sustainability'), { paragraphs: [['Plan succession for key roles']], bullets: ['Visibility', 'Career development'] }]],
      },
    ],
  };
}
