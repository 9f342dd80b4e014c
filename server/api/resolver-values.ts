// What a resolver may hand back for an object with no resolver of its own: graphql-js reads each field as the value,
// a promise of it, or a function it calls (with the field's arguments) for either. Connections use the last to load
// each node only when it is asked for. A node whose entity has gone since its page was read loads as null and
// GraphQL reports its non-null field as an error.
export type Lazy<T> = {
  [K in keyof T]: T[K] | Promise<T[K]> | (() => T[K] | Promise<T[K] | null>);
};

/** The row a non-null field names by id. It was in the graph when its parent was read; one gone since is a fault of
 * this request, not a null to hand out. */
export async function present<T>(row: Promise<T | null>, what: string): Promise<T> {
  const value = await row;
  if (value === null) throw new Error(`${what} is no longer in the graph`);
  return value;
}
