import { expect, it } from 'vitest';

it('exports a small, curated API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'Action', 'ActionTheme', 'ActionTopic', 'BlockNode', 'Diagnostic', 'DiagnosticCode', 'DocxProvenance', 'FurnitureNode', 'HeadingNode', 'LayoutDocument',
    'ListItemNode', 'ListNode', 'Owner', 'ParagraphNode', 'PdfProvenance', 'Plan', 'PlanSource', 'PlanTheme', 'Provenance',
    'Section', 'Severity', 'SourceFormat', 'Status', 'SymbolNode', 'TC_ERROR_CODES', 'THEME_IDS', 'TableCellNode', 'TableNode',
    'TableRowNode', 'TcError', 'TextPoint', 'TextProvenance', 'ThemeId', 'ThemeSource', 'TopicId', 'Timeframe', 'isTcError', 'planJsonSchema',
  ].sort());
});
