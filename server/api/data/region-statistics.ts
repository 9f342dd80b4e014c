// Partners, customers and open findings per CSP region, from two per-request counts.
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ApiContext } from '../context';

export interface RegionStatisticsRow {
  regionName: string;
  partners: number;
  customers: number;
  openFindings: number;
  openFindingsBySeverity: { severity: Severity; count: number }[];
}

export async function regionStatistics(context: ApiContext): Promise<RegionStatisticsRow[]> {
  const [counts, open] = await Promise.all([context.loaders.regionCounts(), context.loaders.openFindingCounts()]);
  return counts.map(({ region, partners, customers }) => {
    const inRegion = open.filter((row) => row.region === region);
    const bySeverity = SEVERITIES.map((severity) => ({
      severity,
      count: inRegion.filter((row) => row.severity === severity).reduce((sum, row) => sum + row.count, 0),
    }));
    return {
      regionName: region,
      partners,
      customers,
      openFindings: bySeverity.reduce((sum, row) => sum + row.count, 0),
      openFindingsBySeverity: bySeverity,
    };
  });
}
