// From graph data to what is drawn: filters keep the root and the evidence, flags follow the rule filter.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { EntityKind, Finding, PartnerRole } from '../../web/src/api-shapes';
import { buildDrawing } from '../../web/src/drawing';
import { entityKey, type GraphData, type GraphEdge, type GraphNode } from '../../web/src/graph-data';
import { graphStyle } from '../../web/src/graph-style';
import { defaultViewState } from '../../web/src/view-state';

function node(kind: EntityKind, id: string, region: string | null, roles: PartnerRole[] = [], open = 0): GraphNode {
  return {
    key: entityKey(kind, id),
    id,
    kind,
    name: `${id} name`,
    roles,
    region,
    country: null,
    cloud: null,
    violations: { openFindings: open, maxSeverity: open ? 'HIGH' : null },
  };
}

const reseller = node('PARTNER', 'fabrikam', 'Europe', ['INDIRECT_RESELLER'], 2);
const provider = node('PARTNER', 'litware', 'Europe', ['INDIRECT_PROVIDER']);
const directBill = node('PARTNER', 'trey', 'United States', ['DIRECT_BILL']);
const woodgrove = node('CUSTOMER', 'woodgrove', 'United States', [], 1);
const org = node('ORGANIZATION', 'fabrikam-sas', null);

function edge(type: GraphEdge['type'], source: GraphNode, target: GraphNode): GraphEdge {
  return {
    key: `${source.key}>${target.key}`,
    type,
    source: source.key,
    target: target.key,
    active: true,
    since: null,
    until: null,
  };
}

const graph: GraphData = {
  rootKey: reseller.key,
  nodes: new Map([reseller, provider, directBill, woodgrove, org].map((n) => [n.key, n])),
  edges: new Map(
    [
      edge('SUPPLIES', provider, reseller),
      edge('SELLS_TO', reseller, woodgrove),
      edge('SELLS_TO', directBill, woodgrove),
      edge('ACCOUNT_OF', reseller, org),
    ].map((e) => [e.key, e]),
  ),
  broughtBy: new Map(),
  groups: new Map(),
  omittedNodes: 0,
};

const finding: Finding = {
  key: 'cross-region-sale|fabrikam|woodgrove',
  ruleId: 'cross-region-sale',
  title: 'Sale to a customer outside the partner region',
  severity: 'CRITICAL',
  message: 'm',
  subjects: ['fabrikam', 'woodgrove'],
  region: 'Europe',
  status: 'OPEN',
  partner: { id: 'fabrikam', name: 'Fabrikam' },
  rule: null,
  evidence: {
    nodes: [
      { label: 'Partner', id: 'fabrikam', name: 'Fabrikam' },
      { label: 'Customer', id: 'woodgrove', name: 'Woodgrove' },
    ],
    edges: [{ type: 'SELLS_TO', from: 'fabrikam', to: 'woodgrove' }],
  },
  entities: [
    { kind: 'PARTNER', id: 'fabrikam', name: 'Fabrikam' },
    { kind: 'CUSTOMER', id: 'woodgrove', name: 'Woodgrove' },
  ],
};

describe('buildDrawing', () => {
  it('hides other regions but never the root or pinned evidence, and keeps entities without a region', () => {
    const view = { ...defaultViewState(), filters: { ...defaultViewState().filters, regions: ['Europe'] } };
    const plain = buildDrawing(graph, view, [], null);
    expect(plain.visible.nodes.map((n) => n.id).sort()).toEqual(['fabrikam', 'fabrikam-sas', 'litware']);
    const evidence = { findingKey: finding.key, nodeKeys: new Set([woodgrove.key]), edgeKeys: new Set<string>() };
    const pinned = buildDrawing(graph, view, [finding], evidence);
    expect(pinned.visible.nodes.map((n) => n.id)).toContain('woodgrove');
  });

  it('keeps only partner accounts of the chosen roles', () => {
    const view = { ...defaultViewState(), filters: { ...defaultViewState().filters, roles: ['DIRECT_BILL' as const] } };
    const drawn = buildDrawing(graph, view, [], null)
      .visible.nodes.map((n) => n.id)
      .sort();
    expect(drawn).toEqual(['fabrikam', 'fabrikam-sas', 'trey', 'woodgrove']);
  });

  it("flags by each entity's own open findings, or by the listed ones under a rule filter, and flags shared edges", () => {
    const open = buildDrawing(graph, defaultViewState(), [finding], null);
    const byId = new Map(open.elements.map((e) => [e.data.id, e]));
    expect(byId.get(reseller.key)?.classes).toEqual(expect.arrayContaining(['flagged', 'sev-high', 'root']));
    expect(byId.get(reseller.key)?.data.findings).toBe(2);
    expect(byId.get(`${reseller.key}>${woodgrove.key}`)?.classes).toEqual(
      expect.arrayContaining(['flagged', 'sev-critical']),
    );
    expect(byId.get(`${directBill.key}>${woodgrove.key}`)?.classes).not.toContain('flagged');

    const filtered = {
      ...defaultViewState(),
      filters: { ...defaultViewState().filters, ruleIds: ['cross-region-sale'] },
    };
    const narrowed = new Map(buildDrawing(graph, filtered, [finding], null).elements.map((e) => [e.data.id, e]));
    expect(narrowed.get(reseller.key)?.data.findings).toBe(1);
    expect(narrowed.get(reseller.key)?.classes).toContain('sev-critical');
  });

  it('draws with the stylesheet headless: shapes by role, severity borders, a badge image on flagged nodes', () => {
    const drawing = buildDrawing(graph, defaultViewState(), [finding], null);
    for (const webgl of [false, true]) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style: graphStyle({ webgl }),
        elements: drawing.elements,
      });
      expect(cy.getElementById(provider.key).style('shape')).toBe('hexagon');
      expect(cy.getElementById(directBill.key).style('shape')).toBe('diamond');
      expect(cy.getElementById(woodgrove.key).style('shape')).toBe('ellipse');
      const flagged = cy.getElementById(reseller.key);
      expect(flagged.style('border-color')).toBe('rgb(188,76,0)');
      expect(String(flagged.style('background-image'))).toContain('data:image/svg+xml');
      // One line in 12 px, cut with an ellipsis at its width: the region is in the tooltip and the details.
      expect(cy.getElementById(reseller.key).style('label')).toBe('fabrikam name');
      expect(cy.getElementById(reseller.key).style('font-size')).toBe('12px');
      expect(cy.getElementById(reseller.key).style('text-wrap')).toBe('ellipsis');
      cy.destroy();
    }
  });
});
