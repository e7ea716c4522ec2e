import { apply, boxOfPoints, type Matrix } from './geometry.ts';
import type { TickMark } from './ticks.ts';

interface WidgetData {
  subtype?: string;
  fieldType?: string;
  checkBox?: boolean;
  fieldValue?: unknown;
  exportValue?: unknown;
  rect?: number[];
}

/** AcroForm checkbox widgets as marks: checked when the field's value is its export value. */
export function formCheckboxes(annotations: readonly unknown[], viewport: Matrix): TickMark[] {
  const out: TickMark[] = [];
  for (const a of annotations as WidgetData[]) {
    if (a?.subtype !== 'Widget' || a.fieldType !== 'Btn' || !a.checkBox || !a.rect || a.rect.length !== 4) continue;
    const [x0, y0, x1, y1] = a.rect as [number, number, number, number];
    const box = boxOfPoints([apply(viewport, x0, y0), apply(viewport, x1, y1)]);
    const checked = a.fieldValue !== undefined && a.fieldValue !== 'Off' && a.fieldValue === a.exportValue;
    out.push({ box, raw: String(a.fieldValue ?? 'Off'), kind: 'checkbox', checked, evidence: 'form-field' });
  }
  return out;
}
