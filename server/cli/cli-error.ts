// An error the CLI reports as a plain message (no stack): bad arguments, missing files, refused input.
export class CliError extends Error {
  override name = 'CliError';
}

export interface Command {
  help: string;
  run(args: string[]): Promise<number>;
}

/** A command as the CLI lists it: its one-line summary, and its module, loaded when it runs. */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}
