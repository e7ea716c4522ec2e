import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'Action', 'ActionTheme', 'ActionTopic', 'BlockNode', 'Diagnostic', 'DiagnosticCode', 'DocxProvenance', 'FurnitureNode', 'HeadingNode', 'LayoutDocument',
    'ListItemNode', 'ListNode', 'Owner', 'ParagraphNode', 'PdfProvenance', 'Plan', 'PlanSource', 'PlanTheme', 'Provenance',
    'SOURCE_FORMATS', 'Section', 'Severity', 'SourceFormat', 'Status', 'SymbolNode', 'TC_ERROR_CODES', 'THEME_IDS', 'TableCellNode', 'TableNode',
    'TableRowNode', 'TcError', 'TextPoint', 'TextProvenance', 'ThemeId', 'ThemeSource', 'TopicId', 'Timeframe', 'isTcError', 'planJsonSchema',
  ].sort());
});

it('exports from @tc/model/lite only what needs no zod', async () => {
  expect(Object.keys(await import('../src/lite.ts')).sort()).toEqual(['SOURCE_FORMATS', 'TC_ERROR_CODES', 'TcError', 'isTcError']);
});
