// Every CLI command by name, with the line `./csp --help` shows for it. A command's module is loaded only when it
// runs: each brings its own dependencies (the API server, the generator, the report), and loading all of them would
// add about 0.4 s to every command's start (docs/benchmarks.md, Daily delta).
import type { CommandEntry } from './cli-error';

export const commands: Record<string, CommandEntry> = {
  start: {
    summary: 'start the product on the demo ecosystem (Neo4j, API and explorer)',
    load: async () => (await import('./commands/start')).startCommand,
  },
  serve: {
    summary: 'serve the API and explorer over the graph as it is (no loading, no scan)',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  db: {
    summary: 'start, stop, show or clear the database',
    load: async () => (await import('./commands/db')).dbCommand,
  },
  regions: {
    summary: 'replace the country -> CSP region table',
    load: async () => (await import('./commands/regions')).regionsCommand,
  },
  import: {
    summary: 'load a JSON document, a folder of CSV files or a Partner Center export (all or nothing)',
    load: async () => (await import('./commands/import')).importCommand,
  },
  generate: {
    summary: 'write a synthetic ecosystem with planted violations and its ground truth',
    load: async () => (await import('./commands/generate')).generateCommand,
  },
  scan: {
    summary: 'find violations: run the rule catalog and write a report',
    load: async () => (await import('./commands/scan')).scanCommand,
  },
  report: {
    summary: 'write a report of the recorded findings (as the explorer downloads it)',
    load: async () => (await import('./commands/report')).reportCommand,
  },
  check: {
    summary: 'what-if: the findings proposed relationships and subscriptions would create; nothing is written',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  notify: {
    summary: 'send a test event to the configured webhooks',
    load: async () => (await import('./commands/notify')).notifyCommand,
  },
  summary: {
    summary: 'count the entities and relationships in the graph',
    load: async () => (await import('./commands/summary')).summaryCommand,
  },
  'new-rule': {
    summary: 'scaffold a compliance rule and its fixture',
    load: async () => (await import('./commands/new-rule')).newRuleCommand,
  },
  'api-key': {
    summary: 'create, list or revoke API keys for the GraphQL API',
    load: async () => (await import('./commands/api-key')).apiKeyCommand,
  },
};
