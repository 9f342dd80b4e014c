// ProviderTree: a provider's resellers page by page; each reseller's customers come from SupplyEdge.reseller.customers.
import type { PartnerRow } from '../data/rows';
import type { Resolvers } from '../generated/resolver-types';
import type { PageArgs } from '../pagination';
import { type DatedArgs, datedConnection } from './lists';

export interface ProviderTreeData {
  provider: PartnerRow;
  pageArgs: PageArgs;
  dated: DatedArgs;
}

export const providerTreeResolvers: Resolvers = {
  ProviderTree: {
    resellers: (tree, _args, context) =>
      datedConnection(context, 'partner-resellers', tree.provider.id, { ...tree.pageArgs, ...tree.dated }),
    directCustomers: (tree, _args, context) =>
      datedConnection(context, 'partner-customers', tree.provider.id, tree.dated),
  },
};
