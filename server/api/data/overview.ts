// The explorer's start view: regions, their largest providers and direct-bill partners, counted from aggregates.
import { cypher } from '../../db/cypher-files';
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ApiContext } from '../context';
import { badInput } from '../errors';

export const OVERVIEW_MAX_PER_REGION = 50;

interface AccountRow {
  id: string;
  name: string;
  country: string | null;
  roles: string[];
  resellers: number;
  directCustomers: number;
  customers: number;
  subscriptions: number;
}

type SeverityCount = { severity: Severity; count: number };

function bySeverity(severities: readonly Severity[]): SeverityCount[] {
  return SEVERITIES.map((severity) => ({ severity, count: severities.filter((s) => s === severity).length }));
}

export async function overview(context: ApiContext, perRegion: number) {
  if (!Number.isInteger(perRegion) || perRegion < 1 || perRegion > OVERVIEW_MAX_PER_REGION) {
    throw badInput(`perRegion must be a whole number from 1 to ${OVERVIEW_MAX_PER_REGION}, got ${perRegion}`);
  }
  const [regions, open] = await Promise.all([
    context.executor.read<{ region: string; accountCount: number; accounts: AccountRow[] }>(
      cypher('api/overview/partners.cypher'),
      { perRegion },
    ),
    context.loaders.openFindingCounts(),
  ]);
  const ids = regions.flatMap((region) => region.accounts.map((account) => account.id));
  const findings = await context.executor.read<{ id: string; severities: Severity[] }>(
    cypher('api/overview/partner-findings.cypher'),
    { ids },
  );
  const severitiesOf = new Map(findings.map((row) => [row.id, row.severities]));
  const countsWhere = (keep: (row: (typeof open)[number]) => boolean) =>
    SEVERITIES.map((severity) => ({
      severity,
      count: open.filter((row) => row.severity === severity && keep(row)).reduce((sum, row) => sum + row.count, 0),
    }));
  return {
    openFindingsBySeverity: countsWhere(() => true),
    regions: regions.map((region) => ({
      name: region.region,
      accountCount: region.accountCount,
      openFindingsBySeverity: countsWhere((row) => row.region === region.region),
      accounts: region.accounts.map((account) => ({
        ...account,
        openFindingsBySeverity: bySeverity(severitiesOf.get(account.id) ?? []),
      })),
    })),
  };
}
