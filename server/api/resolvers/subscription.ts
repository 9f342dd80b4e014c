// Subscription: whose purchase it is, who bills it, its reseller of record and the tenant it lives on.
import type { ApiContext } from '../context';
import type { SubscriptionRow } from '../data/rows';
import { violations } from './entity';
import { maybe } from './lists';

export const subscriptionResolvers = {
  Subscription: {
    name: (row: SubscriptionRow) => row.offerName ?? row.id,
    customer: (row: SubscriptionRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.customer.load(id), row.customerId),
    billedBy: (row: SubscriptionRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.partner.load(id), row.billedById),
    resellerOfRecord: (row: SubscriptionRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.partner.load(id), row.resellerOfRecordId),
    tenant: (row: SubscriptionRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.tenant.load(id), row.tenantId),
    violations,
  },
};
