// Organization: its partner and customer accounts and the stakes it holds or that others hold in it.
import type { ApiContext } from '../context';
import type { OrganizationRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { violations } from './entity';
import { entityConnection, relationshipConnection } from './lists';

export const organizationResolvers = {
  Organization: {
    partners: (row: OrganizationRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'organization-partners', row.id, args, (id) => context.loaders.partner.load(id)),
    customers: (row: OrganizationRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'organization-customers', row.id, args, (id) => context.loaders.customer.load(id)),
    owns: (row: OrganizationRow, args: PageArgs, context: ApiContext) =>
      relationshipConnection(context, 'organization-owns', row.id, args),
    ownedBy: (row: OrganizationRow, args: PageArgs, context: ApiContext) =>
      relationshipConnection(context, 'organization-owned-by', row.id, args),
    violations,
  },
};
