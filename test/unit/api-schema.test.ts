// The SDL: it builds with every resolver, every change names its role, and every list of objects is paged.
import { describe, expect, it } from 'vitest';
import { getNamedType, isListType, isNonNullType, isObjectType } from '../../server/api/graphql-runtime';
import { buildSchema } from '../../server/api/schema';

const schema = buildSchema();

/** Lists that are not paged on purpose: a drawing's nodes and edges (capped by limit), one finding's evidence (one
 * rule row), facets, a batch's checks (one per proposal given, at most 200), and small fixed lists. */
const UNPAGED = new Set([
  'Network.nodes',
  'Network.edges',
  'Path.nodes',
  'Path.edges',
  'Evidence.nodes',
  'Evidence.edges',
  'TransactionCheck.findings',
  'BatchCheck.proposals',
  'FindingFacets.rules',
  'FindingFacets.severities',
  'FindingFacets.regions',
  'FindingFacets.partners',
  'FindingFacets.statuses',
  'ImportResult.counts',
  'RegionStatistics.openFindingsBySeverity',
]);

describe('schema', () => {
  it('guards every mutation with a role', () => {
    const mutation = schema.getMutationType();
    for (const field of Object.values(mutation?.getFields() ?? {})) {
      expect(
        field.astNode?.directives?.map((d) => d.name.value),
        field.name,
      ).toContain('auth');
    }
  });

  it('pages every list of objects through a connection', () => {
    const unpaged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        const coordinate = `${type.name}.${field.name}`;
        const isEdgeList = field.name === 'edges' && type.name.endsWith('Connection');
        if (
          isListType(unwrapped) &&
          isObjectType(getNamedType(field.type)) &&
          !isEdgeList &&
          !UNPAGED.has(coordinate)
        ) {
          unpaged.push(coordinate);
        }
      }
    }
    expect(unpaged).toEqual([]);
  });
});
