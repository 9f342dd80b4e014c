// An error the CLI reports as a plain message (no stack): bad arguments, missing files, refused input.
export class CliError extends Error {
  override name = 'CliError';
}

export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}
