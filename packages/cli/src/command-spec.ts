import type { Io } from './io.ts';

/** One option of a command, as parsed and as documented. */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder of the value in usage lines, e.g. `DIR`. */
  value?: string;
  description: string;
  /** The default as documented. */
  default?: string;
  required?: boolean;
}

/** What a command's code receives. */
export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: Io;
}

/** A command's code, loaded only when the command runs. */
export interface CommandModule {
  run(context: CommandContext): Promise<number>;
}

/** One command: its arguments, options and documentation, and how to load its code. */
export interface CommandSpec {
  name: string;
  summary: string;
  /** Positional arguments in usage lines, e.g. `FILE|-`. */
  args: string;
  minArgs: number;
  maxArgs: number;
  description: string;
  options: OptionSpec[];
  examples: string[];
  load(): Promise<CommandModule>;
}
