export { cleanInlineText } from './clean-inline-text.ts';
export { foldWhitespace, healHyphenation } from './whitespace.ts';
export { hasHtmlMarkup, hastText, htmlToText, isBlockElement, parseHtmlFragment } from './html-text.ts';
export { toSuperscript } from './superscript.ts';
export { nodeText } from './node-text.ts';
export { isContinuationRow } from './continuation.ts';
export { findRepeatedLines, repeatedLineKey } from './repeated-lines.ts';
export { TICK_GLYPHS, readTickGlyph, readTickText, type TickReading } from './ticks.ts';
export { makeRectangular, tableCell } from './table-grid.ts';
