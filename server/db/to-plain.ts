// Converts Neo4j driver values (Integer, temporal types, nodes) to plain JavaScript, in one place.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

/** Neo4j dates become ISO strings ('2024-05-01'); integers become numbers (ids and counts stay far below 2^53). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return { labels: value.labels, ...plainObject(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) result[key] = toPlain(inner);
  return result;
}

/** A record as a plain row: its columns by name, each value plain. */
export function recordToPlain(record: Neo4jRecord): Record<string, unknown> {
  return plainObject(record.toObject());
}
