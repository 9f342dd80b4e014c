// Positions for nodes that join a force-laid-out view: beside the neighbours already placed, so the picture the
// user has learned stays put (the layout is not run again for every expansion).
import type { Position } from './tiered-layout';

/** Golden angle: successive nodes around one centre never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function placeNewNodes(
  newKeys: readonly string[],
  known: ReadonlyMap<string, Position>,
  neighbours: (key: string) => Iterable<string>,
  spacing = 60,
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const around = new Map<string, number>();
  let fallbackX = 0;
  let fallbackY = 0;
  for (const position of known.values()) {
    fallbackX = Math.max(fallbackX, position.x);
    fallbackY = Math.min(fallbackY, position.y);
  }
  for (const key of newKeys) {
    const anchors: Position[] = [];
    for (const other of neighbours(key)) {
      const position = known.get(other) ?? placed.get(other);
      if (position) anchors.push(position);
    }
    const centre =
      anchors.length > 0
        ? {
            x: anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length,
            y: anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length,
          }
        : { x: fallbackX + spacing * 2, y: fallbackY };
    const id = `${Math.round(centre.x)},${Math.round(centre.y)}`;
    const index = (around.get(id) ?? 0) + 1;
    around.set(id, index);
    const radius = spacing * Math.sqrt(index);
    placed.set(key, {
      x: centre.x + radius * Math.cos(index * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(index * GOLDEN_ANGLE),
    });
  }
  return placed;
}
