// The layered placement of the explorer: one band per tier (provider, reseller, customer, ...), computed in
// near-linear time so it serves 10,000 elements where dagre or ELK would take a minute.
import type { EntityKind, PartnerRole } from './api-shapes';
import { primaryRole } from './entity-words';

export interface Position {
  x: number;
  y: number;
}

export interface TieredNode {
  key: string;
  tier: number;
}

export interface TieredEdge {
  source: string;
  target: string;
}

export interface TieredOptions {
  /** Horizontal distance between neighbours in a row. */
  columnGap?: number;
  /** Vertical distance between the rows of one tier. */
  rowGap?: number;
  /** Extra vertical distance between two tiers. */
  tierGap?: number;
  /** Barycentre sweeps (down, up, down, ...); each is O(n log n + m). */
  sweeps?: number;
}

/** Top to bottom: who owns, who supplies, who resells, what is sold, to whom, on which tenant. */
const TIER_OF_KIND: Record<EntityKind, number> = {
  ORGANIZATION: 0,
  PARTNER: 2,
  SUBSCRIPTION: 3,
  CUSTOMER: 4,
  TENANT: 5,
};

export function tierOf(kind: EntityKind, roles: readonly PartnerRole[]): number {
  if (kind === 'PARTNER' && primaryRole(roles) === 'INDIRECT_PROVIDER') return 1;
  return TIER_OF_KIND[kind];
}

/** How many columns a tier of `count` nodes gets: one row up to 40, then about four times wider than tall. */
export function columnsFor(count: number): number {
  return count <= 40 ? Math.max(count, 1) : Math.ceil(Math.sqrt(count * 4));
}

/**
 * Positions per tier. Within a tier, nodes are ordered by the mean position of their neighbours in the tiers
 * already placed (a few sweeps down and up keep crossings low); a long tier wraps column by column, so the
 * members of one parent stay together under it.
 */
export function tieredPositions(
  nodes: readonly TieredNode[],
  edges: readonly TieredEdge[],
  options: TieredOptions = {},
): Map<string, Position> {
  // Wider and taller than the largest box drawn (graph-style.ts): a flagged group node is 180 wide plus its border
  // and the badge's room, a flagged root about 90 tall; closer gaps let neighbours' boxes overlap.
  const columnGap = options.columnGap ?? 220;
  const rowGap = options.rowGap ?? 100;
  const tierGap = options.tierGap ?? 120;
  const sweeps = options.sweeps ?? 3;

  const tierOfKey = new Map(nodes.map((node) => [node.key, node.tier]));
  const tiers = [...new Set(nodes.map((node) => node.tier))].sort((a, b) => a - b);
  const orders = new Map<number, string[]>(tiers.map((tier) => [tier, []]));
  for (const node of nodes) orders.get(node.tier)?.push(node.key);

  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const edge of edges) {
    const a = tierOfKey.get(edge.source);
    const b = tierOfKey.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }

  // x of each node as a fraction of its tier's width, so tiers of different sizes compare.
  const fraction = new Map<string, number>();
  const place = (order: readonly string[]) => {
    for (const [index, key] of order.entries())
      fraction.set(key, order.length === 1 ? 0.5 : index / (order.length - 1));
  };
  for (const order of orders.values()) place(order);

  const reorder = (tier: number, from: 'above' | 'below') => {
    const order = orders.get(tier) as string[];
    const score = new Map<string, number>();
    order.forEach((key, index) => {
      let sum = 0;
      let count = 0;
      for (const other of neighbours.get(key) ?? []) {
        const otherTier = tierOfKey.get(other) as number;
        if (from === 'above' ? otherTier < tier : otherTier > tier) {
          sum += fraction.get(other) as number;
          count += 1;
        }
      }
      // Nodes without a neighbour on that side keep their place relative to the others.
      score.set(key, count > 0 ? sum / count : (fraction.get(key) ?? index / order.length));
    });
    order.sort((a, b) => (score.get(a) as number) - (score.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0));
    place(order);
  };

  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    const down = sweep % 2 === 0;
    const sequence = down ? tiers.slice(1) : tiers.slice(0, -1).reverse();
    for (const tier of sequence) reorder(tier, down ? 'above' : 'below');
  }

  const positions = new Map<string, Position>();
  let top = 0;
  for (const tier of tiers) {
    const order = orders.get(tier) as string[];
    const columns = columnsFor(order.length);
    const rows = Math.ceil(order.length / columns);
    const usedColumns = Math.ceil(order.length / rows);
    order.forEach((key, index) => {
      const column = Math.floor(index / rows);
      const row = index % rows;
      positions.set(key, { x: (column - (usedColumns - 1) / 2) * columnGap, y: top + row * rowGap });
    });
    top += (rows - 1) * rowGap + tierGap;
  }
  return positions;
}
