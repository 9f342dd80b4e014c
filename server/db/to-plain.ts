// Converts Neo4j driver values (Integer, temporal types, nodes) to plain JavaScript, in one place.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

/** The driver's temporal classes: each becomes its ISO text. Checked by class, once per object: every value of every
 * row passes here, and the driver's own is*() tests cost a property probe each. */
const TEMPORAL_TYPES: ReadonlySet<unknown> = new Set([
  neo4j.types.Date,
  neo4j.types.DateTime,
  neo4j.types.LocalDateTime,
  neo4j.types.Time,
  neo4j.types.LocalTime,
  neo4j.types.Duration,
]);

/** Neo4j dates become ISO strings ('2024-05-01'); integers become numbers (ids and counts stay far below 2^53). */
export function toPlain(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return value === undefined ? null : value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  const kind = (value as object).constructor;
  if (kind === Object) return plainObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (TEMPORAL_TYPES.has(kind)) return String(value);
  if (neo4j.isNode(value)) return { labels: value.labels, ...plainObject(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  return plainObject(value as Record<string, unknown>);
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key in object) {
    if (Object.hasOwn(object, key)) result[key] = toPlain(object[key]);
  }
  return result;
}

/** A record as a plain row: its columns by name, each value plain. */
export function recordToPlain(record: Neo4jRecord): Record<string, unknown> {
  return plainObject(record.toObject());
}
