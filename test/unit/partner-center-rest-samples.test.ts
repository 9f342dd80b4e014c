// An export made of the responses Partner Center's REST API returns, in the shapes of Microsoft's published samples:
// the customer list never carries the billing country, so each customer's details or billing profile must give it,
// and a customer that has neither is refused with the calls that would.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { convertExport } from '../../server/import/partner-center/convert-export';
import { readExport } from '../../server/import/partner-center/read-export';

const SAMPLES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'partner-center', 'rest-samples');
const scratch = mkdtempSync(path.join(tmpdir(), 'csp-pc-samples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Customers of the samples: one with its details, one with its billing profile, one fetched by id only. */
const WITH_DETAILS = 'eebd1b55-5360-4438-a11d-5c06918c3014';
const WITH_PROFILE = '45c44870-ef77-4fdd-b6fe-3dacb075cff2';
const DETAILS_ONLY = 'dfd8cc0a-c592-468c-8461-869a38d24738';

let copies = 0;

/** A copy of the samples with files removed (null) or written over (JSON values). */
function samples(changes: Record<string, unknown> = {}): string {
  const folder = path.join(scratch, `export-${copies++}`);
  cpSync(SAMPLES, folder, { recursive: true });
  for (const [name, content] of Object.entries(changes)) {
    const file = path.join(folder, name);
    if (content === null) rmSync(file);
    else writeFileSync(file, JSON.stringify(content));
  }
  return folder;
}

async function convert(folder: string) {
  const conversion = await convertExport(await readExport(folder), async () => new Map());
  return { ...conversion, records: conversion.document as Record<string, Record<string, unknown>[]> };
}

describe("an export of Partner Center's REST responses", () => {
  it('takes each customer of the list with the billing country its details or billing profile give', async () => {
    const { issues, records } = await convert(SAMPLES);
    expect(issues).toEqual([]);
    expect(records.customers?.map((c) => [c.id, c.name, c.country])).toEqual([
      [WITH_DETAILS, 'Wingtip Toys', 'US'],
      [WITH_PROFILE, 'Relecloud Customer Ltd', 'CA'],
      [DETAILS_ONLY, 'Test Company', 'US'],
    ]);
    const customerTenants = records.tenants?.filter((t) => t.kind === 'customer');
    expect(customerTenants?.map((t) => [t.id, t.country])).toEqual([
      [WITH_DETAILS, 'US'],
      [WITH_PROFILE, 'CA'],
      [DETAILS_ONLY, 'US'],
    ]);
  });

  it('keeps the envelope, the extra fields and the date-times of the samples out of the records', async () => {
    const { records } = await convert(SAMPLES);
    expect(records.subscriptions).toEqual([
      {
        id: '42226ED6-070A-4E0F-B80C-4CDFB3E97AA7',
        customerId: WITH_DETAILS,
        tenantId: WITH_DETAILS,
        createdOn: '2017-04-10',
        offerId: 'DB2E705F-B82A-4024-A3D5-D88E12F2DB35',
        offerName: 'Intune Device',
        status: 'active',
        billingType: 'license',
        billedById: 'a11ce000-0000-4a00-8000-000000000002',
        resellerOfRecordId: '484e548c-f5f3-4528-93a9-c16c6373cb59',
      },
    ]);
    // The 2203 body of the agreement check is "not signed"; the signed one counts from the requirement's start.
    expect(records.partners?.map((p) => [p.name, p.mpaSignedOn])).toEqual([
      ['Contoso Distribution US', '2019-11-04'],
      ['First Up Consultants', '2020-02-01'],
      ['ReleCloud', undefined],
    ]);
  });

  it('prefers the country a list record gives itself', async () => {
    const folder = samples();
    const listing = await readExport(folder);
    const first = listing.customers[0]?.value as Record<string, unknown>;
    first.billingProfile = { defaultAddress: { country: 'gb' } };
    const { issues, document } = await convertExport(listing, async () => new Map());
    expect(issues).toEqual([]);
    expect((document.customers as Record<string, unknown>[])[0]).toMatchObject({ id: WITH_DETAILS, country: 'GB' });
  });
});

describe('a customer of the list without a billing country', () => {
  it('is refused at its list record, saying which calls give the country', async () => {
    const folder = samples({ [`billing-profiles/${WITH_PROFILE}.json`]: null });
    const { issues } = await convert(folder);
    expect(issues).toEqual([
      {
        file: path.join(folder, 'customers.json'),
        record: `/items/1 (id '${WITH_PROFILE}')`,
        field: 'billingProfile.defaultAddress.country',
        reason:
          "is required, and Partner Center's customer list (GET /v1/customers) never returns it: add the customer as " +
          `GET /v1/customers/${WITH_PROFILE} returns it (customer-details/${WITH_PROFILE}.json), or its billing ` +
          `profile as GET /v1/customers/${WITH_PROFILE}/profiles/billing returns it ` +
          `(billing-profiles/${WITH_PROFILE}.json)`,
        order: expect.any(Number),
      },
    ]);
  });

  it('is refused when its details file lacks the country as well', async () => {
    const folder = samples({
      [`customer-details/${WITH_DETAILS}.json`]: { id: WITH_DETAILS, billingProfile: { defaultAddress: {} } },
    });
    const { issues } = await convert(folder);
    expect(issues.map((issue) => [path.relative(folder, issue.file), issue.record, issue.field])).toEqual([
      ['customers.json', `/items/0 (id '${WITH_DETAILS}')`, 'billingProfile.defaultAddress.country'],
    ]);
  });

  it('names the billing profile file when the country it gives is wrong', async () => {
    const folder = samples({
      [`billing-profiles/${WITH_PROFILE}.json`]: { defaultAddress: { country: { code: 'CA' } } },
    });
    const { issues } = await convert(folder);
    expect(issues).toEqual([
      {
        file: path.join(folder, 'billing-profiles', `${WITH_PROFILE}.json`),
        record: '',
        field: 'defaultAddress.country',
        reason: `must be text, not '{"code":"CA"}'`,
        order: expect.any(Number),
      },
    ]);
  });
});

describe('per-customer files that do not fit', () => {
  it('refuses details whose id is not the customer of the file name', async () => {
    const folder = samples({ [`customer-details/${DETAILS_ONLY}.json`]: { id: WITH_PROFILE } });
    const { issues } = await convert(folder);
    expect(issues).toEqual([
      {
        file: path.join(folder, 'customer-details', `${DETAILS_ONLY}.json`),
        record: '',
        field: 'id',
        reason: `'${WITH_PROFILE}' is not the customer its file is named after ('${DETAILS_ONLY}')`,
        order: expect.any(Number),
      },
    ]);
  });

  it('refuses a billing profile of a customer the export does not hold', async () => {
    const stranger = '0000beef-0000-4000-8000-000000000000';
    const folder = samples({ [`billing-profiles/${stranger}.json`]: { defaultAddress: { country: 'US' } } });
    const { issues } = await convert(folder);
    expect(issues).toEqual([
      {
        file: path.join(folder, 'billing-profiles', `${stranger}.json`),
        record: '',
        field: '',
        reason: `names customer '${stranger}' (its file name), which is in neither customers nor customer-details`,
        order: expect.any(Number),
      },
    ]);
  });

  it('refuses a details file that is not one object, and a folder inside the per-customer folders', async () => {
    const folder = samples({ [`customer-details/${DETAILS_ONLY}.json`]: [{ id: DETAILS_ONLY }] });
    mkdirSync(path.join(folder, 'billing-profiles', 'nested'));
    const { issues } = await convert(folder);
    expect(issues.map((issue) => [path.relative(folder, issue.file), issue.reason])).toEqual([
      [`customer-details/${DETAILS_ONLY}.json`, 'must be a JSON object'],
      ['billing-profiles/nested', "is not a customer's billing profile: <customer id>.json"],
    ]);
  });
});
