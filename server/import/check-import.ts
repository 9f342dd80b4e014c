// Checks across records: repeated keys, self-links and date order within the import, then references,
// countries and PartnerIDs against the graph.
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { type ImportIssue, quote } from './import-error';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from './import-schema';
import { type ImportSource, issueAt, type SourceRecord } from './import-source';

/** The records as read, without the fields (or whole records) that already have a problem. */
export type CheckableRecords = Record<CollectionKey, SourceRecord[]>;

type EntityKey = 'organizations' | 'tenants' | 'partners' | 'customers';

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

/** Every field that names another record, and which collection that record belongs to. */
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

/** How many ids one graph lookup sends. */
const LOOKUP_BATCH = 10_000;

/** Leaves out what validation refused, so the checks below judge every other value and one run reports all. */
export function checkableRecords(source: ImportSource, refused: readonly ImportIssue[]): CheckableRecords {
  const where = (file: string, record: string, field: string) => `${file}\u0000${record}\u0000${field}`;
  const flagged = new Set(refused.map((issue) => where(issue.file, issue.record, issue.field)));
  const checkable = (record: SourceRecord): SourceRecord => ({
    at: record.at,
    value: Object.fromEntries(
      Object.entries(record.value).filter(([field]) => !flagged.has(where(record.at.file, record.at.record, field))),
    ),
  });
  return Object.fromEntries(
    COLLECTION_KEYS.map((key) => [
      key,
      (source.records[key] ?? [])
        .filter((record) => !flagged.has(where(record.at.file, record.at.record, '')))
        .map(checkable),
    ]),
  ) as CheckableRecords;
}

function text(record: SourceRecord, field: string): string | undefined {
  const value = record.value[field];
  return typeof value === 'string' ? value : undefined;
}

/** Problems visible in the import alone. */
export function checkWithinImport(records: CheckableRecords): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { collection, fields } of UNIQUE_KEYS) {
    const first = new Map<string, string>();
    for (const record of records[collection]) {
      const values = fields.map((field) => text(record, field));
      if (values.includes(undefined)) continue;
      const key = JSON.stringify(values);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, record.at.record);
      } else if (fields.length === 1) {
        issues.push(
          issueAt(record.at, fields[0] as string, `repeats ${quote(values[0])}, already given at ${earlier}`),
        );
      } else {
        issues.push(
          issueAt(record.at, fields.join(', '), `repeats the relationship at ${earlier} (same ${fields.join(', ')})`),
        );
      }
    }
  }
  for (const { collection, from, to, reason } of SELF_LINKS) {
    for (const record of records[collection]) {
      const start = text(record, from);
      if (start !== undefined && start === text(record, to)) issues.push(issueAt(record.at, to, reason));
    }
  }
  for (const collection of DATED_LINKS) {
    for (const record of records[collection]) {
      const since = text(record, 'since');
      const until = text(record, 'until');
      if (since !== undefined && until !== undefined && until < since) {
        issues.push(issueAt(record.at, 'until', `${quote(until)} is before since ${quote(since)}`));
      }
    }
  }
  return issues;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Ids of every record of a collection that names one, valid or not: a reference to a record that has its own
 * error is not reported a second time. */
function idsInImport(source: ImportSource, key: EntityKey): Set<string> {
  const ids = new Set<string>();
  for (const record of source.records[key] ?? []) {
    if (typeof record.value.id === 'string') ids.add(record.value.id);
  }
  return ids;
}

async function existingIds(executor: Executor, wanted: Record<EntityKey, string[]>): Promise<Set<string>> {
  const found = new Set<string>();
  const lists = Object.fromEntries(
    Object.entries(wanted).map(([key, ids]) => [key, chunks(ids, LOOKUP_BATCH)]),
  ) as Record<EntityKey, string[][]>;
  const rounds = Math.max(0, ...Object.values(lists).map((batches) => batches.length));
  for (let round = 0; round < rounds; round++) {
    const rows = await executor.read<{ collection: EntityKey; id: string }>(cypher('import/find-existing-ids.cypher'), {
      organizationIds: lists.organizations[round] ?? [],
      tenantIds: lists.tenants[round] ?? [],
      partnerIds: lists.partners[round] ?? [],
      customerIds: lists.customers[round] ?? [],
    });
    for (const row of rows) found.add(`${row.collection}\u0000${row.id}`);
  }
  return found;
}

async function checkReferences(
  executor: Executor,
  records: CheckableRecords,
  source: ImportSource,
): Promise<ImportIssue[]> {
  const inImport = {
    organizations: idsInImport(source, 'organizations'),
    tenants: idsInImport(source, 'tenants'),
    partners: idsInImport(source, 'partners'),
    customers: idsInImport(source, 'customers'),
  };
  const wanted: Record<EntityKey, Set<string>> = {
    organizations: new Set(),
    tenants: new Set(),
    partners: new Set(),
    customers: new Set(),
  };
  for (const { collection, field, target } of REFERENCES) {
    for (const record of records[collection]) {
      const id = text(record, field);
      if (id !== undefined && !inImport[target].has(id)) wanted[target].add(id);
    }
  }
  const found = await existingIds(executor, {
    organizations: [...wanted.organizations],
    tenants: [...wanted.tenants],
    partners: [...wanted.partners],
    customers: [...wanted.customers],
  });
  const issues: ImportIssue[] = [];
  for (const { collection, field, target } of REFERENCES) {
    for (const record of records[collection]) {
      const id = text(record, field);
      if (id === undefined || inImport[target].has(id) || found.has(`${target}\u0000${id}`)) continue;
      issues.push(
        issueAt(
          record.at,
          field,
          `names ${ENTITY_NAMES[target]} ${quote(id)}, which is neither in the import nor in the graph`,
        ),
      );
    }
  }
  return issues;
}

async function checkCountries(executor: Executor, records: CheckableRecords): Promise<ImportIssue[]> {
  const [table] = await executor.read<{ asOf: string | null; codes: string[] }>(
    cypher('import/region-countries.cypher'),
  );
  const codes = new Set(table?.codes ?? []);
  const tableName = table?.asOf
    ? `the region table in force (as of ${table.asOf})`
    : 'the region table (none is loaded)';
  const issues: ImportIssue[] = [];
  for (const collection of MARKET_COUNTRY_COLLECTIONS) {
    for (const record of records[collection]) {
      const country = text(record, 'country');
      if (country !== undefined && !codes.has(country))
        issues.push(issueAt(record.at, 'country', `${quote(country)} is not a country of ${tableName}`));
    }
  }
  return issues;
}

/** A PartnerID already held by a partner account that this import does not also rewrite. */
async function checkPartnerIds(
  executor: Executor,
  records: CheckableRecords,
  source: ImportSource,
): Promise<ImportIssue[]> {
  const importedIds = idsInImport(source, 'partners');
  const partners = records.partners.flatMap((record) => {
    const mpnId = text(record, 'mpnId');
    return mpnId === undefined ? [] : [{ record, mpnId, id: text(record, 'id') }];
  });
  const holders = new Map<string, string>();
  for (const batch of chunks(
    partners.map((partner) => partner.mpnId),
    LOOKUP_BATCH,
  )) {
    const rows = await executor.read<{ mpnId: string; id: string }>(cypher('import/find-partners-by-mpn-id.cypher'), {
      mpnIds: batch,
    });
    for (const row of rows) holders.set(row.mpnId, row.id);
  }
  const issues: ImportIssue[] = [];
  for (const { record, mpnId, id } of partners) {
    const holder = holders.get(mpnId);
    if (holder !== undefined && holder !== id && !importedIds.has(holder)) {
      issues.push(
        issueAt(
          record.at,
          'mpnId',
          `${quote(mpnId)} is already the PartnerID of partner ${quote(holder)} in the graph`,
        ),
      );
    }
  }
  return issues;
}

/** Problems that need the graph: references to records outside the import, countries, PartnerIDs in use. */
export async function checkAgainstGraph(
  executor: Executor,
  records: CheckableRecords,
  source: ImportSource,
): Promise<ImportIssue[]> {
  return [
    ...(await checkReferences(executor, records, source)),
    ...(await checkCountries(executor, records)),
    ...(await checkPartnerIds(executor, records, source)),
  ];
}
