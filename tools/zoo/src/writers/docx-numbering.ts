// Word numbering for the zoo's lists: one numbering definition per list style, and one numbering
// instance per list — except that lists sharing a `numbering.id` share an instance, so Word counts
// on across the paragraphs between them, and `restart` opens a fresh instance.
import { AlignmentType, LevelFormat } from 'docx';
import type { ZooList } from '../zoo-doc.ts';
import type { ListStyle } from './list-markers.ts';

type Level = {
  level: number;
  format: (typeof LevelFormat)[keyof typeof LevelFormat];
  text: string;
  start?: number;
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  style: { paragraph: { indent: { left: number; hanging: number } } };
};

export interface NumberingRef {
  reference: string;
  level: number;
  instance: number;
}

const FORMAT: Record<ListStyle, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'decimal-paren': LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'lower-alpha-paren': LevelFormat.LOWER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-alpha': LevelFormat.UPPER_LETTER,
};

function levelText(style: ListStyle, level: number): string {
  const n = `%${level + 1}`;
  if (style === 'decimal-paren') return `${n})`;
  if (style === 'lower-alpha-paren') return `(${n})`;
  return `${n}.`;
}

/** The left edge of a list level's text, in twips; nested blocks of an item sit there too. */
export const levelIndent = (level: number): number => 720 * (level + 1);

export class WordNumbering {
  readonly #levels = new Map<string, Level[]>();
  readonly #instances = new Map<string, number>();
  readonly #groups = new Map<string, { reference: string; instance: number }>();

  #define(reference: string, make: (level: number) => Omit<Level, 'level' | 'alignment' | 'style'>, hanging: number): void {
    if (this.#levels.has(reference)) return;
    this.#levels.set(
      reference,
      Array.from({ length: 9 }, (_, level) => ({
        level,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: levelIndent(level), hanging } } },
        ...make(level),
      })),
    );
  }

  #newInstance(reference: string): number {
    const n = (this.#instances.get(reference) ?? 0) + 1;
    this.#instances.set(reference, n);
    return n;
  }

  /** The numbering of a list's items at nesting `level`. Call once per list, in document order. */
  forList(list: ZooList, level: number): NumberingRef {
    if (!list.ordered) {
      const bullet = list.bullet ?? '•';
      const reference = `bullet-${bullet.codePointAt(0)!.toString(16)}`;
      this.#define(reference, () => ({ format: LevelFormat.BULLET, text: bullet }), 360);
      return { reference, level, instance: 0 };
    }
    const style = list.style ?? 'decimal';
    const start = list.start ?? 1;
    const reference = `list-${style}-${start}`;
    const wide = style.endsWith('-paren') || style === 'lower-roman';
    this.#define(reference, (l) => ({ format: FORMAT[style], text: levelText(style, l), start }), wide ? 504 : 360);
    const id = list.numbering?.id;
    if (id !== undefined) {
      const group = this.#groups.get(id);
      if (group && !list.numbering?.restart) return { ...group, level };
      const fresh = { reference, instance: this.#newInstance(reference) };
      this.#groups.set(id, fresh);
      return { ...fresh, level };
    }
    return { reference, level, instance: this.#newInstance(reference) };
  }

  /** The numbering option of the docx Document. */
  config(): { config: Array<{ reference: string; levels: Level[] }> } {
    return { config: [...this.#levels].map(([reference, levels]) => ({ reference, levels })) };
  }
}
