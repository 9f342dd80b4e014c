// Large groups fold into one node that opens on demand; the elements it yields load into Cytoscape as they are.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { groupId, visibleGraph } from '../../web/src/aggregate';
import type { EntityKind, PartnerRole } from '../../web/src/api-shapes';
import { entityKey, type GraphData, type GraphEdge, type GraphNode, type MemberGroup } from '../../web/src/graph-data';
import { toElements } from '../../web/src/to-elements';

function node(kind: EntityKind, id: string, roles: PartnerRole[] = []): GraphNode {
  return {
    key: entityKey(kind, id),
    id,
    kind,
    name: id,
    roles,
    region: 'Europe',
    country: 'FR',
    cloud: null,
    violations: { openFindings: 0, maxSeverity: null },
  };
}

function link(type: GraphEdge['type'], source: GraphNode, target: GraphNode): GraphEdge {
  return {
    key: `${type}:${source.key}>${target.key}`,
    type,
    source: source.key,
    target: target.key,
    active: true,
    since: null,
    until: null,
  };
}

function graphOf(root: GraphNode, nodes: GraphNode[], edges: GraphEdge[], groups: MemberGroup[] = []): GraphData {
  return {
    rootKey: root.key,
    nodes: new Map([root, ...nodes].map((n) => [n.key, n])),
    edges: new Map(edges.map((e) => [e.key, e])),
    broughtBy: new Map(),
    groups: new Map(groups.map((g) => [g.id, g])),
    omittedNodes: 0,
  };
}

const reseller = node('PARTNER', 'r-1', ['INDIRECT_RESELLER']);
const customers = Array.from({ length: 30 }, (_, i) => node('CUSTOMER', `c-${i}`));
const neighbourhood = graphOf(
  reseller,
  customers,
  customers.map((c) => link('SELLS_TO', reseller, c)),
);
const customersGroup = groupId(reseller.key, 'CUSTOMER', null, 'SELLS_TO');

describe('visibleGraph', () => {
  it('folds more leaves of one kind around one hub than the threshold into one node', () => {
    const visible = visibleGraph(neighbourhood, { opened: new Set(), threshold: 25 });
    expect(visible.nodes.map((n) => n.key)).toEqual([reseller.key]);
    expect(visible.aggregates).toHaveLength(1);
    expect(visible.aggregates[0]).toMatchObject({
      key: customersGroup,
      count: 30,
      label: '30 customers',
      hubIsSource: true,
    });
  });

  it('leaves a group at or under the threshold as it is', () => {
    const visible = visibleGraph(neighbourhood, { opened: new Set(), threshold: 30 });
    expect(visible.nodes).toHaveLength(31);
    expect(visible.aggregates).toHaveLength(0);
  });

  it('shows every member of an opened group, and keeps pinned members out of a folded one', () => {
    const opened = visibleGraph(neighbourhood, { opened: new Set([customersGroup]), threshold: 25 });
    expect(opened.nodes).toHaveLength(31);
    expect(opened.aggregates).toHaveLength(0);
    const pinned = visibleGraph(neighbourhood, { opened: new Set(), pinned: new Set(['CUSTOMER:c-7']), threshold: 25 });
    expect(pinned.nodes.map((n) => n.key).sort()).toEqual(['CUSTOMER:c-7', reseller.key]);
    expect(pinned.aggregates[0]?.count).toBe(29);
  });

  it('counts a known group by its total, not by what is loaded, and folds the subtrees of folded members', () => {
    const provider = node('PARTNER', 'p-1', ['INDIRECT_PROVIDER']);
    const resellers = Array.from({ length: 3 }, (_, i) => node('PARTNER', `r-${i}`, ['INDIRECT_RESELLER']));
    const sold = resellers.map((_, i) => node('CUSTOMER', `c-of-${i}`));
    const resellersGroup = groupId(provider.key, 'PARTNER', 'INDIRECT_RESELLER', 'SUPPLIES');
    const tree = graphOf(
      provider,
      [...resellers, ...sold],
      [
        ...resellers.map((r) => link('SUPPLIES', provider, r)),
        ...resellers.map((r, i) => link('SELLS_TO', r, sold[i] as GraphNode)),
      ],
      [
        {
          id: resellersGroup,
          hubKey: provider.key,
          kind: 'PARTNER',
          role: 'INDIRECT_RESELLER',
          relationship: 'SUPPLIES',
          total: 2315,
          memberKeys: resellers.map((r) => r.key),
          cursor: 'next',
        },
      ],
    );
    const folded = visibleGraph(tree, { opened: new Set(), threshold: 25 });
    expect(folded.nodes.map((n) => n.key)).toEqual([provider.key]);
    expect(folded.aggregates[0]).toMatchObject({ label: '2,315 indirect resellers', partial: false });

    const opened = visibleGraph(tree, { opened: new Set([resellersGroup]), threshold: 25 });
    expect(opened.nodes).toHaveLength(7);
    expect(opened.aggregates[0]).toMatchObject({ count: 2312, label: '+2,312 indirect resellers', partial: true });
  });

  it('yields elements that Cytoscape loads headless without a dangling edge', () => {
    const visible = visibleGraph(neighbourhood, { opened: new Set(), threshold: 25 });
    const cy = cytoscape({ headless: true, elements: toElements(visible, { nodes: new Map(), edges: new Map() }) });
    expect(cy.nodes()).toHaveLength(2);
    expect(cy.edges()).toHaveLength(1);
    const aggregate = cy.getElementById(customersGroup);
    expect(aggregate.hasClass('aggregate')).toBe(true);
    expect(aggregate.data('count')).toBe(30);
    expect(aggregate.incomers('node').map((n) => n.id())).toEqual([reseller.key]);
    cy.destroy();
  });
});
