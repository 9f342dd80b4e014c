// Every CLI command by name.
import type { Command } from './cli-error';
import { apiKeyCommand } from './commands/api-key';
import { checkCommand } from './commands/check';
import { dbCommand } from './commands/db';
import { generateCommand } from './commands/generate';
import { importCommand } from './commands/import';
import { newRuleCommand } from './commands/new-rule';
import { notifyCommand } from './commands/notify';
import { regionsCommand } from './commands/regions';
import { reportCommand } from './commands/report';
import { scanCommand } from './commands/scan';
import { serveCommand } from './commands/serve';
import { startCommand } from './commands/start';
import { summaryCommand } from './commands/summary';

export const commands: Record<string, Command> = {
  start: startCommand,
  serve: serveCommand,
  db: dbCommand,
  regions: regionsCommand,
  import: importCommand,
  generate: generateCommand,
  scan: scanCommand,
  report: reportCommand,
  check: checkCommand,
  notify: notifyCommand,
  summary: summaryCommand,
  'new-rule': newRuleCommand,
  'api-key': apiKeyCommand,
};
