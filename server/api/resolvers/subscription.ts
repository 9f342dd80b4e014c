// Subscription: whose purchase it is, who bills it, its reseller of record and the tenant it lives on.
import type { Resolvers } from '../generated/resolver-types';
import { violations } from './entity';
import { maybe } from './lists';

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    name: (row) => row.offerName ?? row.id,
    customer: (row, _args, context) => maybe((id) => context.loaders.customer.load(id), row.customerId),
    billedBy: (row, _args, context) => maybe((id) => context.loaders.partner.load(id), row.billedById),
    resellerOfRecord: (row, _args, context) => maybe((id) => context.loaders.partner.load(id), row.resellerOfRecordId),
    tenant: (row, _args, context) => maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    violations,
  },
};
