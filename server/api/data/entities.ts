// Entities by kind and id, and the lookup of an id whose kind is not given (ids are unique per kind only).
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { ENTITY_KINDS, type EntityKind, type EntityRef, type EntityRow } from './rows';

export function loadEntity(context: ApiContext, ref: EntityRef): Promise<EntityRow | null> {
  const { loaders } = context;
  switch (ref.kind) {
    case 'Organization':
      return loaders.organization.load(ref.id);
    case 'Partner':
      return loaders.partner.load(ref.id);
    case 'Tenant':
      return loaders.tenant.load(ref.id);
    case 'Customer':
      return loaders.customer.load(ref.id);
    case 'Subscription':
      return loaders.subscription.load(ref.id);
  }
}

/** A row of cypher/api/entities/find-by-id.cypher: an entity with the id, and its element id. */
const locatedEntity = z.object({ kind: z.enum(ENTITY_KINDS), elementId: z.string() });
export type LocatedEntity = z.infer<typeof locatedEntity>;

/** The one entity an id (and, when given, a kind) names; NOT_FOUND or BAD_USER_INPUT (ambiguous) otherwise. */
export async function locateEntity(
  context: ApiContext,
  id: string,
  kind: EntityKind | null | undefined,
  what = 'The id',
): Promise<LocatedEntity> {
  const found = await readRows(context.executor, locatedEntity, cypher('api/entities/find-by-id.cypher'), { id });
  const matching = kind ? found.filter((entity) => entity.kind === kind) : found;
  const [first, second] = matching;
  if (!first) throw notFound(`${what} '${id}' names no ${kind ? kind.toLowerCase() : 'entity'}`);
  if (second) {
    throw badInput(
      `${what} '${id}' names a ${matching.map((entity) => entity.kind.toLowerCase()).join(' and a ')}; pass its kind`,
    );
  }
  return first;
}
