export { main } from './main.ts';
export type { Io } from './io.ts';
export { COMMANDS, EXIT_CODES, GLOBAL_OPTIONS } from './command-table.ts';
export { renderCliDocs } from './cli-docs.ts';
