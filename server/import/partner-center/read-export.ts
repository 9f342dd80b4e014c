// Reads a folder exported from Partner Center (docs/partner-center-import.md): the exporting account's own file, the
// list responses (one file, or a folder of pages), the per-customer details, billing profiles and subscription lists,
// the agreement statuses and the reconciliation CSV files, each record with its file and place.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { quote } from '../import-error';
import { readJsonFile } from '../read-json';
import { fieldValue, isPlainObject, type PcIssue, type PcPlace, type PcRecord, pcIssue } from './pc-record';

/** The names of the export's files and folders. A list may be one file (`customers.json`), a folder of pages
 * (`customers/*.json`), or both. */
export const EXPORT_LAYOUT = {
  partner: 'partner.json',
  resellers: 'indirect-resellers',
  agreements: 'agreement-status',
  customers: 'customers',
  customerDetails: 'customer-details',
  billingProfiles: 'billing-profiles',
  subscriptions: 'subscriptions',
  reconciliation: 'reconciliation',
} as const;

/** The reconciliation columns the import needs: the subscription id is either column (legacy license-based files
 * call the Partner Center subscription id SyndicationPartnerSubscriptionNumber). */
export const RECONCILIATION_SUBSCRIPTION_ID = ['SyndicationPartnerSubscriptionNumber', 'SubscriptionId'] as const;
const RECONCILIATION_REQUIRED = ['CustomerId', 'SubscriptionStartDate'] as const;

/** A record of one customer's file: a subscription of its list, its details, its billing profile. */
export interface CustomerFileRecord {
  /** The customer whose file it is, from the file (or folder) name. */
  customerId: string;
  record: PcRecord;
}

export interface AgreementRecord {
  /** The PartnerID whose status it is, from the file name. */
  mpnId: string;
  record: PcRecord;
}

export interface PartnerCenterExport {
  folder: string;
  /** partner.json; undefined when it is missing or unreadable (an issue says so). */
  partner: PcRecord | undefined;
  resellers: PcRecord[];
  agreements: AgreementRecord[];
  customers: PcRecord[];
  /** Customers fetched one by one (GET /v1/customers/{id}): the only customer records that carry the billing
   * address, which the listing leaves out. */
  customerDetails: CustomerFileRecord[];
  /** Customers' billing profiles (GET /v1/customers/{id}/profiles/billing). */
  billingProfiles: CustomerFileRecord[];
  subscriptions: CustomerFileRecord[];
  reconciliation: PcRecord[];
  /** Problems found while reading: unknown or unreadable files, records that are not objects, bad CSV headers. */
  issues: PcIssue[];
}

const byName = (a: Dirent, b: Dirent) => a.name.localeCompare(b.name, 'en', { numeric: true });
const isHidden = (entry: Dirent) => entry.name.startsWith('.');
const isJson = (entry: Dirent) => entry.isFile() && entry.name.toLowerCase().endsWith('.json');
const isCsv = (entry: Dirent) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv');

/** How a record is named in messages: its place in the file and, when it has one, its id. */
function recordLabel(place: string, idField: string, id: unknown): string {
  const text = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  const shown = text === '' ? '' : ` (${idField} ${quote(text)})`;
  return `${place}${shown}`;
}

class ExportReader {
  private order = 0;
  readonly issues: PcIssue[] = [];

  place(file: string, record = ''): PcPlace {
    return { file, record, order: this.order++ };
  }

  fileIssue(file: string, reason: string, record = ''): void {
    this.issues.push(pcIssue(this.place(file, record), '', reason));
  }

  async entries(folder: string): Promise<Dirent[]> {
    return (await readdir(folder, { withFileTypes: true })).filter((entry) => !isHidden(entry)).sort(byName);
  }

  async json(file: string): Promise<{ ok: true; document: unknown } | { ok: false }> {
    const parsed = await readJsonFile(file);
    if (parsed.ok) return parsed;
    this.issues.push({ ...parsed.issue, order: this.order++ });
    return { ok: false };
  }

  /** A file that is one object (partner.json, an agreement status). */
  async objectFile(file: string): Promise<PcRecord | undefined> {
    const parsed = await this.json(file);
    if (!parsed.ok) return undefined;
    if (!isPlainObject(parsed.document)) {
      this.fileIssue(file, 'must be a JSON object');
      return undefined;
    }
    return { at: this.place(file), value: parsed.document };
  }

  /** One page of a list response: `{ totalCount, items: [...] }` or a bare array. */
  async listFile(file: string): Promise<PcRecord[]> {
    const parsed = await this.json(file);
    if (!parsed.ok) return [];
    const { document } = parsed;
    let items: unknown;
    let pointer = '';
    if (Array.isArray(document)) {
      items = document;
    } else if (isPlainObject(document)) {
      const key = Object.keys(document).find((name) => name.toLowerCase() === 'items');
      if (key !== undefined) {
        items = document[key];
        pointer = `/${key}`;
      }
    }
    if (!Array.isArray(items)) {
      this.fileIssue(file, 'must be a Partner Center list response: an object with an "items" array, or an array');
      return [];
    }
    const records: PcRecord[] = [];
    items.forEach((item: unknown, index) => {
      const at = `${pointer}/${index}`;
      if (isPlainObject(item)) {
        records.push({ at: this.place(file, recordLabel(at, 'id', fieldValue(item, 'id').value)), value: item });
      } else {
        this.fileIssue(file, `must be an object of fields, not ${quote(item)}`, at);
      }
    });
    return records;
  }

  /** The files of a folder that `accepts` takes, in name order; a folder, or a JSON or CSV file, that it does not take
   * is a problem (anything else, a README, is left alone). */
  async filesIn(folder: string, accepts: (entry: Dirent) => boolean, what: string): Promise<string[]> {
    const files: string[] = [];
    for (const entry of await this.entries(folder)) {
      const file = path.join(folder, entry.name);
      if (accepts(entry)) files.push(file);
      else if (entry.isDirectory() || isJson(entry) || isCsv(entry)) this.fileIssue(file, `is not ${what}`);
    }
    return files;
  }

  /** A list given as `<name>.json`, a folder `<name>/` of page files, or both. */
  async list(folder: string, name: string, present: Set<string>): Promise<PcRecord[]> {
    const files = present.has(`${name}.json`) ? [path.join(folder, `${name}.json`)] : [];
    if (present.has(`${name}/`)) {
      files.push(...(await this.filesIn(path.join(folder, name), isJson, `a page of ${name} (a .json file)`)));
    }
    const records: PcRecord[] = [];
    for (const file of files) records.push(...(await this.listFile(file)));
    return records;
  }

  /** `<customer id>.json`, or a folder `<customer id>/` of pages, per customer. */
  async subscriptions(folder: string): Promise<CustomerFileRecord[]> {
    const found: CustomerFileRecord[] = [];
    const read = async (customerId: string, pages: string[]) => {
      for (const page of pages) {
        for (const record of await this.listFile(page)) found.push({ customerId, record });
      }
    };
    for (const entry of await this.entries(folder)) {
      const file = path.join(folder, entry.name);
      if (isJson(entry)) await read(entry.name.slice(0, -'.json'.length), [file]);
      else if (entry.isDirectory()) {
        await read(entry.name, await this.filesIn(file, isJson, 'a page of subscriptions (a .json file)'));
      } else if (isCsv(entry)) {
        this.fileIssue(file, "is not a customer's subscription list (<customer id>.json, or a folder of pages)");
      }
    }
    return found;
  }

  /** `<customer id>.json` per customer, each one object (a customer by id, or a billing profile). */
  async perCustomer(folder: string, what: string): Promise<CustomerFileRecord[]> {
    const files = await this.filesIn(folder, isJson, `${what}: <customer id>.json`);
    const found: CustomerFileRecord[] = [];
    for (const file of files) {
      const record = await this.objectFile(file);
      if (record) found.push({ customerId: path.basename(file).slice(0, -'.json'.length), record });
    }
    return found;
  }

  /** `<PartnerID>.json` per account. */
  async agreements(folder: string): Promise<AgreementRecord[]> {
    const isStatus = (entry: Dirent) => entry.isFile() && /^\d{1,20}\.json$/i.test(entry.name);
    const files = await this.filesIn(
      folder,
      isStatus,
      "an agreement status: the file's name must be the PartnerID, as in 1234567.json",
    );
    const found: AgreementRecord[] = [];
    for (const file of files) {
      const record = await this.objectFile(file);
      if (record) found.push({ mpnId: path.basename(file).slice(0, -'.json'.length), record });
    }
    return found;
  }

  /** One reconciliation file: a header row, then one charge per row; columns are matched in any case. */
  async reconciliationFile(file: string): Promise<PcRecord[]> {
    let rows: { record: string[]; info: { lines: number } }[];
    try {
      rows = parse(await readFile(file), {
        bom: true,
        info: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }) as unknown as typeof rows;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = (error as CsvError & { lines?: number }).lines;
      this.fileIssue(file, `is not valid CSV: ${error.message}`, line === undefined ? '' : `line ${line}`);
      return [];
    }
    const [head, ...body] = rows;
    if (!head) {
      this.fileIssue(file, 'the file is empty; it needs at least the header row');
      return [];
    }
    const header = head.record.map((cell) => cell.trim());
    const problems = this.issues.length;
    const lower = header.map((name) => name.toLowerCase());
    header.forEach((name, index) => {
      if (name !== '' && lower.indexOf(name.toLowerCase()) !== index) {
        this.issues.push(
          pcIssue(this.place(file, 'line 1'), name, 'is a column twice (names are matched in any case)'),
        );
      }
    });
    const missing: string[] = RECONCILIATION_REQUIRED.filter((name) => !lower.includes(name.toLowerCase()));
    if (!RECONCILIATION_SUBSCRIPTION_ID.some((name) => lower.includes(name.toLowerCase()))) {
      missing.push(RECONCILIATION_SUBSCRIPTION_ID.join(' or '));
    }
    for (const name of missing) {
      this.issues.push(pcIssue(this.place(file, 'line 1'), name, 'is a required column and the header lacks it'));
    }
    if (this.issues.length > problems) return [];
    const idColumn = RECONCILIATION_SUBSCRIPTION_ID.map((name) => lower.indexOf(name.toLowerCase())).find(
      (i) => i >= 0,
    );
    const records: PcRecord[] = [];
    for (const { record: cells, info } of body) {
      const line = `line ${info.lines - cells.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)}`;
      if (cells.length !== header.length) {
        this.fileIssue(file, `has ${cells.length} cells; the header has ${header.length}`, line);
        continue;
      }
      const value = Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
      const idName = header[idColumn ?? -1] ?? '';
      records.push({ at: this.place(file, recordLabel(line, idName, cells[idColumn ?? -1])), value });
    }
    return records;
  }

  async reconciliation(folder: string, present: Set<string>): Promise<PcRecord[]> {
    const name = EXPORT_LAYOUT.reconciliation;
    const files = present.has(`${name}.csv`) ? [path.join(folder, `${name}.csv`)] : [];
    if (present.has(`${name}/`)) {
      files.push(...(await this.filesIn(path.join(folder, name), isCsv, 'a reconciliation file (a .csv file)')));
    }
    const records: PcRecord[] = [];
    for (const file of files) records.push(...(await this.reconciliationFile(file)));
    return records;
  }
}

/** The names the top of an export may hold (a trailing `/` marks a folder). */
const KNOWN_ENTRIES = [
  EXPORT_LAYOUT.partner,
  `${EXPORT_LAYOUT.resellers}.json`,
  `${EXPORT_LAYOUT.resellers}/`,
  `${EXPORT_LAYOUT.agreements}/`,
  `${EXPORT_LAYOUT.customers}.json`,
  `${EXPORT_LAYOUT.customers}/`,
  `${EXPORT_LAYOUT.customerDetails}/`,
  `${EXPORT_LAYOUT.billingProfiles}/`,
  `${EXPORT_LAYOUT.subscriptions}/`,
  `${EXPORT_LAYOUT.reconciliation}.csv`,
  `${EXPORT_LAYOUT.reconciliation}/`,
];

/** Reads every file of the export; a name the layout does not know is a problem (a misspelt file would otherwise be
 * left out without a word), except files that are neither JSON nor CSV (a README, say). */
export async function readExport(folder: string): Promise<PartnerCenterExport> {
  const reader = new ExportReader();
  const present = new Set<string>();
  for (const entry of await reader.entries(folder)) {
    const name = entry.isDirectory() ? `${entry.name}/` : entry.name;
    if (KNOWN_ENTRIES.includes(name) && (entry.isDirectory() || entry.isFile())) present.add(name);
    else if (entry.isDirectory() || isJson(entry) || isCsv(entry)) {
      reader.fileIssue(
        path.join(folder, entry.name),
        `is not part of a Partner Center export (it holds: ${KNOWN_ENTRIES.join(', ')}; names are case-sensitive)`,
      );
    }
  }
  let partner: PcRecord | undefined;
  if (present.has(EXPORT_LAYOUT.partner)) partner = await reader.objectFile(path.join(folder, EXPORT_LAYOUT.partner));
  else {
    reader.fileIssue(
      path.join(folder, EXPORT_LAYOUT.partner),
      'is missing: it describes the partner account the export was made with, which no Partner Center list names',
    );
  }
  const resellers = await reader.list(folder, EXPORT_LAYOUT.resellers, present);
  const agreements = present.has(`${EXPORT_LAYOUT.agreements}/`)
    ? await reader.agreements(path.join(folder, EXPORT_LAYOUT.agreements))
    : [];
  const customers = await reader.list(folder, EXPORT_LAYOUT.customers, present);
  const customerDetails = present.has(`${EXPORT_LAYOUT.customerDetails}/`)
    ? await reader.perCustomer(path.join(folder, EXPORT_LAYOUT.customerDetails), "a customer's details")
    : [];
  const billingProfiles = present.has(`${EXPORT_LAYOUT.billingProfiles}/`)
    ? await reader.perCustomer(path.join(folder, EXPORT_LAYOUT.billingProfiles), "a customer's billing profile")
    : [];
  const subscriptions = present.has(`${EXPORT_LAYOUT.subscriptions}/`)
    ? await reader.subscriptions(path.join(folder, EXPORT_LAYOUT.subscriptions))
    : [];
  const reconciliation = await reader.reconciliation(folder, present);
  return {
    folder,
    partner,
    resellers,
    agreements,
    customers,
    customerDetails,
    billingProfiles,
    subscriptions,
    reconciliation,
    issues: reader.issues,
  };
}
