// The ref shapes plans print. One function so every family numbers the same way.
import type { ThemeId } from '@tc/model';

export type RefStyle =
  | 'none'
  | 'n' // 1
  | 'n.' // 1.
  | 'n-wide' // "1.    " (number, dot, wide gap)
  | 'n.n' // 1.1 (section.item)
  | 'na' // 1a
  | '(a)' // (a)
  | 'roman' // i.
  | 'theme-code' // V1 / R2 / CD3 / S4
  | 'dash-code' // HU-01 (a fixed prefix, dash, two digits)
  | 'action-n' // Action 3
  | 'objective-n.n'; // Objective 2.1

export const THEME_CODE: Readonly<Record<ThemeId, string>> = {
  visibility: 'V',
  recognition: 'R',
  'career-development': 'CD',
  sustainability: 'S',
};

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

export interface RefPlace {
  /** 1-based position in the whole plan. */
  index: number;
  /** 1-based position inside its theme or section. */
  inGroup: number;
  /** 1-based number of its theme or section. */
  group: number;
  theme: ThemeId;
  /** Fixed prefix for 'dash-code' ("HU", "T", "TC"). */
  prefix?: string;
}

/**
 * The ref as printed (`printed`, e.g. "1." or "Action 3") and the ref a reader should record
 * (`ref`, e.g. "1" or "3"), or nulls for 'none'.
 */
export function formatRef(style: RefStyle, at: RefPlace): { printed: string; ref: string | null } {
  const letter = String.fromCharCode(96 + at.index);
  switch (style) {
    case 'none': return { printed: '', ref: null };
    case 'n': return { printed: `${at.index}`, ref: `${at.index}` };
    case 'n.': return { printed: `${at.index}.`, ref: `${at.index}` };
    case 'n-wide': return { printed: `${at.index}.    `, ref: `${at.index}` };
    case 'n.n': return { printed: `${at.group}.${at.inGroup}`, ref: `${at.group}.${at.inGroup}` };
    case 'na': return { printed: `${at.group}${String.fromCharCode(96 + at.inGroup)}`, ref: `${at.group}${String.fromCharCode(96 + at.inGroup)}` };
    case '(a)': return { printed: `(${letter})`, ref: letter };
    case 'roman': return { printed: `${ROMAN[at.index - 1] ?? at.index}.`, ref: ROMAN[at.index - 1] ?? `${at.index}` };
    case 'theme-code': return { printed: `${THEME_CODE[at.theme]}${at.inGroup}`, ref: `${THEME_CODE[at.theme]}${at.inGroup}` };
    case 'dash-code': {
      const r = `${at.prefix ?? 'TC'}-${String(at.index).padStart(2, '0')}`;
      return { printed: r, ref: r };
    }
    case 'action-n': return { printed: `Action ${at.index}`, ref: `${at.index}` };
    case 'objective-n.n': return { printed: `Objective ${at.group}.${at.inGroup}`, ref: `${at.group}.${at.inGroup}` };
  }
}
