import { followsInDotRun, type ListMarker } from './list-marker.ts';

function inDotRun(marker: ListMarker): boolean {
  return marker.ordered && marker.shape === '.' && marker.kind !== 'decimal' && marker.kind !== 'decimal-sub';
}

/**
 * The lines whose weak marker (`a. Text`: one letter, a dot, one space) is an item after all: those
 * next to another lettered or roman `.` marker that comes just before or after it in sequence
 * (`a.`/`b.`, `h.`/`i.`, `i.`/`ii.`), with only text or blank lines between. Any other marker, or a
 * line for which `isBarrier` says so (a table row, a heading), breaks the run. One pass.
 */
export function acceptedWeakMarkers(markers: ReadonlyArray<ListMarker | null>, isBarrier: (index: number) => boolean): Set<number> {
  const accepted = new Set<number>();
  let prev: { index: number; marker: ListMarker } | null = null;
  for (let i = 0; i < markers.length; i++) {
    if (isBarrier(i)) {
      prev = null;
      continue;
    }
    const marker = markers[i];
    if (marker === null || marker === undefined) continue;
    if (!inDotRun(marker)) {
      prev = null;
      continue;
    }
    if (prev !== null && followsInDotRun(prev.marker, marker)) {
      if (prev.marker.weak) accepted.add(prev.index);
      if (marker.weak) accepted.add(i);
    }
    prev = { index: i, marker };
  }
  return accepted;
}
