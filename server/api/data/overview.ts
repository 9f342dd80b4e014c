// The explorer's start view: regions, their largest providers and direct-bill partners, counted from aggregates.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { PARTNER_ROLES } from '../../model/graph-model';
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ApiContext } from '../context';
import { badInput } from '../errors';

export const OVERVIEW_MAX_PER_REGION = 50;

/** A row of cypher/api/overview/partners.cypher: one region and its largest accounts. */
const regionRow = z.object({
  region: z.string(),
  accountCount: z.number(),
  accounts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.string().nullable(),
      roles: z.array(z.enum(PARTNER_ROLES)),
      resellers: z.number(),
      directCustomers: z.number(),
      customers: z.number(),
      subscriptions: z.number(),
    }),
  ),
});

/** A row of cypher/api/overview/partner-findings.cypher: the severities of an account's open findings. */
const accountFindingsRow = z.object({ id: z.string(), severities: z.array(z.enum(SEVERITIES)) });

type SeverityCount = { severity: Severity; count: number };

function bySeverity(severities: readonly Severity[]): SeverityCount[] {
  return SEVERITIES.map((severity) => ({ severity, count: severities.filter((s) => s === severity).length }));
}

export async function overview(context: ApiContext, perRegion: number) {
  if (!Number.isInteger(perRegion) || perRegion < 1 || perRegion > OVERVIEW_MAX_PER_REGION) {
    throw badInput(`perRegion must be a whole number from 1 to ${OVERVIEW_MAX_PER_REGION}, got ${perRegion}`);
  }
  const [regions, open] = await Promise.all([
    readRows(context.executor, regionRow, cypher('api/overview/partners.cypher'), { perRegion }),
    context.loaders.openFindingCounts(),
  ]);
  const ids = regions.flatMap((region) => region.accounts.map((account) => account.id));
  const findings = await readRows(
    context.executor,
    accountFindingsRow,
    cypher('api/overview/partner-findings.cypher'),
    {
      ids,
    },
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
