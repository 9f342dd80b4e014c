// Checks across records: repeated keys, self-links and date order within the import, then references,
// countries and PartnerIDs against the graph. Records are fed one at a time, so a large import is checked in one
// streaming pass that keeps only keys and ids, never the records themselves.
import { z } from 'zod';
import { readRows } from '../db/checked-rows';
import { cypher, inBatch } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { inParallel } from '../shared/in-parallel';
import { type ImportIssue, quote } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './import-schema';
import { type ImportSource, issueAt, type RecordLocation, type SourceRecord } from './import-source';

/** The records as read, without the fields (or whole records) that already have a problem. */
export type CheckableRecords = Record<CollectionKey, SourceRecord[]>;

const ENTITY_KEYS = ['organizations', 'tenants', 'partners', 'customers'] as const satisfies readonly CollectionKey[];
type EntityKey = (typeof ENTITY_KEYS)[number];

const ENTITY_NAMES: Record<EntityKey, string> = {
  organizations: 'organization',
  tenants: 'tenant',
  partners: 'partner',
  customers: 'customer',
};

/** Fields that must be unique together within a collection: each record's key, and a partner's PartnerID. */
const UNIQUE_KEYS: { collection: CollectionKey; fields: readonly string[] }[] = [
  ...COLLECTION_KEYS.map((collection) => ({ collection, fields: COLLECTIONS[collection].key })),
  { collection: 'partners', fields: ['mpnId'] },
];

/** Every field that names another record, and which collection that record belongs to. Each target collection is
 * read before the collections that point at it, so an id not seen yet is not in the import. */
const REFERENCES: { collection: CollectionKey; field: string; target: EntityKey }[] = [
  { collection: 'ownerships', field: 'ownerId', target: 'organizations' },
  { collection: 'ownerships', field: 'ownedId', target: 'organizations' },
  { collection: 'partners', field: 'organizationId', target: 'organizations' },
  { collection: 'partners', field: 'tenantId', target: 'tenants' },
  { collection: 'customers', field: 'tenantId', target: 'tenants' },
  { collection: 'customers', field: 'organizationId', target: 'organizations' },
  { collection: 'supplies', field: 'providerId', target: 'partners' },
  { collection: 'supplies', field: 'resellerId', target: 'partners' },
  { collection: 'resellerRelationships', field: 'partnerId', target: 'partners' },
  { collection: 'resellerRelationships', field: 'customerId', target: 'customers' },
  { collection: 'managementRelationships', field: 'partnerId', target: 'partners' },
  { collection: 'managementRelationships', field: 'customerId', target: 'customers' },
  { collection: 'subscriptions', field: 'customerId', target: 'customers' },
  { collection: 'subscriptions', field: 'billedById', target: 'partners' },
  { collection: 'subscriptions', field: 'tenantId', target: 'tenants' },
  { collection: 'subscriptions', field: 'resellerOfRecordId', target: 'partners' },
];

/** Collections whose `country` must be a market of the region table (an organization's seat may be anywhere). */
const MARKET_COUNTRY_COLLECTIONS: CollectionKey[] = ['tenants', 'partners', 'customers'];

/** Links that may not point back at their own start. */
const SELF_LINKS: { collection: CollectionKey; from: string; to: string; reason: string }[] = [
  { collection: 'ownerships', from: 'ownerId', to: 'ownedId', reason: 'is the owner itself' },
  { collection: 'supplies', from: 'providerId', to: 'resellerId', reason: 'is the provider itself' },
];

const DATED_LINKS: CollectionKey[] = ['supplies', 'resellerRelationships', 'managementRelationships'];

/** The checks that apply to each collection. */
const CHECKS_OF = Object.fromEntries(
  COLLECTION_KEYS.map((collection) => [
    collection,
    {
      references: REFERENCES.filter((reference) => reference.collection === collection),
      selfLinks: SELF_LINKS.filter((check) => check.collection === collection),
      dated: DATED_LINKS.includes(collection),
      marketCountry: MARKET_COUNTRY_COLLECTIONS.includes(collection),
    },
  ]),
) as Record<
  CollectionKey,
  { references: typeof REFERENCES; selfLinks: typeof SELF_LINKS; dated: boolean; marketCountry: boolean }
>;

/** How many ids one graph lookup sends. */
const LOOKUP_BATCH = 10_000;
/** Graph lookups of one check sent at once: Neo4j runs each on a core of its own. */
export const LOOKUP_SESSIONS = 2;

/** A copy of a text that shares no memory with the text it was cut from. A cell split from a CSV line may be a view
 * of the whole chunk of the file it was read in; a kept id must not keep that chunk alive (at 1,000,000 customers,
 * the whole input). */
function owned(text: string): string {
  return ` ${text}`.slice(1);
}

/** The map key of several key fields' values. */
function compositeKey(values: readonly string[]): string {
  return JSON.stringify(values);
}

function where(file: string, record: string, field: string): string {
  return `${file}\u0000${record}\u0000${field}`;
}

/** A record without the fields that validation refused (so the checks judge every other value and one run reports
 * all problems); undefined when the whole record was refused. */
export function checkableRecord(record: SourceRecord, refused: readonly ImportIssue[]): SourceRecord | undefined {
  if (refused.length === 0) return record;
  const flagged = new Set(refused.map((issue) => where(issue.file, issue.record, issue.field)));
  const at = record.at;
  if (flagged.has(where(at.file, at.record, ''))) return undefined;
  return {
    at,
    value: Object.fromEntries(
      Object.entries(record.value).filter(([field]) => !flagged.has(where(at.file, at.record, field))),
    ),
  };
}

function text(record: SourceRecord, field: string): string | undefined {
  const value = record.value[field];
  return typeof value === 'string' ? value : undefined;
}

/** `items` cut into lists of at most `size`, in order. */
export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** A row of cypher/import/region-countries.cypher: the region table's as-of date (none loaded: null) and its countries. */
const marketsRow = z.object({ asOf: z.string().nullable(), codes: z.array(z.string()) });
/** A row of cypher/import/find-partners-by-mpn-id.cypher: a partner account that holds one of the PartnerIDs. */
export const partnerByMpnIdRow = z.object({ mpnId: z.string(), id: z.string() });
/** A row of cypher/import/find-existing-ids.cypher: an entity the graph already holds. */
const existingIdRow = z.object({ collection: z.enum(ENTITY_KEYS), id: z.string() });

/** The region table in force, as the country check needs it. */
interface Markets {
  codes: Set<string>;
  name: string;
}

async function loadMarkets(executor: Executor): Promise<Markets> {
  const [table] = await readRows(executor, marketsRow, cypher('import/region-countries.cypher'));
  return {
    codes: new Set(table?.codes ?? []),
    name: table?.asOf ? `the region table in force (as of ${table.asOf})` : 'the region table (none is loaded)',
  };
}

/** Takes the records of an import one at a time, collection by collection in COLLECTIONS order, and keeps what the
 * checks need: the first place of every key, the ids of the import, and the references it could not resolve. */
export class ImportChecker {
  /** Problems visible in the import alone. */
  readonly withinImport: ImportIssue[] = [];
  private readonly countryIssues: ImportIssue[] = [];
  /** Per collection, each set of fields that must be unique, with the first place of every value seen. */
  private readonly firstAt = Object.fromEntries(
    COLLECTION_KEYS.map((collection) => [
      collection,
      UNIQUE_KEYS.filter((unique) => unique.collection === collection).map(({ fields }) => ({
        fields,
        first: new Map<string, string>(),
      })),
    ]),
  ) as Record<CollectionKey, { fields: readonly string[]; first: Map<string, string> }[]>;
  private readonly ids = Object.fromEntries(ENTITY_KEYS.map((key) => [key, new Set<string>()])) as Record<
    EntityKey,
    Set<string>
  >;
  /** References to ids the import does not hold: id -> where they are made. */
  private readonly unresolved = Object.fromEntries(ENTITY_KEYS.map((key) => [key, new Map()])) as Record<
    EntityKey,
    Map<string, { at: RecordLocation; field: string }[]>
  >;
  private readonly partnerIds: { at: RecordLocation; mpnId: string; id: string | undefined }[] = [];

  /** Without markets, countries are not checked (as in a check within the import alone). */
  constructor(private readonly markets?: Markets) {}

  /** A checker that also judges countries against the region table in the graph. Given the collections it will
   * check, it reads the table only when one of them has a country: a check of relationships or subscriptions alone
   * (a what-if proposal, most often) saves the read. */
  static async forGraph(executor: Executor, collections?: readonly CollectionKey[]): Promise<ImportChecker> {
    const countries = collections?.some((collection) => MARKET_COUNTRY_COLLECTIONS.includes(collection)) ?? true;
    return new ImportChecker(countries ? await loadMarkets(executor) : undefined);
  }

  /** Notes the id of any record, valid or not: a reference to a record that has its own error is not reported a
   * second time. */
  noteRecord(collection: CollectionKey, record: SourceRecord): void {
    if (!(ENTITY_KEYS as readonly CollectionKey[]).includes(collection)) return;
    const id = record.value.id;
    if (typeof id === 'string') this.ids[collection as EntityKey].add(owned(id));
  }

  /** The organizations the import names: a snapshot speaks for them. */
  organizationIds(): string[] {
    return [...this.ids.organizations];
  }

  /** Whether the import holds a record of the collection with these values of its key fields. */
  holds(collection: CollectionKey, keyValues: readonly string[]): boolean {
    const [key] = this.firstAt[collection];
    if (!key) return false;
    return key.first.has(keyValues.length === 1 ? (keyValues[0] as string) : compositeKey(keyValues));
  }

  /** Checks one record, without the fields validation refused (see checkableRecord). An import checks millions of
   * records: what applies to a collection is looked up once (CHECKS_OF), not filtered per record. */
  add(collection: CollectionKey, record: SourceRecord): void {
    const checks = CHECKS_OF[collection];
    this.checkUnique(collection, record);
    for (const check of checks.selfLinks) {
      const start = text(record, check.from);
      if (start !== undefined && start === text(record, check.to))
        this.withinImport.push(issueAt(record.at, check.to, check.reason));
    }
    if (checks.dated) {
      const since = text(record, 'since');
      const until = text(record, 'until');
      if (since !== undefined && until !== undefined && until < since) {
        this.withinImport.push(issueAt(record.at, 'until', `${quote(until)} is before since ${quote(since)}`));
      }
    }
    if (this.markets && checks.marketCountry) {
      const country = text(record, 'country');
      if (country !== undefined && !this.markets.codes.has(country)) {
        this.countryIssues.push(
          issueAt(record.at, 'country', `${quote(country)} is not a country of ${this.markets.name}`),
        );
      }
    }
    for (const { field, target } of checks.references) {
      const id = text(record, field);
      if (id === undefined || this.ids[target].has(id)) continue;
      const places = this.unresolved[target].get(id);
      if (places) places.push({ at: record.at, field });
      else this.unresolved[target].set(owned(id), [{ at: record.at, field }]);
    }
    if (collection === 'partners') {
      const mpnId = text(record, 'mpnId');
      const id = text(record, 'id');
      if (mpnId !== undefined) this.partnerIds.push({ at: record.at, mpnId: owned(mpnId), id: id && owned(id) });
    }
  }

  private checkUnique(collection: CollectionKey, record: SourceRecord): void {
    for (const { fields, first } of this.firstAt[collection]) {
      let key: string | undefined;
      if (fields.length === 1) {
        key = text(record, fields[0] as string);
        if (key === undefined) continue;
      } else {
        const values = fields.map((field) => text(record, field));
        if (values.includes(undefined)) continue;
        key = compositeKey(values as string[]);
      }
      const earlier = first.get(key);
      if (earlier === undefined) {
        // A composite key is a new string already; a single field's value may be a view of its CSV chunk.
        first.set(fields.length === 1 ? owned(key) : key, record.at.record);
      } else if (fields.length === 1) {
        this.withinImport.push(
          issueAt(record.at, fields[0] as string, `repeats ${quote(key)}, already given at ${earlier}`),
        );
      } else {
        this.withinImport.push(
          issueAt(record.at, fields.join(', '), `repeats the relationship at ${earlier} (same ${fields.join(', ')})`),
        );
      }
    }
  }

  /** Problems that need the graph: references to records outside the import, countries, PartnerIDs in use. */
  async againstGraph(executor: Executor): Promise<ImportIssue[]> {
    return [
      ...(await this.missingReferences(executor)),
      ...this.countryIssues,
      ...(await this.partnerIdsInUse(executor)),
    ];
  }

  private async missingReferences(executor: Executor): Promise<ImportIssue[]> {
    const lists = Object.fromEntries(
      ENTITY_KEYS.map((key) => [key, chunks([...this.unresolved[key].keys()], LOOKUP_BATCH)]),
    ) as Record<EntityKey, string[][]>;
    const found = new Set<string>();
    const rounds = Math.max(0, ...Object.values(lists).map((batches) => batches.length));
    await inParallel([...Array(rounds).keys()], LOOKUP_SESSIONS, async (round) => {
      const rows = await readRows(
        executor,
        existingIdRow,
        cypher('import/find-existing-ids.cypher'),
        inBatch({
          organizationIds: lists.organizations[round] ?? [],
          tenantIds: lists.tenants[round] ?? [],
          partnerIds: lists.partners[round] ?? [],
          customerIds: lists.customers[round] ?? [],
        }),
      );
      for (const row of rows) found.add(`${row.collection}\u0000${row.id}`);
    });
    const issues: ImportIssue[] = [];
    for (const target of ENTITY_KEYS) {
      for (const [id, places] of this.unresolved[target]) {
        if (found.has(`${target}\u0000${id}`)) continue;
        for (const { at, field } of places) {
          issues.push(
            issueAt(
              at,
              field,
              `names ${ENTITY_NAMES[target]} ${quote(id)}, which is neither in the import nor in the graph`,
            ),
          );
        }
      }
    }
    return issues;
  }

  /** A PartnerID already held by a partner account that this import does not also rewrite. */
  private async partnerIdsInUse(executor: Executor): Promise<ImportIssue[]> {
    const holders = new Map<string, string>();
    for (const batch of chunks(
      this.partnerIds.map((partner) => partner.mpnId),
      LOOKUP_BATCH,
    )) {
      const rows = await readRows(
        executor,
        partnerByMpnIdRow,
        cypher('import/find-partners-by-mpn-id.cypher'),
        inBatch({ mpnIds: batch }),
      );
      for (const row of rows) holders.set(row.mpnId, row.id);
    }
    const issues: ImportIssue[] = [];
    for (const { at, mpnId, id } of this.partnerIds) {
      const holder = holders.get(mpnId);
      if (holder !== undefined && holder !== id && !this.ids.partners.has(holder)) {
        issues.push(
          issueAt(at, 'mpnId', `${quote(mpnId)} is already the PartnerID of partner ${quote(holder)} in the graph`),
        );
      }
    }
    return issues;
  }
}

/** Problems visible in the import alone. */
export function checkWithinImport(records: CheckableRecords): ImportIssue[] {
  const checker = new ImportChecker();
  for (const key of COLLECTION_KEYS) for (const record of records[key]) checker.add(key, record);
  return checker.withinImport;
}

/** Problems that need the graph: references to records outside the import, countries, PartnerIDs in use. */
export async function checkAgainstGraph(
  executor: Executor,
  records: CheckableRecords,
  source: ImportSource,
): Promise<ImportIssue[]> {
  const checker = await ImportChecker.forGraph(
    executor,
    COLLECTION_KEYS.filter((key) => records[key].length > 0),
  );
  for (const key of COLLECTION_KEYS) for (const record of source.records[key] ?? []) checker.noteRecord(key, record);
  for (const key of COLLECTION_KEYS) for (const record of records[key]) checker.add(key, record);
  return checker.againstGraph(executor);
}
