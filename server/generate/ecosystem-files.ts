// The CSV files of one generated ecosystem, in the import format (docs/import-format.md), one per collection.
import path from 'node:path';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, type RecordOf } from '../import/import-schema';
import { CsvFile, type CsvValue } from './csv-file';

/** The columns written for each collection: every field of the import format, in its order. */
export const COLUMNS = {
  organizations: ['id', 'name', 'country'],
  ownerships: ['ownerId', 'ownedId', 'share', 'directsManagement', 'since'],
  tenants: ['id', 'country', 'kind', 'cloud'],
  partners: [
    'id',
    'mpnId',
    'name',
    'organizationId',
    'tenantId',
    'country',
    'roles',
    'status',
    'mpaSignedOn',
    'onboardedOn',
    'enrolledOn',
  ],
  customers: ['id', 'name', 'tenantId', 'country', 'domain', 'organizationId'],
  supplies: ['providerId', 'resellerId', 'since', 'until', 'state'],
  resellerRelationships: ['partnerId', 'customerId', 'since', 'until'],
  managementRelationships: ['partnerId', 'customerId', 'kind', 'since', 'until'],
  subscriptions: [
    'id',
    'customerId',
    'billedById',
    'tenantId',
    'createdOn',
    'resellerOfRecordId',
    'offerId',
    'offerName',
    'status',
    'billingType',
  ],
} as const satisfies { [K in CollectionKey]: readonly (keyof RecordOf<K> & string)[] };

/** One row of collection K as CSV cells: dates already written YYYY-MM-DD, lists already joined with `;`. */
export type Row<K extends CollectionKey> = { [F in (typeof COLUMNS)[K][number]]: CsvValue };

/** Buffered cells above which the generator stops to let the files drain: bounds memory whatever the size. */
const FLUSH_AT = 400_000;

export class EcosystemFiles {
  private readonly files: { [K in CollectionKey]: CsvFile };
  private readonly all: CsvFile[];

  constructor(folder: string) {
    this.files = Object.fromEntries(
      COLLECTION_KEYS.map((key) => [key, new CsvFile(path.join(folder, COLLECTIONS[key].csvFile), COLUMNS[key])]),
    ) as { [K in CollectionKey]: CsvFile };
    this.all = COLLECTION_KEYS.map((key) => this.files[key]);
  }

  write<K extends CollectionKey>(key: K, row: Row<K>): void {
    const record = row as Record<string, CsvValue>;
    this.files[key].row(COLUMNS[key].map((column: string) => record[column]));
  }

  /** Call often (after every customer): returns at once unless enough is buffered to be worth writing. */
  async settle(): Promise<void> {
    let buffered = 0;
    for (const file of this.all) buffered += file.buffered;
    if (buffered < FLUSH_AT) return;
    for (const file of this.all) await file.flush();
  }

  async close(): Promise<void> {
    for (const file of this.all) await file.close();
  }

  counts(): Record<CollectionKey, number> {
    return Object.fromEntries(COLLECTION_KEYS.map((key) => [key, this.files[key].rows])) as Record<
      CollectionKey,
      number
    >;
  }
}
