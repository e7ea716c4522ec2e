// Word auto-numbered actions with the fields typed as ordinary paragraphs under each item: every
// item is its own one-item list on one Word numbering instance, so Word keeps counting 1, 2, 3 …
// across the "Timescale: …" / "Lead: …" paragraphs that interrupt it.
import { LEAD_IN_KINDS } from '../content/decoys.ts';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Inline, ZooBlock, ZooList } from '../zoo-doc.ts';
import type { ZooAction } from '../zoo-plan.ts';
import { DECOY_PLACES, frameDocument, goldAction, groupActions, statedThemes, TITLE_FORMS } from './list-layout-frame.ts';
import { themeTag } from './theme-tag.ts';

export const wordAutonumberDimensions = {
  intro: LEAD_IN_KINDS,
  numbering: ['continuous', 'restart-per-section'],
  fields: ['timescale-lead', 'lead-timescale', 'deadline-owner-measure'],
  themeTag: ['none', 'labels-paren', 'codes-bracket'],
  style: ['decimal', 'decimal-paren'],
  detail: ['none', 'paragraph'],
  decoys: DECOY_PLACES,
  titleForm: TITLE_FORMS,
} as const;

type Fields = (typeof wordAutonumberDimensions.fields)[number];

/** The interrupting field paragraphs of one action, in the order the layout prints them. */
function fieldParagraphs(fields: Fields, action: ZooAction, owners: string, boldLabels: boolean): ZooBlock[] {
  const pairs: Array<[string, string]> =
    fields === 'timescale-lead'
      ? [['Timescale', action.timeframe], ['Lead', owners]]
      : fields === 'lead-timescale'
        ? [['Lead', owners], ['Timescale', action.timeframe]]
        : [['Deadline', action.timeframe], ['Owner', owners], ['Success measure', action.measure]];
  return pairs.map(([label, value]): ZooBlock => {
    const runs: Inline[] = boldLabels ? [{ text: `${label}:`, bold: true }, ` ${value}`] : [`${label}: ${value}`];
    return { kind: 'paragraph', runs };
  });
}

export const wordAutonumber: LayoutFamily = {
  id: 'word-autonumber',
  description:
    'A Word auto-numbered list of action titles, each followed by plain paragraphs for its timescale and lead that interrupt the list while the numbering carries on; some plans restart the count in each theme section.',
  realShape:
    'Word plans typed by an HR or technical-services office: one numbered line per action, then "Timescale:" and "Lead:" lines under it, the numbers produced by Word rather than typed.',
  render(plan, variant, random) {
    const row = coveringRow(variant, wordAutonumberDimensions);
    const groups = groupActions(plan, row.intro, random);
    // A restart only shows where there are sections to restart in.
    const numbering = groups.length > 1 ? row.numbering : 'continuous';
    const boldLabels = random.chance(0.5);
    const ownerSep = random.pick([' and ', '; ', ' / ']);
    const numberingId = `actions-${random.int(0, 1_000_000)}`;
    const body: ZooBlock[] = [];
    const gold: GoldAction[] = [];
    for (const group of groups) {
      body.push(...group.lead);
      group.actions.forEach(({ action, place }, i) => {
        const restartHere = numbering === 'restart-per-section' && i === 0;
        const shown = numbering === 'restart-per-section' ? i + 1 : place.index;
        const tag = themeTag(row.themeTag, action.themes);
        const list: ZooList = {
          kind: 'list',
          ordered: true,
          style: row.style,
          numbering: restartHere ? { id: numberingId, restart: true } : { id: numberingId },
          items: [{ paragraphs: [[`${action.title}${tag}`]] }],
        };
        if (restartHere || place.index === 1) list.start = 1;
        body.push(list);
        if (row.detail === 'paragraph') body.push({ kind: 'paragraph', runs: [action.description] });
        body.push(...fieldParagraphs(row.fields, action, action.owners.join(ownerSep), boldLabels));
        gold.push(
          goldAction({
            ref: String(shown),
            title: action.title,
            description: row.detail === 'paragraph' ? action.description : null,
            themes: statedThemes(group, tag ? action.themes : null),
            timeframe: action.timeframe,
            owners: [...action.owners],
          }),
        );
      });
    }
    const doc = frameDocument(plan, { titleForm: row.titleForm, decoys: row.decoys, decoyStyle: { ordered: true, listStyle: row.style }, body }, random);
    return { doc, gold, dimensions: { ...row, numbering } };
  },
};
