import { readListMarker, type ListMarker } from '../shared/list-marker.ts';
import { acceptedWeakMarkers } from '../shared/marker-runs.ts';
import { pipeCells } from '../shared/pipe-table.ts';
import type { SourceLine } from '../shared/source-lines.ts';

const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;

/**
 * The list marker each line of a markdown source starts with, read as plain text reads it; a weak
 * marker (`a. Text`) only where a run of lettered items accepts it. Headings and pipe rows break
 * such runs. CommonMark's own lists are read by remark; these markers matter only on lines that
 * remark leaves inside a paragraph.
 */
export function lineMarkers(lines: readonly SourceLine[]): Array<ListMarker | null> {
  const markers = lines.map((line) => readListMarker(line.text));
  const barrier = (i: number) => {
    const line = lines[i] as SourceLine;
    return ATX_HEADING.test(line.text) || pipeCells(line) !== null;
  };
  const accepted = acceptedWeakMarkers(markers, barrier);
  return markers.map((marker, i) => (marker === null || (marker.weak && !accepted.has(i)) ? null : marker));
}
