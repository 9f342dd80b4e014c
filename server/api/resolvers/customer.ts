// Customer: its tenant (which decides its region), billing country, organization, partners and subscriptions.
import type { ApiContext } from '../context';
import type { CustomerRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { violations } from './entity';
import { type DatedArgs, datedConnection, entityConnection, maybe } from './lists';

export const customerResolvers = {
  Customer: {
    tenant: (row: CustomerRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    country: (row: CustomerRow, _args: unknown, context: ApiContext) =>
      maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row: CustomerRow, _args: unknown, context: ApiContext) =>
      maybe((name) => context.loaders.region.load(name), row.region),
    organization: (row: CustomerRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.organization.load(id), row.organizationId),
    partners: (row: CustomerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'customer-partners', row.id, args),
    managers: (row: CustomerRow, args: DatedArgs, context: ApiContext) =>
      datedConnection(context, 'customer-managers', row.id, args),
    subscriptions: (row: CustomerRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'customer-subscriptions', row.id, args, (id) => context.loaders.subscription.load(id)),
    violations,
  },
};
