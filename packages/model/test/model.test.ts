import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Diagnostic, DiagnosticCode, LayoutDocument, Plan, TcError, isTcError, planJsonSchema } from '../src/index.ts';

const source = { name: 'plan.txt', format: 'text', sha256: 'a'.repeat(64), pages: null } as const;
const minimalPlan = {
  schemaVersion: '1.0', institution: null, title: null, period: null, source, layout: 'none', confidence: 0, themes: [],
  actions: [], sections: [], glossary: [], footnotes: [], diagnostics: [],
};
const action = {
  id: 'V1', ref: 'V1', parentRef: null, title: 'Publish technician profiles', description: null,
  themes: [{ theme: 'visibility', source: 'code', confidence: 1 }],
  topics: [{ topic: 'visibility-communication', confidence: 0.8, evidence: ['profiles'] }],
  timeframe: { raw: 'Year 1', start: '2021-01', end: '2021-12', ongoing: false },
  owners: [{ raw: 'SG', name: 'Steering Group' }], successMeasures: [], supportingActions: [], status: null,
  comments: null, footnotes: [], extra: {}, provenance: [{ kind: 'pdf', page: 2, bbox: [10, 20, 300, 40] }], confidence: 0.9,
};

describe('Plan', () => {
  it('accepts a complete plan', () => {
    expect(Plan.parse({ ...minimalPlan, actions: [action] }).actions[0]?.id).toBe('V1');
  });
  it('rejects a theme that is not one of the four', () => {
    const bad = { ...action, themes: [{ theme: 'impact', source: 'label', confidence: 1 }] };
    expect(Plan.safeParse({ ...minimalPlan, actions: [bad] }).success).toBe(false);
  });
  it('rejects a topic id that is not kebab-case', () => {
    const bad = { ...action, topics: [{ topic: 'Visibility Comms', confidence: 0.8, evidence: [] }] };
    expect(Plan.safeParse({ ...minimalPlan, actions: [bad] }).success).toBe(false);
  });
  it('rejects a month that is not YYYY-MM', () => {
    const bad = { ...action, timeframe: { raw: 'x', start: '2021-13', end: null, ongoing: false } };
    expect(Plan.safeParse({ ...minimalPlan, actions: [bad] }).success).toBe(false);
  });
  it('rejects a malformed sha256', () => {
    expect(Plan.safeParse({ ...minimalPlan, source: { ...source, sha256: 'xyz' } }).success).toBe(false);
  });
});

describe('Diagnostic', () => {
  const diagnostic = { severity: 'info', code: 'page-furniture', message: 'a running header', at: null };
  it('takes a code from the closed list and refuses one that is not on it', () => {
    expect(Diagnostic.parse(diagnostic).code).toBe('page-furniture');
    expect(Diagnostic.safeParse({ ...diagnostic, code: 'page-furnture' }).success).toBe(false);
    expect(Plan.safeParse({ ...minimalPlan, diagnostics: [{ ...diagnostic, code: 'made-up' }] }).success).toBe(false);
  });
  it('documents every code in docs/model.md, and no other', () => {
    const doc = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Diagnostic'), doc.indexOf('## Provenance'));
    const documented = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...DiagnosticCode.options].sort());
  });
});

describe('LayoutDocument', () => {
  it('validates nested lists and tables', () => {
    const cell = { type: 'tableCell', text: 'Y', raw: 'Y', children: [], rowSpan: 1, colSpan: 1, mergedFrom: null, position: null,
      symbols: [{ type: 'symbol', kind: 'tick', checked: true, raw: 'Y', evidence: 'letter', position: null }] };
    const doc = {
      type: 'root', format: 'docx', pages: null, furniture: [], diagnostics: [],
      children: [
        { type: 'list', ordered: true, position: null, children: [
          { type: 'listItem', marker: '1', checked: null, position: null, children: [
            { type: 'paragraph', text: 'a', raw: 'a', lines: ['a'], position: null }] }] },
        { type: 'table', headerRows: 1, position: null, rows: [{ type: 'tableRow', continued: false, position: null, cells: [cell] }] },
      ],
    };
    expect(LayoutDocument.safeParse(doc).success).toBe(true);
    const broken = { ...doc, children: [{ type: 'table', headerRows: 1, position: null, rows: [{ type: 'tableRow', cells: [{ ...cell, rowSpan: 0 }] }] }] };
    expect(LayoutDocument.safeParse(broken).success).toBe(false);
  });
});

describe('TcError', () => {
  it('carries a stable code and the cause', () => {
    const cause = new Error('zip end of central directory not found');
    const error = new TcError('TC_DOCX_CORRUPT', 'the file is not a readable .docx', { cause });
    expect(isTcError(error)).toBe(true);
    expect(error.code).toBe('TC_DOCX_CORRUPT');
    expect(error.cause).toBe(cause);
    expect(isTcError(new Error('x'))).toBe(false);
  });
});

describe('planJsonSchema', () => {
  it('describes every top-level field of the Plan', () => {
    const schema = planJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(minimalPlan).sort());
    expect(schema.required).toContain('actions');
  });
});
