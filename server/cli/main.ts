// The `csp` command line: one subcommand per task; each lives in its own module under server/cli/commands.

import { CliError } from './cli-error';
import { commands } from './commands';
import { nearestCommand, SCRIPT_COMMANDS, usage } from './usage';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage(commands)}\n`);
    return name ? 0 : 2;
  }
  const entry = commands[name];
  if (!entry) {
    const nearest = nearestCommand(name, [...Object.keys(commands), ...Object.keys(SCRIPT_COMMANDS)]);
    const hint = nearest ? ` Did you mean './csp ${nearest}'?` : '';
    process.stderr.write(`Unknown command '${name}'.${hint}\n\n${usage(commands)}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError || (error instanceof Error && error.name !== 'Error')) {
      process.stderr.write(`error: ${error.message}\n`);
    } else {
      process.stderr.write(
        `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
