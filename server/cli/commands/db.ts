// `csp db start|stop|status`: the local Neo4j's life cycle.
import { readSettings } from '../../config';
import { readLocalState, rotateLocalPassword, startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j';
import { clearGraph } from '../../graph/clear-graph';
import { createProgress, type Progress } from '../../shared/progress';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

export const dbCommand: Command = {
  help: `Usage: ./csp db start|stop|status|rotate-password|clear

  start         start the local Neo4j in the background (Bolt on 127.0.0.1:$NEO4J_LOCAL_PORT, data in $NEO4J_LOCAL_DIR)
  stop          stop it (its data and password stay)
  rotate-password
                give it a new random password (kept in $NEO4J_LOCAL_DIR, owner-only); running clients pick it up
  status        say whether it runs, and where
  clear --yes   delete every entity, finding and scan run, the API keys and the audit log (keeps the schema and
                the region table), in batches that commit one by one

When NEO4J_URI is set, start, stop and status do nothing, and clear works on that server.`,
  async run(args) {
    const [action] = args;
    const settings = readSettings();
    if (action === 'clear') {
      if (!args.includes('--yes')) throw new CliError("'db clear' deletes all data: add --yes to confirm");
      return withDatabase({ startLocal: false }, async ({ executor, where }) => {
        let progress: Progress | undefined;
        let phase = '';
        const show = (label: string, done: number, total: number) => {
          if (!progress) progress = createProgress(label, total);
          else if (phase !== label) progress.phase(label, total);
          phase = label;
          progress.update(done);
        };
        await clearGraph(executor, {
          onDense: (stripped, total) => show('Deleting the relationships of the densest nodes', stripped, total),
          onProgress: (deleted, total) => show('Deleting nodes', deleted, total),
        }).finally(() => progress?.done());
        process.stdout.write(`Cleared the graph at ${where}.\n`);
        return 0;
      });
    }
    if (settings.remote) {
      process.stdout.write(`NEO4J_URI is set: the product uses ${settings.remote.uri}, not a local Neo4j.\n`);
      return 0;
    }
    switch (action) {
      case 'start': {
        const state = await startLocalNeo4j(settings.local, (line) => process.stderr.write(`${line}\n`));
        process.stdout.write(
          `Local Neo4j is running at ${state.uri} (pid ${state.pid}, data in ${settings.local.dir}).\n`,
        );
        return 0;
      }
      case 'stop': {
        const stopped = await stopLocalNeo4j(settings.local.dir);
        process.stdout.write(stopped ? 'Local Neo4j stopped.\n' : 'Local Neo4j was not running.\n');
        return 0;
      }
      case 'rotate-password': {
        await rotateLocalPassword(settings.local);
        process.stdout.write(`The local Neo4j has a new password (kept in ${settings.local.dir}).\n`);
        return 0;
      }
      case 'status': {
        const state = readLocalState(settings.local.dir);
        process.stdout.write(
          state ? `running at ${state.uri} (pid ${state.pid}, since ${state.startedAt})\n` : 'not running\n',
        );
        return state ? 0 : 3;
      }
      default:
        throw new CliError(`'db' takes start, stop, status, rotate-password or clear, not '${action ?? ''}'`);
    }
  },
};
