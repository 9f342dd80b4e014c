// The Entity interface: which type a row is, and the violation flags every entity carries.
import type { ApiContext } from '../context';
import type { EntityRow } from '../data/rows';
import type { Resolvers } from '../generated/resolver-types';

export function violations(row: EntityRow, _args: unknown, context: ApiContext) {
  return context.loaders.violations.load({ kind: row.kind, id: row.id });
}

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (row) => row.kind,
  },
};
