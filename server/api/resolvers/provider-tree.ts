// ProviderTree: a provider's resellers page by page; each reseller's customers come from SupplyEdge.reseller.customers.
import type { ApiContext } from '../context';
import type { PartnerRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { type DatedArgs, datedConnection } from './lists';

interface ProviderTree {
  provider: PartnerRow;
  pageArgs: PageArgs;
  dated: DatedArgs;
}

export const providerTreeResolvers = {
  ProviderTree: {
    resellers: (tree: ProviderTree, _args: unknown, context: ApiContext) =>
      datedConnection(context, 'partner-resellers', tree.provider.id, { ...tree.pageArgs, ...tree.dated }),
    directCustomers: (tree: ProviderTree, _args: unknown, context: ApiContext) =>
      datedConnection(context, 'partner-customers', tree.provider.id, tree.dated),
  },
};
