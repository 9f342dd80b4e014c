// The explorer's graph in memory: API networks in the explorer's keys, expansions merged and taken back.
import { describe, expect, it } from 'vitest';
import type { EntityKind, Network, NetworkEdge, NetworkNode } from '../../web/src/api-shapes';
import { graphFromNetwork, mergeNetwork, parseEntityKey, removeOrigin } from '../../web/src/graph-data';

function node(kind: EntityKind, id: string): NetworkNode & { key: string } {
  return {
    key: `api-${kind}-${id}`,
    id,
    kind,
    name: id,
    roles: [],
    region: 'Europe',
    country: 'DE',
    cloud: null,
    violations: { openFindings: 0, maxSeverity: null },
  };
}

function edge(type: NetworkEdge['type'], from: string, to: string): NetworkEdge {
  return {
    key: `${from}-${to}`,
    type,
    from,
    to,
    active: true,
    since: null,
    until: null,
    managementKind: null,
    share: null,
  };
}

function network(root: ReturnType<typeof node>, nodes: ReturnType<typeof node>[], edges: NetworkEdge[]): Network {
  return { root, nodes, edges, truncated: false, omittedNodes: 0, omittedEdges: 0, groups: [] };
}

const provider = node('PARTNER', 'p-1');
const reseller = node('PARTNER', 'p-2');
const customer = node('CUSTOMER', 'c-1');
const other = node('CUSTOMER', 'c-2');

describe('graph data', () => {
  it("keys entities as KIND:id and rewires the API's edge ends to those keys", () => {
    const graph = graphFromNetwork(
      network(provider, [reseller], [edge('SUPPLIES', provider.key, reseller.key), edge('SELLS_TO', 'x', 'y')]),
    );
    expect(graph.rootKey).toBe('PARTNER:p-1');
    expect([...graph.nodes.keys()].sort()).toEqual(['PARTNER:p-1', 'PARTNER:p-2']);
    const [only] = [...graph.edges.values()];
    expect(graph.edges.size).toBe(1);
    expect(only).toMatchObject({ source: 'PARTNER:p-1', target: 'PARTNER:p-2', type: 'SUPPLIES' });
  });

  it('parses keys whose ids contain colons, and refuses unknown kinds', () => {
    expect(parseEntityKey('TENANT:urn:tenant:1')).toEqual({ kind: 'TENANT', id: 'urn:tenant:1' });
    expect(parseEntityKey('REGION:Europe')).toBeNull();
    expect(parseEntityKey(':x')).toBeNull();
  });

  it('takes back only what an expansion alone brought', () => {
    const base = graphFromNetwork(network(provider, [reseller], [edge('SUPPLIES', provider.key, reseller.key)]));
    const byReseller = mergeNetwork(
      base,
      network(
        reseller,
        [provider, customer, other],
        [edge('SELLS_TO', reseller.key, customer.key), edge('SELLS_TO', reseller.key, other.key)],
      ),
      'PARTNER:p-2',
    );
    const byCustomer = mergeNetwork(
      byReseller,
      network(customer, [reseller], [edge('SELLS_TO', reseller.key, customer.key)]),
      'CUSTOMER:c-1',
    );
    expect(byCustomer.nodes.size).toBe(4);

    const collapsed = removeOrigin(byCustomer, 'PARTNER:p-2');
    expect([...collapsed.nodes.keys()].sort()).toEqual(['CUSTOMER:c-1', 'PARTNER:p-1', 'PARTNER:p-2']);
    expect(
      [...collapsed.edges.values()].every((e) => collapsed.nodes.has(e.source) && collapsed.nodes.has(e.target)),
    ).toBe(true);
    const both = removeOrigin(collapsed, 'CUSTOMER:c-1');
    expect([...both.nodes.keys()].sort()).toEqual(['PARTNER:p-1', 'PARTNER:p-2']);
  });
});
