// `@tc/layout/core`: the helpers that need no HTML parser. The PDF parser imports these, so that a
// bundler splitting by file (esbuild) does not hand a page parse5 with its first PDF.
export { foldWhitespace, healHyphenation } from './whitespace.ts';
export { toSuperscript } from './superscript.ts';
export { nodeText } from './node-text.ts';
export { isContinuationRow } from './continuation.ts';
export { findRepeatedLines, repeatedLineKey } from './repeated-lines.ts';
export { TICK_GLYPHS, readTickGlyph, readTickText, type TickReading } from './ticks.ts';
export { makeRectangular, tableCell } from './table-grid.ts';
