// Customer: its tenant (which decides its region), billing country, organization, partners and subscriptions.
import type { Resolvers } from '../generated/resolver-types';
import { violations } from './entity';
import { datedConnection, entityConnection, maybe } from './lists';

export const customerResolvers: Resolvers = {
  Customer: {
    tenant: (row, _args, context) => maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    country: (row, _args, context) => maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row, _args, context) => maybe((name) => context.loaders.region.load(name), row.region),
    organization: (row, _args, context) => maybe((id) => context.loaders.organization.load(id), row.organizationId),
    partners: (row, args, context) => datedConnection(context, 'customer-partners', row.id, args),
    managers: (row, args, context) => datedConnection(context, 'customer-managers', row.id, args),
    subscriptions: (row, args, context) =>
      entityConnection(context, 'customer-subscriptions', row.id, args, (id) => context.loaders.subscription.load(id)),
    violations,
  },
};
