// First, for its effect: @tc/parse refuses a Node.js older than it supports, with a sentence.
import '@tc/parse';
export { main } from './main.ts';
export type { Io } from './io.ts';
export { COMMANDS, EXIT_CODES, GLOBAL_OPTIONS } from './command-table.ts';
export { renderCliDocs } from './cli-docs.ts';
