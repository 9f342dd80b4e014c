// Every CLI command by name.
import type { Command } from './cli-error';
import { dbCommand } from './commands/db';
import { regionsCommand } from './commands/regions';
import { startCommand } from './commands/start';
import { summaryCommand } from './commands/summary';

export const commands: Record<string, Command> = {
  start: startCommand,
  db: dbCommand,
  regions: regionsCommand,
  summary: summaryCommand,
};
