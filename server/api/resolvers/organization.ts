// Organization: its partner and customer accounts and the stakes it holds or that others hold in it.
import type { Resolvers } from '../generated/resolver-types';
import { violations } from './entity';
import { entityConnection, relationshipConnection } from './lists';

export const organizationResolvers: Resolvers = {
  Organization: {
    partners: (row, args, context) =>
      entityConnection(context, 'organization-partners', row.id, args, (id) => context.loaders.partner.load(id)),
    customers: (row, args, context) =>
      entityConnection(context, 'organization-customers', row.id, args, (id) => context.loaders.customer.load(id)),
    owns: (row, args, context) => relationshipConnection(context, 'organization-owns', row.id, args),
    ownedBy: (row, args, context) => relationshipConnection(context, 'organization-owned-by', row.id, args),
    violations,
  },
};
