// Portrait and landscape stretches of a document: a wide grid gets landscape pages of its own.
import type { ZooBlock } from '../zoo-doc.ts';

export interface SectionRun {
  landscape: boolean;
  blocks: ZooBlock[];
}

const isLandscape = (block: ZooBlock): boolean => block.kind === 'table' && block.landscape === true;

/** Consecutive blocks grouped by orientation; the headings right before a landscape table go with it. */
export function sectionRuns(blocks: readonly ZooBlock[]): SectionRun[] {
  const out: SectionRun[] = [];
  for (const block of blocks) {
    const landscape = isLandscape(block);
    const last = out[out.length - 1];
    if (last && last.landscape === landscape) {
      last.blocks.push(block);
      continue;
    }
    const moved: ZooBlock[] = [];
    while (landscape && last && last.blocks[last.blocks.length - 1]?.kind === 'heading') moved.unshift(last.blocks.pop()!);
    if (last && last.blocks.length === 0) out.pop();
    const previous = out[out.length - 1];
    if (previous && previous.landscape === landscape) previous.blocks.push(...moved, block);
    else out.push({ landscape, blocks: [...moved, block] });
  }
  return out.length > 0 ? out : [{ landscape: false, blocks: [] }];
}
