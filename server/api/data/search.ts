// Search over organizations, partners and customers: the entity_text_search full-text index, and ids by their start.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import type { Page } from '../pagination';
import { fullTextQuery, MAX_SEARCH_LENGTH } from './lucene';
import { type EntityKind, listPage } from './rows';

/** The shortest text taken as the start of an id: shorter, it would stand for a large share of all ids. */
export const MIN_ID_PREFIX = 4;

/** The id starts a text stands for: as typed and in lower case (ids such as GUIDs are stored in lower case). */
export function idPrefixes(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length < MIN_ID_PREFIX || /\s/.test(trimmed)) return [];
  return [...new Set([trimmed, trimmed.toLowerCase()])];
}

/** The kinds search covers (cypher/migrations/0009-entity-text-search.cypher). */
const SEARCHABLE = ['Organization', 'Partner', 'Customer'] as const satisfies readonly EntityKind[];

/** A row of cypher/api/entities/search.cypher: a page of hits, best first, with the total. */
const searchPage = listPage(z.object({ kind: z.enum(SEARCHABLE), id: z.string(), score: z.number() }));

export async function searchEntities(
  context: ApiContext,
  text: string,
  kinds: EntityKind[] | null | undefined,
  page: Page,
): Promise<z.infer<typeof searchPage>> {
  if (text.trim() === '') throw badInput('text must not be blank');
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(`text must be at most ${MAX_SEARCH_LENGTH} characters`);
  const unsearchable = (kinds ?? []).filter((kind) => !(SEARCHABLE as readonly EntityKind[]).includes(kind));
  if (unsearchable.length > 0) {
    throw badInput(`Search covers ${SEARCHABLE.join(', ')}; not ${unsearchable.join(', ')}`);
  }
  const [result] = await readRows(context.executor, searchPage, cypher('api/entities/search.cypher'), {
    query: fullTextQuery(text),
    idPrefixes: idPrefixes(text),
    kinds: kinds?.length ? kinds : null,
    skip: page.skip,
    limit: page.limit,
  });
  return result ?? { total: 0, items: [] };
}
