// A provider's supply chain as explorer graph data: resellers and their customers, with group totals from the API.
import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../web/src/aggregate';
import type { ProviderTree, TreeMember, TreeSale } from '../../web/src/api-types';
import {
  addGroupPage,
  customersGroupId,
  graphFromProviderTree,
  resellersGroupId,
  salesParts,
} from '../../web/src/provider-tree';

function member(kind: 'PARTNER' | 'CUSTOMER', id: string, roles: TreeMember['roles'] = []): TreeMember {
  return {
    id,
    kind,
    name: id,
    roles,
    region: 'Europe',
    country: 'DE',
    cloud: 'COMMERCIAL',
    violations: { openFindings: 0, maxSeverity: null },
  };
}

function sale(id: string): TreeSale {
  return { customer: member('CUSTOMER', id), since: '2024-01-01', until: null, active: true };
}

const tree: ProviderTree = {
  provider: member('PARTNER', 'prov', ['INDIRECT_PROVIDER']),
  resellers: {
    totalCount: 2,
    endCursor: null,
    hasNextPage: false,
    supplies: [
      {
        reseller: member('PARTNER', 'big', ['INDIRECT_RESELLER']),
        since: '2020-01-01',
        until: null,
        active: true,
        customers: {
          totalCount: 2315,
          endCursor: 'c25',
          hasNextPage: true,
          sales: Array.from({ length: 25 }, (_, i) => sale(`b${i}`)),
        },
      },
      {
        reseller: member('PARTNER', 'small', ['INDIRECT_RESELLER']),
        since: '2021-01-01',
        until: '2022-01-01',
        active: false,
        customers: { totalCount: 1, endCursor: null, hasNextPage: false, sales: [sale('s0')] },
      },
    ],
  },
  directCustomers: { totalCount: 0, endCursor: null, hasNextPage: false, sales: [] },
};

describe('provider tree', () => {
  it('draws provider, resellers and customers, and folds a reseller with more customers than loaded', () => {
    const graph = graphFromProviderTree(tree);
    expect(graph.rootKey).toBe('PARTNER:prov');
    expect(graph.groups.get(customersGroupId('PARTNER:big'))).toMatchObject({ total: 2315, cursor: 'c25' });
    expect(graph.groups.get(resellersGroupId('PARTNER:prov'))).toMatchObject({ total: 2, cursor: null });
    const supplies = [...graph.edges.values()].filter((e) => e.type === 'SUPPLIES');
    expect(supplies.map((e) => [e.target, e.active])).toEqual([
      ['PARTNER:big', true],
      ['PARTNER:small', false],
    ]);
    const visible = visibleGraph(graph, { opened: new Set() });
    expect(visible.nodes.map((n) => n.key).sort()).toEqual([
      'CUSTOMER:s0',
      'PARTNER:big',
      'PARTNER:prov',
      'PARTNER:small',
    ]);
    expect(visible.aggregates.map((a) => a.label)).toEqual(['2,315 customers']);
  });

  it('adds the next page of a group and keeps its cursor for the one after', () => {
    const graph = graphFromProviderTree(tree);
    const id = customersGroupId('PARTNER:big');
    const page = salesParts(
      'PARTNER:big',
      Array.from({ length: 100 }, (_, i) => sale(`n${i}`)),
    );
    const next = addGroupPage(graph, id, page, 'c125');
    expect(next.groups.get(id)).toMatchObject({ cursor: 'c125' });
    expect(next.groups.get(id)?.memberKeys).toHaveLength(125);
    const visible = visibleGraph(next, { opened: new Set([id]) });
    expect(visible.aggregates.map((a) => a.label)).toEqual(['+2,190 customers']);
    expect(graph.groups.get(id)?.memberKeys).toHaveLength(25);
  });
});
