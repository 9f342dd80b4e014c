// Writes validated import records as the CSV files of Neo4j's offline importer (`database import full`): one file
// per node label and per relationship type and end, with typed headers, so the importer builds the same graph as the
// statements in cypher/import/*/create.cypher.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { CollectionKey } from './import-schema';
import type { Row } from './write-batch';

type Cell = string | number | boolean | undefined;

interface FileSpec {
  kind: 'nodes' | 'relationships';
  header: string[];
}

const rel = (from: string, to: string, type: string, ...props: string[]) => ({
  kind: 'relationships' as const,
  header: [`:START_ID(${from})`, `:END_ID(${to})`, `:TYPE`, ...props],
  type,
});

/** Every file, by name. Node ids live in one id space per label, as the uniqueness constraints do. */
const FILES = {
  countries: { kind: 'nodes', header: ['code:ID(Country)', ':LABEL'] },
  organizations: { kind: 'nodes', header: ['id:ID(Organization)', 'name', 'country', ':LABEL'] },
  tenants: { kind: 'nodes', header: ['id:ID(Tenant)', 'kind', 'cloud', ':LABEL'] },
  partners: {
    kind: 'nodes',
    header: [
      'id:ID(Partner)',
      'mpnId',
      'name',
      'status',
      'mpaSignedOn:date',
      'onboardedOn:date',
      'enrolledOn:date',
      ':LABEL',
    ],
  },
  customers: { kind: 'nodes', header: ['id:ID(Customer)', 'name', 'domain', ':LABEL'] },
  subscriptions: {
    kind: 'nodes',
    header: ['id:ID(Subscription)', 'createdOn:date', 'status', 'offerId', 'offerName', 'billingType', ':LABEL'],
  },
  owns: rel('Organization', 'Organization', 'OWNS', 'share:double', 'directsManagement:boolean', 'since:date'),
  tenantCountry: rel('Tenant', 'Country', 'IN_COUNTRY'),
  partnerOrganization: rel('Partner', 'Organization', 'ACCOUNT_OF'),
  partnerTenant: rel('Partner', 'Tenant', 'USES_TENANT'),
  partnerCountry: rel('Partner', 'Country', 'IN_COUNTRY'),
  customerTenant: rel('Customer', 'Tenant', 'ON_TENANT'),
  customerCountry: rel('Customer', 'Country', 'IN_COUNTRY'),
  customerOrganization: rel('Customer', 'Organization', 'ACCOUNT_OF'),
  supplies: rel('Partner', 'Partner', 'SUPPLIES', 'since:date', 'until:date', 'state'),
  sellsTo: rel('Partner', 'Customer', 'SELLS_TO', 'since:date', 'until:date'),
  manages: rel('Partner', 'Customer', 'MANAGES', 'kind', 'since:date', 'until:date'),
  subscriptionCustomer: rel('Subscription', 'Customer', 'FOR'),
  subscriptionBilledBy: rel('Subscription', 'Partner', 'BILLED_BY'),
  subscriptionTenant: rel('Subscription', 'Tenant', 'PROVISIONED_ON'),
  subscriptionReseller: rel('Subscription', 'Partner', 'RESELLER_OF_RECORD'),
} satisfies Record<string, FileSpec & { type?: string }>;

type FileName = keyof typeof FILES;

/** The labels a partner's roles add, as partners/create.cypher sets them. */
const ROLE_LABELS: Record<string, string> = {
  'indirect-provider': 'IndirectProvider',
  'indirect-reseller': 'IndirectReseller',
  'direct-bill': 'DirectBill',
};

const text = (value: unknown): Cell => (value === undefined || value === null ? undefined : (value as Cell));

/** The lines one record adds, file by file. */
function linesOf(collection: CollectionKey, r: Row): [FileName, Cell[]][] {
  const link = (file: FileName, from: unknown, to: unknown): [FileName, Cell[]] => [
    file,
    [text(from), text(to), (FILES[file] as { type: string }).type],
  ];
  switch (collection) {
    case 'organizations':
      return [['organizations', [text(r.id), text(r.name), text(r.country), 'Organization']]];
    case 'ownerships':
      return [
        ['owns', [text(r.ownerId), text(r.ownedId), 'OWNS', text(r.share), text(r.directsManagement), text(r.since)]],
      ];
    case 'tenants':
      return [['tenants', [text(r.id), text(r.kind), text(r.cloud), 'Tenant']], link('tenantCountry', r.id, r.country)];
    case 'partners': {
      const labels = ['Partner', ...(r.roles as string[]).map((role) => ROLE_LABELS[role])].join(';');
      return [
        [
          'partners',
          [
            text(r.id),
            text(r.mpnId),
            text(r.name),
            text(r.status),
            text(r.mpaSignedOn),
            text(r.onboardedOn),
            text(r.enrolledOn),
            labels,
          ],
        ],
        link('partnerOrganization', r.id, r.organizationId),
        link('partnerTenant', r.id, r.tenantId),
        link('partnerCountry', r.id, r.country),
      ];
    }
    case 'customers':
      return [
        ['customers', [text(r.id), text(r.name), text(r.domain), 'Customer']],
        link('customerTenant', r.id, r.tenantId),
        link('customerCountry', r.id, r.country),
        ...(r.organizationId === undefined ? [] : [link('customerOrganization', r.id, r.organizationId)]),
      ];
    case 'supplies':
      return [
        ['supplies', [text(r.providerId), text(r.resellerId), 'SUPPLIES', text(r.since), text(r.until), text(r.state)]],
      ];
    case 'resellerRelationships':
      return [['sellsTo', [text(r.partnerId), text(r.customerId), 'SELLS_TO', text(r.since), text(r.until)]]];
    case 'managementRelationships':
      return [
        ['manages', [text(r.partnerId), text(r.customerId), 'MANAGES', text(r.kind), text(r.since), text(r.until)]],
      ];
    case 'subscriptions':
      return [
        [
          'subscriptions',
          [
            text(r.id),
            text(r.createdOn),
            text(r.status),
            text(r.offerId),
            text(r.offerName),
            text(r.billingType),
            'Subscription',
          ],
        ],
        link('subscriptionCustomer', r.id, r.customerId),
        link('subscriptionBilledBy', r.id, r.billedById),
        link('subscriptionTenant', r.id, r.tenantId),
        ...(r.resellerOfRecordId === undefined ? [] : [link('subscriptionReseller', r.id, r.resellerOfRecordId)]),
      ];
  }
}

/** A value must be quoted when it holds a comma, a quote or a line break. */
const MUST_QUOTE = /[",\r\n]/;

/** One cell as the importer reads it: an absent value is an empty cell (the importer sets no property); text is
 * quoted when it must be, and an empty text is quoted so that it stays a value. No formula escaping: these files feed
 * the importer, never a spreadsheet, and must hold each value exactly. Written by hand rather than by a CSV library:
 * a first load writes tens of millions of cells. */
export function importerCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return cell === '' || MUST_QUOTE.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const hasLineBreak = (cells: readonly Cell[]) => cells.some((c) => typeof c === 'string' && /[\r\n]/.test(c));

/** When the buffered text of a file is written out. */
const FLUSH_AT = 1 << 20;

/** The importer's input being written: add() takes each validated record, close() ends the files. */
export class BulkFiles {
  /** Some value holds a line break: the importer must then be told that fields span lines. */
  multiline = false;
  private readonly open = new Map<FileName, { fd: number; lines: string[]; size: number }>();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The countries the region table names: the nodes every IN_COUNTRY relationship ends at. */
  addCountries(codes: readonly string[]): void {
    for (const code of codes) this.write('countries', [code, 'Country']);
  }

  add(collection: CollectionKey, row: Row): void {
    for (const [file, cells] of linesOf(collection, row)) this.write(file, cells);
  }

  private write(file: FileName, cells: Cell[]): void {
    let out = this.open.get(file);
    if (!out) {
      out = { fd: openSync(this.pathOf(file), 'w'), lines: [FILES[file].header.map(importerCell).join(',')], size: 0 };
      this.open.set(file, out);
    }
    if (!this.multiline && hasLineBreak(cells)) this.multiline = true;
    const line = cells.map(importerCell).join(',');
    out.lines.push(line);
    out.size += line.length + 1;
    if (out.size >= FLUSH_AT) this.flush(out);
  }

  private flush(out: { fd: number; lines: string[]; size: number }): void {
    if (out.lines.length > 0) writeSync(out.fd, `${out.lines.join('\n')}\n`);
    out.lines = [];
    out.size = 0;
  }

  private pathOf(file: FileName): string {
    return path.join(this.dir, `${file}.csv`);
  }

  /** Ends every file; returns the importer's --nodes and --relationships files. */
  close(): { nodes: string[]; relationships: string[] } {
    const files = { nodes: [] as string[], relationships: [] as string[] };
    for (const [file, out] of this.open) {
      this.flush(out);
      closeSync(out.fd);
      files[FILES[file].kind].push(this.pathOf(file));
    }
    this.open.clear();
    return files;
  }

  /** Closes the files of a load that will not happen (the caller deletes the folder). */
  discard(): void {
    for (const out of this.open.values()) closeSync(out.fd);
    this.open.clear();
  }
}
