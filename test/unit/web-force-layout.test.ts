// The force layout computed apart from the drawing (in the explorer, in a worker): every node gets a finite place,
// and nodes do not pile up on one another.
import { describe, expect, it } from 'vitest';
import { forceLayoutPositions } from '../../web/src/force-layout';

describe('forceLayoutPositions', () => {
  it('places every node of a star and its ring apart from the others', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => `leaf-${i}`);
    const elements = [
      { group: 'nodes' as const, data: { id: 'hub' } },
      ...leaves.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...leaves.map((id) => ({ group: 'edges' as const, data: { id: `hub-${id}`, source: 'hub', target: id } })),
    ];
    const positions = forceLayoutPositions(elements);
    expect([...positions.keys()].sort()).toEqual(['hub', ...leaves].sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    const points = [...positions.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i] as { x: number; y: number };
        const b = points[j] as { x: number; y: number };
        closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      }
    expect(closest).toBeGreaterThan(10);
  });
});
