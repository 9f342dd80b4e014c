// A finding's evidence on the graph: its entities and typed relationships drawn exactly as the rule matched them,
// ends that share an id told apart by the relationship type, and everything drawn for it taken back with it.
import { describe, expect, it } from 'vitest';
import type { EntityKind, FindingEvidence, NetworkEdge, NetworkNode } from '../../web/src/api-shapes';
import { addEvidence, evidenceEntities, evidenceLinks } from '../../web/src/evidence';
import { graphFromNetwork, removeOrigin } from '../../web/src/graph-data';

function node(kind: EntityKind, id: string): NetworkNode & { key: string } {
  return {
    key: `api-${kind}-${id}`,
    id,
    kind,
    name: `${kind} ${id}`,
    roles: kind === 'PARTNER' ? ['INDIRECT_RESELLER'] : [],
    region: 'Europe',
    country: 'FR',
    cloud: 'COMMERCIAL',
    violations: { openFindings: 1, maxSeverity: 'CRITICAL' },
  };
}

function edge(type: NetworkEdge['type'], from: string, to: string, since: string | null = null): NetworkEdge {
  return {
    key: `${from}-${to}-${since}`,
    type,
    from,
    to,
    active: true,
    since,
    until: null,
    managementKind: null,
    share: null,
  };
}

const partner = node('PARTNER', 'p');
const customer = node('CUSTOMER', 'c');
const subscription = node('SUBSCRIPTION', 's');

/** A view with the partner, its customer (two periods of one reseller relationship) and the subscription. */
const graph = graphFromNetwork({
  root: partner,
  nodes: [customer, subscription],
  edges: [
    edge('SELLS_TO', partner.key, customer.key, '2020-01-01'),
    edge('SELLS_TO', partner.key, customer.key, '2024-01-01'),
    edge('RESELLER_OF_RECORD', subscription.key, partner.key),
    edge('FOR', subscription.key, customer.key),
  ],
  truncated: false,
  omittedNodes: 0,
  omittedEdges: 0,
  groups: [],
});

/** Cross-region sale: the customer's tenant shares the customer's id, as Partner Center ids often do. */
const evidence: FindingEvidence = {
  nodes: [
    { id: 'p', label: 'Partner', name: 'Fabrikam' },
    { id: 'c', label: 'Customer', name: 'Woodgrove' },
    { id: 'c', label: 'Tenant', name: 'c' },
    { id: 's', label: 'Subscription', name: null },
    { id: 'FR', label: 'Country', name: 'France' },
  ],
  edges: [
    { type: 'SELLS_TO', from: 'p', to: 'c' },
    { type: 'ON_TENANT', from: 'c', to: 'c' },
    { type: 'RESELLER_OF_RECORD', from: 's', to: 'p' },
    { type: 'IN_COUNTRY', from: 'p', to: 'FR' },
  ],
};

describe('finding evidence', () => {
  it('keeps the entities, naming a nameless one by its id', () => {
    expect(evidenceEntities(evidence)).toEqual([
      { id: 'p', kind: 'PARTNER', name: 'Fabrikam' },
      { id: 'c', kind: 'CUSTOMER', name: 'Woodgrove' },
      { id: 'c', kind: 'TENANT', name: 'c' },
      { id: 's', kind: 'SUBSCRIPTION', name: 's' },
    ]);
  });

  it('keys each relationship by its ends, telling apart two nodes of one id by the kinds the type joins', () => {
    expect(evidenceLinks(evidence)).toEqual([
      { type: 'SELLS_TO', source: 'PARTNER:p', target: 'CUSTOMER:c' },
      { type: 'ON_TENANT', source: 'CUSTOMER:c', target: 'TENANT:c' },
      { type: 'RESELLER_OF_RECORD', source: 'SUBSCRIPTION:s', target: 'PARTNER:p' },
    ]);
  });

  it('marks the drawn relationships the rule matched, and draws the ones missing with the entities missing', () => {
    const tenant = node('TENANT', 'c');
    const shown = addEvidence(graph, { key: 'f', evidence }, [partner, customer, tenant, subscription], 'finding:f');
    expect([...shown.evidence.nodeKeys].sort()).toEqual(['CUSTOMER:c', 'PARTNER:p', 'SUBSCRIPTION:s', 'TENANT:c']);
    const marked = [...shown.evidence.edgeKeys].map((key) => shown.graph.edges.get(key));
    expect(marked.map((e) => [e?.type, e?.source, e?.target, e?.since]).sort()).toEqual([
      ['ON_TENANT', 'CUSTOMER:c', 'TENANT:c', null],
      ['RESELLER_OF_RECORD', 'SUBSCRIPTION:s', 'PARTNER:p', null],
      ['SELLS_TO', 'PARTNER:p', 'CUSTOMER:c', '2020-01-01'],
      ['SELLS_TO', 'PARTNER:p', 'CUSTOMER:c', '2024-01-01'],
    ]);
    // FOR joins two evidence entities, but the rule did not match it.
    const forEdge = [...graph.edges.values()].find((e) => e.type === 'FOR');
    expect(shown.evidence.edgeKeys.has(forEdge?.key as string)).toBe(false);
    expect(shown.graph.nodes.get('TENANT:c')).toMatchObject({ cloud: 'COMMERCIAL', region: 'Europe' });

    const back = removeOrigin(shown.graph, 'finding:f');
    expect([...back.nodes.keys()].sort()).toEqual([...graph.nodes.keys()].sort());
    expect([...back.edges.keys()].sort()).toEqual([...graph.edges.keys()].sort());
  });

  it('draws an entity that has left the graph from what the evidence says of it', () => {
    const shown = addEvidence(graph, { key: 'f', evidence }, [partner, customer, subscription], 'finding:f');
    expect(shown.graph.nodes.get('TENANT:c')).toMatchObject({ kind: 'TENANT', name: 'c', roles: [], region: null });
    expect(shown.evidence.nodeKeys.has('TENANT:c')).toBe(true);
  });
});
