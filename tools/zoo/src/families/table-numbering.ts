// Numbers a plan's actions (and, where the layout has them, their sub-actions) in one ref style,
// so every table family records the same refs it prints.
import { THEME_IDS, type ThemeId } from '@tc/model';
import { formatRef, type RefStyle } from '../ref-styles.ts';
import type { ZooAction } from '../zoo-plan.ts';

export interface NumberedAction {
  action: ZooAction;
  /** The main theme (the group the action is listed under). */
  theme: ThemeId;
  /** The ref as printed ('' when none). */
  printed: string;
  /** The ref a reader records, or null. */
  ref: string | null;
  parentRef: string | null;
  isChild: boolean;
  /** The theme a printed theme-code ref (V1, CD2a) states, or null. */
  codeTheme: ThemeId | null;
}

export interface NumberingOptions {
  /** Print sub-actions after their parent (skipped when the style prints no refs: nothing would tie them to it). */
  children?: boolean;
  /** Prefix of 'dash-code' refs. */
  prefix?: string;
}

// Code-like refs take a letter for sub-actions (V1a, HU-01a); numeric refs take a dotted number (1.1).
const LETTER_CHILDREN: ReadonlySet<RefStyle> = new Set(['theme-code', 'dash-code', 'na']);

function childRef(style: RefStyle, parentRef: string, k: number): { printed: string; ref: string } {
  if (LETTER_CHILDREN.has(style)) {
    const ref = `${parentRef}${String.fromCharCode(96 + k)}`;
    return { printed: ref, ref };
  }
  const ref = `${parentRef}.${k}`;
  if (style === 'action-n') return { printed: `Action ${ref}`, ref };
  if (style === 'objective-n.n') return { printed: `Objective ${ref}`, ref };
  return { printed: ref, ref };
}

/** The actions in plan order, each with its printed and recorded ref; sub-actions follow their parent. */
export function numberActions(actions: readonly ZooAction[], style: RefStyle, options: NumberingOptions = {}): NumberedAction[] {
  const out: NumberedAction[] = [];
  const inGroup = new Map<ThemeId, number>();
  // makePlan may draw a sub-action with the title of another action; printing it twice would make
  // two gold actions a reader cannot tell apart, so such a sub-action is left out.
  const titles = new Set(actions.map((a) => a.title));
  actions.forEach((action, i) => {
    const theme = action.themes[0]!;
    const n = (inGroup.get(theme) ?? 0) + 1;
    inGroup.set(theme, n);
    const place = { index: i + 1, inGroup: n, group: THEME_IDS.indexOf(theme) + 1, theme, ...(options.prefix ? { prefix: options.prefix } : {}) };
    const { printed, ref } = formatRef(style, place);
    const codeTheme = style === 'theme-code' ? theme : null;
    out.push({ action, theme, printed, ref, parentRef: null, isChild: false, codeTheme });
    if (!options.children || ref === null) return;
    action.children.filter((child) => !titles.has(child.title)).forEach((child, k) => {
      titles.add(child.title);
      const c = childRef(style, ref, k + 1);
      out.push({ action: child, theme, printed: c.printed, ref: c.ref, parentRef: ref, isChild: true, codeTheme });
    });
  });
  return out;
}

/** The actions grouped by main theme, in the four themes' order (themes without actions left out). */
export function byTheme(entries: readonly NumberedAction[]): Array<[ThemeId, NumberedAction[]]> {
  return THEME_IDS.map((t): [ThemeId, NumberedAction[]] => [t, entries.filter((e) => e.theme === t)]).filter(([, es]) => es.length > 0);
}
