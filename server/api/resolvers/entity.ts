// The Entity interface: which type a row is, and the violation flags every entity carries.
import type { ApiContext } from '../context';
import type { EntityRow } from '../data/rows';

export function violations(row: EntityRow, _args: unknown, context: ApiContext) {
  return context.loaders.violations.load({ kind: row.kind, id: row.id });
}

export const entityResolvers = {
  Entity: {
    __resolveType: (row: EntityRow) => row.kind,
  },
};
