/** Neo4j values to plain JavaScript: Integers to numbers, nodes and relationships to their properties. */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const v = value as { properties?: unknown; labels?: unknown; type?: unknown };
    if (v.properties && (v.labels || v.type)) return toPlain(v.properties);
    if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
