// Groups the network counted, as the explorer draws them: the members brought plus one node for the rest, with the
// worst severity inside; a page from groupMembers added as members.
import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../web/src/aggregate';
import type { EntityKind, Network, NetworkEdge, NetworkNode } from '../../web/src/api-shapes';
import { graphFromNetwork, networkGroupId } from '../../web/src/graph-data';
import { addNetworkGroupPage } from '../../web/src/group-pages';

function node(kind: EntityKind, id: string, flagged = false): NetworkNode & { key: string } {
  const label = kind.charAt(0) + kind.slice(1).toLowerCase();
  return {
    key: `${label}:${id}`,
    id,
    kind,
    name: id,
    roles: kind === 'PARTNER' ? ['INDIRECT_RESELLER'] : [],
    region: 'Europe',
    country: 'DE',
    cloud: null,
    violations: { openFindings: flagged ? 1 : 0, maxSeverity: flagged ? 'HIGH' : null },
  };
}

function supplies(from: string, to: string): NetworkEdge {
  return {
    key: `${from}>${to}`,
    type: 'SUPPLIES',
    from,
    to,
    active: true,
    since: '2024-01-01',
    until: null,
    managementKind: null,
    share: null,
  };
}

const provider = { ...node('PARTNER', 'prov'), roles: ['INDIRECT_PROVIDER' as const] };
const drawn = [node('PARTNER', 'r1'), node('PARTNER', 'r2')];
const network: Network = {
  root: provider,
  nodes: [provider, ...drawn],
  edges: drawn.map((reseller) => supplies(provider.key, reseller.key)),
  groups: [
    {
      hub: provider.key,
      relationship: 'SUPPLIES',
      hubIsSource: true,
      kind: 'PARTNER',
      total: 40,
      drawn: 2,
      violations: { flaggedMembers: 3, maxSeverity: 'CRITICAL' },
    },
  ],
  truncated: true,
  omittedNodes: 38,
  omittedEdges: 38,
};
const id = networkGroupId('PARTNER:prov', 'PARTNER', 'SUPPLIES', true);

describe('groups the network counted', () => {
  it('draws the members brought and one node for the rest, flagged by the worst severity inside', () => {
    const graph = graphFromNetwork(network);
    expect(graph.groups.get(id)).toMatchObject({ total: 40, memberKeys: ['PARTNER:r1', 'PARTNER:r2'], cursor: '' });
    const visible = visibleGraph(graph, { opened: new Set() });
    expect(visible.nodes.map((n) => n.key).sort()).toEqual(['PARTNER:prov', 'PARTNER:r1', 'PARTNER:r2']);
    expect(visible.aggregates).toEqual([
      expect.objectContaining({
        key: id,
        count: 38,
        partial: true,
        severity: 'CRITICAL',
        flagged: 3,
        label: '+38 indirect resellers',
      }),
    ]);
  });

  it("adds a page of members with the hub's relationships, and keeps where the next page starts", () => {
    const page = {
      totalCount: 40,
      flaggedCount: 3,
      nodes: [node('PARTNER', 'r9', true)],
      edges: [supplies(provider.key, 'Partner:r9')],
      hasNextPage: true,
      endCursor: 'next',
    };
    const graph = addNetworkGroupPage(graphFromNetwork(network), id, page);
    expect(graph.nodes.has('PARTNER:r9')).toBe(true);
    expect([...graph.edges.values()].some((e) => e.source === 'PARTNER:prov' && e.target === 'PARTNER:r9')).toBe(true);
    expect(graph.groups.get(id)).toMatchObject({ cursor: 'next' });
    expect(visibleGraph(graph, { opened: new Set([id]) }).aggregates[0]).toMatchObject({ count: 37 });
  });
});
