// Partner: the account's organization, tenant, country and region, and its supply, sale and management relationships.
import type { Resolvers } from '../generated/resolver-types';
import { violations } from './entity';
import { datedConnection, entityConnection, maybe } from './lists';

export const partnerResolvers: Resolvers = {
  Partner: {
    organization: (row, _args, context) => maybe((id) => context.loaders.organization.load(id), row.organizationId),
    tenant: (row, _args, context) => maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    country: (row, _args, context) => maybe((code) => context.loaders.country.load(code), row.countryCode),
    region: (row, _args, context) => maybe((name) => context.loaders.region.load(name), row.region),
    resellers: (row, args, context) => datedConnection(context, 'partner-resellers', row.id, args),
    providers: (row, args, context) => datedConnection(context, 'partner-providers', row.id, args),
    customers: (row, args, context) => datedConnection(context, 'partner-customers', row.id, args),
    managedCustomers: (row, args, context) => datedConnection(context, 'partner-managed-customers', row.id, args),
    billedSubscriptions: (row, args, context) =>
      entityConnection(context, 'partner-billed-subscriptions', row.id, args, (id) =>
        context.loaders.subscription.load(id),
      ),
    recordedSubscriptions: (row, args, context) =>
      entityConnection(context, 'partner-recorded-subscriptions', row.id, args, (id) =>
        context.loaders.subscription.load(id),
      ),
    violations,
  },
};
