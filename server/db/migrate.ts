// Applies the schema migrations in cypher/migrations in order; every statement is idempotent, so this runs on start.
import { cypher, cypherFilesIn, splitStatements } from './cypher-files';
import type { Executor } from './executor';

export async function migrate(executor: Executor): Promise<string[]> {
  const applied: string[] = [];
  for (const file of cypherFilesIn('migrations')) {
    // Schema statements cannot share a transaction with writes, so each runs on its own.
    for (const statement of splitStatements(cypher(file))) await executor.write(statement);
    const id = file.replace(/^migrations\//, '').replace(/\.cypher$/, '');
    await executor.write('MERGE (m:SchemaMigration {id: $id}) ON CREATE SET m.appliedAt = datetime()', { id });
    applied.push(id);
  }
  await executor.write('CALL db.awaitIndexes(300)');
  return applied;
}
