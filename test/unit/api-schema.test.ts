// The SDL: it builds with every resolver, every change names its role, every list of objects is paged, its roots are
// the ones it declares, and each enum with model values maps every GraphQL name to one of them.
import { describe, expect, it } from 'vitest';
import { getNamedType, isEnumType, isListType, isNonNullType, isObjectType } from '../../server/api/graphql-runtime';
import { enumOf, enumResolvers } from '../../server/api/resolvers/enums';
import { buildSchema } from '../../server/api/schema';
import { PARTNER_ROLES } from '../../server/model/graph-model';

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
  // Bounded by what the network drew, by the regions (at most perRegion accounts each), or the page itself.
  'Network.groups',
  'Overview.regions',
  'Overview.openFindingsBySeverity',
  'OverviewRegion.openFindingsBySeverity',
  'OverviewRegion.accounts',
  'OverviewAccount.openFindingsBySeverity',
  'GroupPage.nodes',
  'GroupPage.edges',
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

  it('has the roots it declares: no subscriptions, though an entity is named Subscription', () => {
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()?.name).toBe('Mutation');
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('maps every name of an enum with model values to the value whose upper-cased form it is', () => {
    expect(enumOf(PARTNER_ROLES)).toEqual({
      INDIRECT_PROVIDER: 'indirect-provider',
      INDIRECT_RESELLER: 'indirect-reseller',
      DIRECT_BILL: 'direct-bill',
    });
    for (const [name, values] of Object.entries(enumResolvers)) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
      expect(Object.keys(values).sort(), name).toEqual(
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
      );
      for (const value of type.getValues()) {
        expect(value.value, `${name}.${value.name}`).toBe((values as Record<string, string>)[value.name]);
      }
    }
  });
});
