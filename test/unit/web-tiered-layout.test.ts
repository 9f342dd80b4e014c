// The layered placement: tiers top to bottom, members under their parents, long tiers wrapped, 10,000 nodes fast.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { columnsFor, tieredPositions, tierOf } from '../../web/src/tiered-layout';

describe('tierOf', () => {
  it('puts providers above resellers and direct-bill partners, then subscriptions, customers and tenants', () => {
    const provider = tierOf('PARTNER', ['INDIRECT_RESELLER', 'INDIRECT_PROVIDER']);
    const reseller = tierOf('PARTNER', ['INDIRECT_RESELLER']);
    const directBill = tierOf('PARTNER', ['DIRECT_BILL']);
    expect(tierOf('ORGANIZATION', [])).toBeLessThan(provider);
    expect(provider).toBeLessThan(reseller);
    expect(directBill).toBe(reseller);
    expect(reseller).toBeLessThan(tierOf('SUBSCRIPTION', []));
    expect(tierOf('SUBSCRIPTION', [])).toBeLessThan(tierOf('CUSTOMER', []));
    expect(tierOf('CUSTOMER', [])).toBeLessThan(tierOf('TENANT', []));
  });
});

describe('tieredPositions', () => {
  it('places each tier below the one before and each member under its own parent', () => {
    const nodes = [
      { key: 'p', tier: 1 },
      { key: 'r-b', tier: 2 },
      { key: 'r-a', tier: 2 },
      { key: 'c-a1', tier: 4 },
      { key: 'c-b1', tier: 4 },
      { key: 'c-a2', tier: 4 },
      { key: 'c-b2', tier: 4 },
    ];
    const edges = [
      { source: 'p', target: 'r-a' },
      { source: 'p', target: 'r-b' },
      { source: 'r-a', target: 'c-a1' },
      { source: 'r-a', target: 'c-a2' },
      { source: 'r-b', target: 'c-b1' },
      { source: 'r-b', target: 'c-b2' },
    ];
    const positions = tieredPositions(nodes, edges);
    const at = (key: string) => positions.get(key) as { x: number; y: number };
    expect(at('p').y).toBeLessThan(at('r-a').y);
    expect(at('r-a').y).toBe(at('r-b').y);
    expect(at('r-a').y).toBeLessThan(at('c-a1').y);
    const [left, right] = at('r-a').x < at('r-b').x ? ['a', 'b'] : ['b', 'a'];
    const maxLeft = Math.max(at(`c-${left}1`).x, at(`c-${left}2`).x);
    const minRight = Math.min(at(`c-${right}1`).x, at(`c-${right}2`).x);
    expect(maxLeft).toBeLessThan(minRight);
  });

  it('wraps a long tier into columns and gives every node its own place', () => {
    expect(columnsFor(12)).toBe(12);
    expect(columnsFor(10_000)).toBe(200);
    const nodes = [{ key: 'hub', tier: 2 }, ...Array.from({ length: 2000 }, (_, i) => ({ key: `c${i}`, tier: 4 }))];
    const edges = nodes.slice(1).map((n) => ({ source: 'hub', target: n.key }));
    const positions = tieredPositions(nodes, edges);
    const distinct = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBe(2001);
    const rows = new Set(nodes.slice(1).map((n) => positions.get(n.key)?.y));
    expect(rows.size).toBeGreaterThan(1);
  });

  it('places 10,000 nodes in well under a second and Cytoscape takes them as a preset', () => {
    const nodes = [{ key: 'p', tier: 1 }];
    const edges: { source: string; target: string }[] = [];
    for (let r = 0; r < 100; r += 1) {
      nodes.push({ key: `r${r}`, tier: 2 });
      edges.push({ source: 'p', target: `r${r}` });
      for (let c = 0; c < 99; c += 1) {
        nodes.push({ key: `c${r}-${c}`, tier: 4 });
        edges.push({ source: `r${r}`, target: `c${r}-${c}` });
      }
    }
    const started = performance.now();
    const positions = tieredPositions(nodes, edges);
    const elapsed = performance.now() - started;
    expect(positions.size).toBe(nodes.length);
    expect(elapsed).toBeLessThan(1000);
    const cy = cytoscape({
      headless: true,
      elements: nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.key } })),
    });
    cy.layout({ name: 'preset', positions: Object.fromEntries(positions) }).run();
    expect(cy.getElementById('r0').position()).toEqual(positions.get('r0'));
    cy.destroy();
  });
});
