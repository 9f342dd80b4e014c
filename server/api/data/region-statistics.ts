// Partners, customers and open findings per CSP region. A region's statistics are a name first; its counts are read
// for all regions at once, per request, only when a query asks for one of them: the partner and customer counts
// read the whole graph (about a second at 1,000,000 customers), and a list of the regions needs none of it.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ApiContext } from '../context';

export interface RegionStatisticsRow {
  regionName: string;
}

/** A row of cypher/api/entities/region-names.cypher. */
const regionNameRow = z.object({ region: z.string() });

export async function regionStatistics(context: ApiContext): Promise<RegionStatisticsRow[]> {
  const rows = await readRows(context.executor, regionNameRow, cypher('api/entities/region-names.cypher'));
  return rows.map((row) => ({ regionName: row.region }));
}

/** The partner and customer accounts of a region, within the caller's scope. */
export async function regionAccounts(
  context: ApiContext,
  regionName: string,
): Promise<{ partners: number; customers: number }> {
  const row = (await context.loaders.regionCounts()).find((counts) => counts.region === regionName);
  return { partners: row?.partners ?? 0, customers: row?.customers ?? 0 };
}

/** The open findings about partner accounts of a region, by severity. */
export async function regionOpenFindings(
  context: ApiContext,
  regionName: string,
): Promise<{ severity: Severity; count: number }[]> {
  const inRegion = (await context.loaders.openFindingCounts()).filter((row) => row.region === regionName);
  return SEVERITIES.map((severity) => ({
    severity,
    count: inRegion.filter((row) => row.severity === severity).reduce((sum, row) => sum + row.count, 0),
  }));
}
