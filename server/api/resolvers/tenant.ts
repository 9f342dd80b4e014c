// Tenant: its country and region (the market of customers on it) and the accounts and subscriptions on it.
import type { Resolvers } from '../generated/resolver-types';
import { violations } from './entity';
import { entityConnection, maybe } from './lists';

export const tenantResolvers: Resolvers = {
  Tenant: {
    name: (row) => row.id,
    country: (row, _args, context) => maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row, _args, context) => maybe((name) => context.loaders.region.load(name), row.region),
    partners: (row, args, context) =>
      entityConnection(context, 'tenant-partners', row.id, args, (id) => context.loaders.partner.load(id)),
    customers: (row, args, context) =>
      entityConnection(context, 'tenant-customers', row.id, args, (id) => context.loaders.customer.load(id)),
    subscriptions: (row, args, context) =>
      entityConnection(context, 'tenant-subscriptions', row.id, args, (id) => context.loaders.subscription.load(id)),
    violations,
  },
};
