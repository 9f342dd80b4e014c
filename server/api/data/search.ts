// Full-text search over organizations, partners and customers (the entity_search index).
import { cypher } from '../../db/cypher-files';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import type { Page } from '../pagination';
import { fullTextQuery, MAX_SEARCH_LENGTH } from './lucene';
import type { EntityKind } from './rows';

/** The kinds the index covers (cypher/migrations/0002-indexes.cypher). */
const SEARCHABLE: readonly EntityKind[] = ['Organization', 'Partner', 'Customer'];

export async function searchEntities(
  context: ApiContext,
  text: string,
  kinds: EntityKind[] | null | undefined,
  page: Page,
): Promise<{ total: number; items: { kind: EntityKind; id: string; score: number }[] }> {
  if (text.trim() === '') throw badInput('text must not be blank');
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(`text must be at most ${MAX_SEARCH_LENGTH} characters`);
  const unsearchable = (kinds ?? []).filter((kind) => !SEARCHABLE.includes(kind));
  if (unsearchable.length > 0) {
    throw badInput(`Search covers ${SEARCHABLE.join(', ')}; not ${unsearchable.join(', ')}`);
  }
  const [result] = await context.executor.read<{
    total: number;
    items: { kind: EntityKind; id: string; score: number }[];
  }>(cypher('api/entities/search.cypher'), {
    query: fullTextQuery(text),
    kinds: kinds?.length ? kinds : null,
    skip: page.skip,
    limit: page.limit,
  });
  return result ?? { total: 0, items: [] };
}
