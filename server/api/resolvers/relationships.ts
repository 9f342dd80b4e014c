// The relationship edge types: each resolves both of its ends through the entity loaders.
import type { Resolvers } from '../generated/resolver-types';
import { present } from '../resolver-values';

export const relationshipResolvers: Resolvers = {
  SupplyEdge: {
    provider: (edge, _args, context) =>
      present(context.loaders.partner.load(edge.providerId), `Partner ${edge.providerId}`),
    reseller: (edge, _args, context) =>
      present(context.loaders.partner.load(edge.resellerId), `Partner ${edge.resellerId}`),
    state: (edge) => edge.state ?? 'active',
  },
  SaleEdge: {
    partner: (edge, _args, context) =>
      present(context.loaders.partner.load(edge.partnerId), `Partner ${edge.partnerId}`),
    customer: (edge, _args, context) =>
      present(context.loaders.customer.load(edge.customerId), `Customer ${edge.customerId}`),
  },
  ManagementEdge: {
    partner: (edge, _args, context) =>
      present(context.loaders.partner.load(edge.partnerId), `Partner ${edge.partnerId}`),
    customer: (edge, _args, context) =>
      present(context.loaders.customer.load(edge.customerId), `Customer ${edge.customerId}`),
    managementKind: (edge) => edge.kind,
  },
  OwnershipEdge: {
    owner: (edge, _args, context) =>
      present(context.loaders.organization.load(edge.ownerId), `Organization ${edge.ownerId}`),
    owned: (edge, _args, context) =>
      present(context.loaders.organization.load(edge.ownedId), `Organization ${edge.ownedId}`),
    // Control as docs/model.md defines it: more than half the equity, or the right to direct management.
    controlling: (edge) => edge.share > 0.5 || edge.directsManagement,
  },
};
