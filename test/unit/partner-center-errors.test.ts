// Every way a Partner Center export can be refused, without a database: each problem names the export's file, its
// record (place and id) and its field as Partner Center spells it, including the problems the product's own
// validation finds in the converted records.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWithinImport } from '../../server/import/check-import';
import type { ImportIssue } from '../../server/import/import-error';
import { COLLECTION_KEYS } from '../../server/import/import-schema';
import { convertExport } from '../../server/import/partner-center/convert-export';
import { mergeIssues, toExportIssue } from '../../server/import/partner-center/import-partner-center';
import { readExport } from '../../server/import/partner-center/read-export';
import { documentToSource } from '../../server/import/read-json';
import { validateRecords } from '../../server/import/validate-records';

const scratch = mkdtempSync(path.join(tmpdir(), 'csp-pc-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OWN = 'a0000000-0000-4000-8000-000000000001';
const R1 = 'b0000000-0000-4000-8000-000000000001';
const C1 = 'c0000000-0000-4000-8000-000000000001';

const account = {
  tenantId: OWN,
  mpnId: '5000001',
  name: 'Contoso Distribution',
  country: 'GB',
  roles: ['indirect-provider'],
};
const partnerJson = { exportedOn: '2025-06-30', account };
const reseller = {
  id: R1,
  name: 'Fabrikam',
  relationshipType: 'is_indirect_cloud_solution_provider_of',
  state: 'Active',
  mpnId: '6000001',
  location: 'FR',
};
const customer = {
  id: C1,
  companyProfile: { tenantId: C1, companyName: 'Woodgrove' },
  billingProfile: { defaultAddress: { country: 'FR' } },
  relationshipToPartner: 'reseller',
};
const subscription = {
  id: 's-1',
  creationDate: '2024-01-01',
  status: 'active',
  billingType: 'license',
  partnerId: '6000001',
};
const RECONCILIATION_HEADER =
  'CustomerId,CustomerName,CustomerCountry,MpnId,ResellerMpnId,SubscriptionId,SubscriptionStartDate';

let exports = 0;

/** Writes an export (JSON for values, text as is, nothing for null) over a valid one and converts it; the problems
 * are the export's own and those the product's validation (fields, and checks within the import) finds in the
 * converted records, as the importer reports them. */
async function problems(files: Record<string, unknown>): Promise<{ folder: string; issues: ImportIssue[] }> {
  const folder = path.join(scratch, `export-${exports++}`);
  const all: Record<string, unknown> = {
    'partner.json': partnerJson,
    'indirect-resellers.json': { totalCount: 1, items: [reseller] },
    'customers.json': [customer],
    [`subscriptions/${C1}.json`]: { items: [subscription] },
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  const conversion = await convertExport(await readExport(folder), async () => new Map());
  const source = documentToSource(conversion.document, folder);
  const records = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, source.records[key] ?? []]));
  const found = [...validateRecords(source).issues, ...checkWithinImport(records as never)];
  return {
    folder,
    issues: mergeIssues(
      conversion.issues,
      found.map((issue) => toExportIssue(issue, conversion)),
    ),
  };
}

it('finds nothing wrong with the valid export the cases start from', async () => {
  expect((await problems({})).issues).toEqual([]);
});

/** [case, files over the valid export, the file the problem names (relative), record, field, reason]. */
type Case = [string, Record<string, unknown>, string, string, string, RegExp];

const cases: Case[] = [
  // partner.json
  [
    'partner.json missing',
    { 'partner.json': null },
    'partner.json',
    '',
    '',
    /^is missing: it describes the partner account/,
  ],
  ['partner.json cut short', { 'partner.json': '{"exportedOn": ' }, 'partner.json', '', '', /^is not complete JSON/],
  [
    'a page that is not JSON',
    { 'customers.json': '[\n  {"id": x}\n]' },
    'customers.json',
    '',
    '',
    /^is not valid JSON: Unexpected token 'x'/,
  ],
  ['partner.json not an object', { 'partner.json': '[]' }, 'partner.json', '', '', /^must be a JSON object$/],
  ['no account', { 'partner.json': { exportedOn: '2025-06-30' } }, 'partner.json', '', 'account', /^is required/],
  [
    'no tenant id',
    { 'partner.json': { ...partnerJson, account: { ...account, tenantId: undefined } } },
    'partner.json',
    '',
    'account.tenantId',
    /^is required$/,
  ],
  [
    'an unknown field',
    { 'partner.json': { ...partnerJson, account: { ...account, partnerType: 'x' } } },
    'partner.json',
    '',
    'account.partnerType',
    /^is not a field of partner.json's account \(they are: tenantId, mpnId, /,
  ],
  [
    'an unknown top-level field',
    { 'partner.json': { ...partnerJson, exportDate: '2025-06-30' } },
    'partner.json',
    '',
    'exportDate',
    /^is not a field of partner.json/,
  ],
  [
    'an unknown role',
    { 'partner.json': { ...partnerJson, account: { ...account, roles: ['indirect-provider', 'distributor'] } } },
    'partner.json',
    '',
    'account.roles',
    /^item 2: 'distributor' is not one of indirect-provider, indirect-reseller, direct-bill$/,
  ],
  [
    'an export date in another form',
    { 'partner.json': { ...partnerJson, exportedOn: '30/06/2025' } },
    'partner.json',
    '',
    'exportedOn',
    /^'30\/06\/2025' is not a date that exists written YYYY-MM-DD/,
  ],
  [
    'an unknown cloud',
    { 'partner.json': { ...partnerJson, cloud: 'moon' } },
    'partner.json',
    '',
    'cloud',
    /^'moon' is not one of commercial, us-government, china-21vianet$/,
  ],
  [
    'a PartnerID that is not digits (found by the validation of the import format)',
    { 'partner.json': { ...partnerJson, account: { ...account, mpnId: 'MPN-1' } } },
    'partner.json',
    '',
    'account.mpnId',
    /^must be digits only/,
  ],
  // the folder
  [
    'an unknown file',
    { 'customer.json': [] },
    'customer.json',
    '',
    '',
    /^is not part of a Partner Center export \(it holds: partner.json, /,
  ],
  ['an unknown folder', { 'invoices/a.csv': 'x' }, 'invoices', '', '', /^is not part of a Partner Center export/],
  [
    'a CSV among subscriptions',
    { 'subscriptions/list.csv': 'id' },
    'subscriptions/list.csv',
    '',
    '',
    /^is not a customer's subscription list/,
  ],
  [
    'a CSV among pages',
    { 'customers/page-2.csv': 'id' },
    'customers/page-2.csv',
    '',
    '',
    /^is not a page of customers/,
  ],
  // list responses
  [
    'a list without items',
    { 'customers.json': { totalCount: 1, value: [customer] } },
    'customers.json',
    '',
    '',
    /^must be a Partner Center list response: an object with an "items" array, or an array$/,
  ],
  [
    'an item that is no object',
    { 'customers.json': { items: [customer, 42] } },
    'customers.json',
    '/items/1',
    '',
    /^must be an object of fields, not '42'$/,
  ],
  // agreement statuses
  [
    'a status file not named by its PartnerID',
    { 'agreement-status/fabrikam.json': { isAgreementSigned: true } },
    'agreement-status/fabrikam.json',
    '',
    '',
    /^is not an agreement status: the file's name must be the PartnerID/,
  ],
  [
    'a status for no account of the export',
    { 'agreement-status/7000009.json': { isAgreementSigned: true } },
    'agreement-status/7000009.json',
    '',
    '',
    /^names PartnerID '7000009' \(its file name\), which is neither the exporting account nor an indirect reseller/,
  ],
  [
    'a status that is not true or false',
    { 'agreement-status/6000001.json': { isAgreementSigned: 'yes' } },
    'agreement-status/6000001.json',
    '',
    'isAgreementSigned',
    /^must be true or false, not 'yes'$/,
  ],
  [
    "a status contradicting partner.json's date",
    {
      'partner.json': { ...partnerJson, account: { ...account, mpaSignedOn: '2019-01-01' } },
      'agreement-status/5000001.json': { isAgreementSigned: false },
    },
    'agreement-status/5000001.json',
    '',
    'isAgreementSigned',
    /^says the agreement is not signed, while partner.json gives account.mpaSignedOn '2019-01-01'$/,
  ],
  // indirect resellers
  [
    'a reseller without id',
    { 'indirect-resellers.json': [{ ...reseller, id: '' }] },
    'indirect-resellers.json',
    '/0',
    'id',
    /^is required$/,
  ],
  [
    "a provider's list (a reseller's view)",
    { 'indirect-resellers.json': [{ ...reseller, relationshipType: 'IsIndirectResellerOf' }] },
    'indirect-resellers.json',
    `/0 (id '${R1}')`,
    'relationshipType',
    /^'IsIndirectResellerOf' is not one of IsIndirectCloudSolutionProviderOf; indirect-resellers holds the response of GET/,
  ],
  [
    'an unknown relationship state',
    { 'indirect-resellers.json': { items: [{ ...reseller, state: undefined, State: 'Pending' }] } },
    'indirect-resellers.json',
    `/items/0 (id '${R1}')`,
    'state',
    /^'Pending' is not one of active, inactive$/,
  ],
  [
    'a reseller PartnerID that is not digits (found by the validation of the import format)',
    { 'indirect-resellers.json': { items: [{ ...reseller, mpnId: 'R-1' }] } },
    'indirect-resellers.json',
    `/items/0 (id '${R1}')`,
    'mpnId',
    /^must be digits only/,
  ],
  [
    'a location that is no country code (found by the validation of the import format)',
    { 'indirect-resellers.json': { items: [{ ...reseller, location: 'France' }] } },
    'indirect-resellers.json',
    `/items/0 (id '${R1}')`,
    'location',
    /^must be a two-letter ISO 3166-1 code in capitals/,
  ],
  // customers
  [
    'a relationship the import does not map',
    { 'customers.json': [{ ...customer, relationshipToPartner: 'microsoft_support' }] },
    'customers.json',
    `/0 (id '${C1}')`,
    'relationshipToPartner',
    /^'microsoft_support' is not one of reseller, none; advisor, syndication and microsoft_support relationships are neither/,
  ],
  [
    'no relationship',
    { 'customers.json': [{ ...customer, relationshipToPartner: null }] },
    'customers.json',
    `/0 (id '${C1}')`,
    'relationshipToPartner',
    /^is required$/,
  ],
  [
    'a field given twice in different case',
    { 'customers.json': [{ ...customer, companyProfile: { tenantId: C1, companyName: 'A', CompanyName: 'B' } }] },
    'customers.json',
    `/0 (id '${C1}')`,
    'companyProfile.companyName',
    /^is given more than once, in different case \(companyName, CompanyName\)$/,
  ],
  [
    'an address that is no object',
    { 'customers.json': [{ ...customer, billingProfile: 'FR' }] },
    'customers.json',
    `/0 (id '${C1}')`,
    'billingProfile',
    /^must be an object, not 'FR'$/,
  ],
  [
    'a customer twice, on two pages (found by the checks of the import format)',
    { 'customers.json': null, 'customers/page-1.json': [customer], 'customers/page-2.json': { items: [customer] } },
    'customers/page-2.json',
    `/items/0 (id '${C1}')`,
    'id',
    new RegExp(`^repeats '${C1}', already given at .*customers/page-1.json /0 \\(id '${C1}'\\)$`),
  ],
  // subscriptions
  [
    'a creation date that does not exist',
    { [`subscriptions/${C1}.json`]: [{ ...subscription, creationDate: '2023-02-30T00:00:00Z' }] },
    `subscriptions/${C1}.json`,
    "/0 (id 's-1')",
    'creationDate',
    /^'2023-02-30T00:00:00Z' is not a date that exists written YYYY-MM-DD \(a time may follow\)$/,
  ],
  [
    'an unknown status',
    { [`subscriptions/${C1}.json`]: [{ ...subscription, status: 'Cancelled' }] },
    `subscriptions/${C1}.json`,
    "/0 (id 's-1')",
    'status',
    /^'Cancelled' is not one of none, active, pending, suspended, expired, disabled, deleted$/,
  ],
  [
    'an unknown billing type',
    { [`subscriptions/${C1}/page-1.json`]: [{ ...subscription, billingType: 'OneTime' }] },
    `subscriptions/${C1}/page-1.json`,
    "/0 (id 's-1')",
    'billingType',
    /^'OneTime' is not one of none, usage, license, benefit$/,
  ],
  [
    'a reseller of record that is no account of the export or the graph',
    { [`subscriptions/${C1}.json`]: [{ ...subscription, partnerId: '7000001' }] },
    `subscriptions/${C1}.json`,
    "/0 (id 's-1')",
    'partnerId',
    /^names PartnerID '7000001', which is neither the exporting account \(partner.json\), an indirect reseller in indirect-resellers nor a partner account in the graph$/,
  ],
  [
    'a reseller of record that is no PartnerID',
    { [`subscriptions/${C1}.json`]: [{ ...subscription, partnerId: 'Fabrikam' }] },
    `subscriptions/${C1}.json`,
    "/0 (id 's-1')",
    'partnerId',
    /^'Fabrikam' is not a PartnerID/,
  ],
  // reconciliation files
  [
    'a missing column',
    { 'reconciliation.csv': 'CustomerId,SubscriptionId\nc,s\n' },
    'reconciliation.csv',
    'line 1',
    'SubscriptionStartDate',
    /^is a required column and the header lacks it$/,
  ],
  [
    'a column twice',
    { 'reconciliation.csv': `${RECONCILIATION_HEADER},MPNID\n` },
    'reconciliation.csv',
    'line 1',
    'MPNID',
    /^is a column twice/,
  ],
  [
    'a start date written day first',
    { 'reconciliation.csv': `${RECONCILIATION_HEADER}\n${C1},W,FR,5000001,,s-2,31/12/2024\n` },
    'reconciliation.csv',
    "line 2 (SubscriptionId 's-2')",
    'SubscriptionStartDate',
    /^'31\/12\/2024' is not a date that exists written YYYY-MM-DD \(a time may follow\) or M\/D\/YYYY$/,
  ],
  [
    'rows of one subscription that disagree',
    {
      'reconciliation.csv': `${RECONCILIATION_HEADER}\n${C1},W,FR,5000001,,s-2,1/1/2024\n\nc-other,W,FR,5000001,,s-2,1/1/2024\n`,
    },
    'reconciliation.csv',
    "line 4 (SubscriptionId 's-2')",
    'CustomerId',
    new RegExp(`^'c-other' differs from '${C1}' on line 2 \\(SubscriptionId 's-2'\\), a row of the same subscription$`),
  ],
  [
    'a row with too few cells',
    { 'reconciliation.csv': `${RECONCILIATION_HEADER}\n${C1},W,FR\n` },
    'reconciliation.csv',
    'line 2',
    '',
    /^has 3 cells; the header has 7$/,
  ],
  [
    'a billing PartnerID that is no account',
    { 'reconciliation.csv': `${RECONCILIATION_HEADER}\n${C1},W,FR,7000002,,s-2,1/1/2024\n` },
    'reconciliation.csv',
    "line 2 (SubscriptionId 's-2')",
    'MPNID',
    /^names PartnerID '7000002', which is neither/,
  ],
  [
    'a broken CSV',
    { 'reconciliation.csv': `${RECONCILIATION_HEADER}\n"${C1},W\n` },
    'reconciliation.csv',
    'line 2',
    '',
    /^is not valid CSV: /,
  ],
  ['an empty CSV', { 'reconciliation.csv': '' }, 'reconciliation.csv', '', '', /^the file is empty/],
];

describe.each(cases)('%s', (_name, files, file, record, field, reason) => {
  it('is refused, naming the file, the record and the field', async () => {
    const { folder, issues } = await problems(files);
    expect(issues).toContainEqual({
      file: path.join(folder, file),
      record,
      field,
      reason: expect.stringMatching(reason),
    });
  });
});

describe('the list of problems', () => {
  it('tells a problem once, even when the conversion and the validation both see it', async () => {
    const { folder, issues } = await problems({
      'customers.json': [
        { ...customer, companyProfile: { tenantId: C1 }, billingProfile: { defaultAddress: { country: 'France' } } },
      ],
      'indirect-resellers.json': [{ ...reseller, location: 'fra' }],
    });
    expect(issues).toEqual([
      {
        file: path.join(folder, 'indirect-resellers.json'),
        record: `/0 (id '${R1}')`,
        field: 'location',
        reason: 'must be a two-letter ISO 3166-1 code in capitals, like FR',
      },
      {
        file: path.join(folder, 'customers.json'),
        record: `/0 (id '${C1}')`,
        field: 'companyProfile.companyName',
        reason: 'is required',
      },
      {
        file: path.join(folder, 'customers.json'),
        record: `/0 (id '${C1}')`,
        field: 'billingProfile.defaultAddress.country',
        reason: 'must be a two-letter ISO 3166-1 code in capitals, like FR',
      },
    ]);
  });

  it('lists the problems in the order the export is read', async () => {
    const { folder, issues } = await problems({
      'reconciliation.csv': `${RECONCILIATION_HEADER}\n${C1},W,FR,5000001,,s-2,someday\n`,
      [`subscriptions/${C1}.json`]: [{ ...subscription, status: 'gone' }],
      'customers.json': [{ ...customer, relationshipToPartner: 'advisor' }],
      'indirect-resellers.json': [{ ...reseller, state: 'gone' }],
      'partner.json': { ...partnerJson, cloud: 'moon' },
    });
    expect(issues.map((issue) => path.relative(folder, issue.file))).toEqual([
      'partner.json',
      'indirect-resellers.json',
      'customers.json',
      `subscriptions/${C1}.json`,
      'reconciliation.csv',
    ]);
  });
});
