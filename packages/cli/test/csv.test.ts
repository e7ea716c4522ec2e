import { expect, it } from 'vitest';
import { guardCell, toCsv, type Column } from '../src/normalise/csv.ts';

it('defuses cells a spreadsheet would run as formulas', () => {
  for (const cell of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx']) expect(guardCell(cell)).toBe(`'${cell}`);
  for (const cell of ['plain', 'a=b', 0, 1]) expect(guardCell(cell)).toBe(cell);
});

it('writes a header and quotes cells with commas, quotes and line breaks', () => {
  const columns: Column<{ a: string; n: number }>[] = [
    { name: 'a', description: '', value: (r) => r.a },
    { name: 'n', description: '', value: (r) => r.n },
  ];
  expect(toCsv(columns, [{ a: 'x, "y"\nz', n: 1 }, { a: '=1+1', n: 0 }])).toBe('a,n\n"x, ""y""\nz",1\n\'=1+1,0\n');
});

it('guards a value that starts with a quote too, so one leading quote always comes off', () => {
  for (const value of ["'quoted.pdf", "''x", '=x.pdf', 'plain.pdf']) {
    const cell = String(guardCell(value));
    expect(cell.startsWith("'") ? cell.slice(1) : cell).toBe(value);
  }
});
