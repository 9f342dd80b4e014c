// The relationship edge types: each resolves both of its ends through the entity loaders.
import type { ApiContext } from '../context';

interface PartnerLink {
  partnerId: string;
  customerId: string;
  kind?: string;
}

export const relationshipResolvers = {
  SupplyEdge: {
    provider: (edge: { providerId: string }, _args: unknown, context: ApiContext) =>
      context.loaders.partner.load(edge.providerId),
    reseller: (edge: { resellerId: string }, _args: unknown, context: ApiContext) =>
      context.loaders.partner.load(edge.resellerId),
    state: (edge: { state: string | null }) => edge.state ?? 'active',
  },
  SaleEdge: {
    partner: (edge: PartnerLink, _args: unknown, context: ApiContext) => context.loaders.partner.load(edge.partnerId),
    customer: (edge: PartnerLink, _args: unknown, context: ApiContext) =>
      context.loaders.customer.load(edge.customerId),
  },
  ManagementEdge: {
    partner: (edge: PartnerLink, _args: unknown, context: ApiContext) => context.loaders.partner.load(edge.partnerId),
    customer: (edge: PartnerLink, _args: unknown, context: ApiContext) =>
      context.loaders.customer.load(edge.customerId),
    managementKind: (edge: PartnerLink) => edge.kind,
  },
  OwnershipEdge: {
    owner: (edge: { ownerId: string }, _args: unknown, context: ApiContext) =>
      context.loaders.organization.load(edge.ownerId),
    owned: (edge: { ownedId: string }, _args: unknown, context: ApiContext) =>
      context.loaders.organization.load(edge.ownedId),
    // Control as docs/model.md defines it: more than half the equity, or the right to direct management.
    controlling: (edge: { share: number; directsManagement: boolean }) => edge.share > 0.5 || edge.directsManagement,
  },
};
