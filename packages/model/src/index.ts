export { Action, ActionTheme, ActionTopic, Owner, Plan, PlanSource, PlanTheme, Section, SourceFormat, Status, ThemeSource, Timeframe } from './plan.ts';
export { Diagnostic, DiagnosticCode, Severity } from './diagnostic.ts';
export { DocxProvenance, PdfProvenance, Provenance, TextPoint, TextProvenance } from './provenance.ts';
export { THEME_IDS, ThemeId, TopicId } from './theme-id.ts';
export {
  BlockNode,
  FurnitureNode,
  HeadingNode,
  LayoutDocument,
  ListItemNode,
  ListNode,
  ParagraphNode,
  SymbolNode,
  TableCellNode,
  TableNode,
  TableRowNode,
} from './layout.ts';
export { SOURCE_FORMATS } from './source-format.ts';
export { TC_ERROR_CODES, TcError, isTcError, type TcErrorCode } from './tc-error.ts';
export { planJsonSchema } from './json-schema.ts';
