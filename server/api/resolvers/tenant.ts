// Tenant: its country and region (the market of customers on it) and the accounts and subscriptions on it.
import type { ApiContext } from '../context';
import type { TenantRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { violations } from './entity';
import { entityConnection, maybe } from './lists';

export const tenantResolvers = {
  Tenant: {
    name: (row: TenantRow) => row.id,
    country: (row: TenantRow, _args: unknown, context: ApiContext) =>
      maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row: TenantRow, _args: unknown, context: ApiContext) =>
      maybe((name) => context.loaders.region.load(name), row.region),
    partners: (row: TenantRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'tenant-partners', row.id, args, (id) => context.loaders.partner.load(id)),
    customers: (row: TenantRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'tenant-customers', row.id, args, (id) => context.loaders.customer.load(id)),
    subscriptions: (row: TenantRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'tenant-subscriptions', row.id, args, (id) => context.loaders.subscription.load(id)),
    violations,
  },
};
