// Collects the import-format records converted from a Partner Center export, each with the export record it came
// from, so that a problem the importer finds in a converted record can be told in the export's own terms.
import { COLLECTION_KEYS, type CollectionKey, IMPORT_FORMAT, IMPORT_VERSION } from '../import-schema';
import type { PcPlace } from './pc-record';

/** The export record a converted record came from, and which export field each of its fields was read from ('' for
 * a field the conversion derived from the record as a whole). */
export interface Origin {
  at: PcPlace;
  fields: Record<string, string>;
}

export type Fields = Record<string, unknown>;

export class DocumentBuilder {
  readonly records = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, []])) as unknown as Record<
    CollectionKey,
    Fields[]
  >;
  readonly origins = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, []])) as unknown as Record<
    CollectionKey,
    Origin[]
  >;
  private readonly keys = new Set<string>();

  /** Adds a record; fields left undefined are left out, as the format reads an absent value. */
  add(collection: CollectionKey, value: Fields, origin: Origin): void {
    this.records[collection].push(
      Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '')),
    );
    this.origins[collection].push(origin);
  }

  /** Adds a record that several export records may imply (a tenant, an organization, a relationship) unless one with
   * the same key was added already: the first to be added wins. */
  addOnce(collection: CollectionKey, key: string, value: Fields, origin: Origin): void {
    const unique = `${collection}\u0000${key}`;
    if (this.keys.has(unique)) return;
    this.keys.add(unique);
    this.add(collection, value, origin);
  }

  /** The import format's JSON document. */
  document(): Fields {
    const collections = COLLECTION_KEYS.filter((key) => this.records[key].length > 0).map((key) => [
      key,
      this.records[key],
    ]);
    return { format: IMPORT_FORMAT, version: IMPORT_VERSION, ...Object.fromEntries(collections) };
  }
}
