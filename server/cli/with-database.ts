// Opens the product's database for one CLI command and closes it afterwards, whatever happens.
import { readSettings } from '../config';
import { type Connection, connect } from '../db/connect';
import { prepareDatabase } from '../prepare-database';

export async function withDatabase<T>(
  options: { startLocal: boolean },
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const connection = await connect(readSettings(), {
    startLocal: options.startLocal,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  try {
    await prepareDatabase(connection.executor);
    return await work(connection);
  } finally {
    await connection.executor.close();
  }
}
