// Partner: the account's organization, tenant, country and region, and its supply, sale and management relationships.
import type { ApiContext } from '../context';
import type { PartnerRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { violations } from './entity';
import { type DatedArgs, datedConnection, entityConnection, maybe } from './lists';

export const partnerResolvers = {
  Partner: {
    organization: (row: PartnerRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.organization.load(id), row.organizationId),
    tenant: (row: PartnerRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    country: (row: PartnerRow, _args: unknown, context: ApiContext) =>
      maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row: PartnerRow, _args: unknown, context: ApiContext) =>
      maybe((name) => context.loaders.region.load(name), row.region),
    resellers: (row: PartnerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'partner-resellers', row.id, args),
    providers: (row: PartnerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'partner-providers', row.id, args),
    customers: (row: PartnerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'partner-customers', row.id, args),
    managedCustomers: (row: PartnerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'partner-managed-customers', row.id, args),
    billedSubscriptions: (row: PartnerRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'partner-billed-subscriptions', row.id, args, (id) =>
        context.loaders.subscription.load(id),
      ),
    recordedSubscriptions: (row: PartnerRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'partner-recorded-subscriptions', row.id, args, (id) =>
        context.loaders.subscription.load(id),
      ),
    violations,
  },
};
