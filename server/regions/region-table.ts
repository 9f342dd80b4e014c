// The country -> CSP region -> currency table: parsed from CSV, validated, and loaded as data with its as-of date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config';
import { readRows } from '../db/checked-rows';
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { isRealDate } from '../shared/dates';

export const DEFAULT_REGION_TABLE = path.join(PROJECT_ROOT, 'data', 'regions', 'csp-regions.csv');

/** A country of the table: its code, name, region and currencies. */
const regionRow = z.object({ code: z.string(), name: z.string(), region: z.string(), currencies: z.array(z.string()) });
export type RegionRow = z.infer<typeof regionRow>;

/** The whole table, as a CSV file gives it and as cypher/import/region-table.cypher reads it back. */
export const regionTable = z.object({ asOf: z.string(), source: z.string(), rows: z.array(regionRow) });
export type RegionTable = z.infer<typeof regionTable>;

/** A row of the table's as-of date (a date, read as ISO text). */
const asOfRow = z.object({ asOf: z.string() });

export class RegionTableError extends Error {
  override name = 'RegionTableError';
}

const HEADER = ['country_code', 'country_name', 'region', 'currency'];

/** Parses a region table CSV; every error names the file, line and column. */
export function parseRegionTable(file: string, asOf: string, source: string): RegionTable {
  if (!isRealDate(asOf)) {
    throw new RegionTableError(`The as-of date '${asOf}' of ${file} is not a date like 2023-08-17`);
  }
  const records: string[][] = parse(readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true });
  const [header, ...body] = records;
  if (!header || HEADER.some((column, i) => header[i]?.trim() !== column)) {
    throw new RegionTableError(`${file}: line 1 must be the header ${HEADER.join(',')}`);
  }
  const seen = new Set<string>();
  const rows = body.map((cells, index): RegionRow => {
    const line = index + 2;
    const [code = '', name = '', region = '', currency = ''] = cells.map((cell) => cell.trim());
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new RegionTableError(`${file}: line ${line}, column country_code: '${code}' is not a two-letter code`);
    }
    if (seen.has(code)) throw new RegionTableError(`${file}: line ${line}, column country_code: '${code}' repeats`);
    seen.add(code);
    if (!name) throw new RegionTableError(`${file}: line ${line}, column country_name: empty`);
    if (!region) throw new RegionTableError(`${file}: line ${line}, column region: empty`);
    return { code, name, region, currencies: currency ? currency.split(';').map((c) => c.trim()) : [] };
  });
  if (rows.length === 0) throw new RegionTableError(`${file}: the table has no rows`);
  return { asOf, source, rows };
}

/** The table the product ships with, and its as-of date from the file beside it. */
export function defaultRegionTable(): RegionTable {
  const meta = JSON.parse(readFileSync(DEFAULT_REGION_TABLE.replace(/\.csv$/, '.meta.json'), 'utf8')) as {
    asOf: string;
    source: string;
  };
  return parseRegionTable(DEFAULT_REGION_TABLE, meta.asOf, meta.source);
}

export async function loadRegionTable(executor: Executor, table: RegionTable): Promise<void> {
  await executor.writeTransaction((tx) =>
    tx.run(cypher('regions/replace-region-table.cypher'), { asOf: table.asOf, source: table.source, rows: table.rows }),
  );
}

/** The as-of date of the table in the graph, or undefined when none has been loaded. */
export async function loadedRegionTableAsOf(executor: Executor): Promise<string | undefined> {
  const [row] = await readRows(executor, asOfRow, "MATCH (t:RegionTable {id: 'current'}) RETURN t.asOf AS asOf");
  return row?.asOf;
}
