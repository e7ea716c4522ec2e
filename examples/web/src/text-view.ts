// A text or markdown action's source: the decoded text with the action's spans marked.
import { decodeText } from '@tc/text';
import type { SourceView } from './source-view.ts';

export function textView(bytes: Uint8Array, container: HTMLElement): SourceView {
  // The offsets of text provenance count UTF-16 units of the text as @tc/text decoded it.
  const { text } = decodeText(bytes);
  return {
    title: (at) => (at[0]?.kind === 'text' ? `line ${at[0].start.line}` : 'text'),
    async show(at) {
      const spans = at.flatMap((p) => (p.kind === 'text' ? [[p.start.offset, p.end.offset] as const] : [])).sort((a, b) => a[0] - b[0]);
      const pre = document.createElement('pre');
      pre.className = 'text';
      let from = 0;
      for (const [start, end] of spans) {
        if (start < from) continue;
        pre.append(text.slice(from, start));
        const mark = document.createElement('mark');
        mark.textContent = text.slice(start, end);
        pre.append(mark);
        from = end;
      }
      pre.append(text.slice(from));
      container.replaceChildren(pre);
      pre.querySelector('mark')?.scrollIntoView({ block: 'center' });
    },
    dispose() {},
  };
}
