// The Partner Center export as the import format, without a database: every shape Partner Center writes (list objects,
// bare arrays, pages, keys in any case), and which records, relationships and dates each of its records implies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertExport } from '../../server/import/partner-center/convert-export';
import { readExport } from '../../server/import/partner-center/read-export';
import { MPA_REQUIRED_FROM } from '../../server/model/graph-model';

const scratch = mkdtempSync(path.join(tmpdir(), 'csp-pc-convert-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OWN = 'a0000000-0000-4000-8000-000000000001';
const R1 = 'b0000000-0000-4000-8000-000000000001';
const R2 = 'b0000000-0000-4000-8000-000000000002';
const C1 = 'c0000000-0000-4000-8000-000000000001';
const C2 = 'c0000000-0000-4000-8000-000000000002';

const partnerJson = {
  exportedOn: '2025-06-30',
  account: {
    tenantId: OWN,
    mpnId: '5000001',
    name: 'Contoso Distribution',
    country: 'GB',
    roles: ['indirect-provider'],
  },
};

function reseller(id: string, mpnId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Reseller ${mpnId}`,
    relationshipType: 'is_indirect_cloud_solution_provider_of',
    state: 'Active',
    mpnId,
    location: 'FR',
    ...extra,
  };
}

function customer(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    companyProfile: {
      tenantId: id,
      domain: `${id.slice(0, 8)}.onmicrosoft.com`,
      companyName: `Customer ${id.slice(0, 8)}`,
    },
    billingProfile: { defaultAddress: { country: 'FR' } },
    relationshipToPartner: 'reseller',
    ...extra,
  };
}

let exports = 0;

/** Writes an export folder (JSON for values, the text as is for strings) and converts it; `graph` holds the
 * PartnerIDs of accounts already in the graph. */
async function convert(files: Record<string, unknown>, graph: Record<string, string> = {}) {
  const folder = path.join(scratch, `export-${exports++}`);
  for (const [name, content] of Object.entries({ 'partner.json': partnerJson, ...files })) {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  const looked: string[][] = [];
  const conversion = await convertExport(await readExport(folder), async (mpnIds) => {
    looked.push(mpnIds);
    return new Map(Object.entries(graph).filter(([mpnId]) => mpnIds.includes(mpnId)));
  });
  return { ...conversion, folder, looked, records: conversion.document as Record<string, Record<string, unknown>[]> };
}

describe('the exporting account (partner.json)', () => {
  it('becomes a partner account with its CSP tenant and a made-up organization of its own', async () => {
    const { records, issues } = await convert({});
    expect(issues).toEqual([]);
    expect(records.organizations).toEqual([{ id: `org-${OWN}`, name: 'Contoso Distribution', country: 'GB' }]);
    expect(records.tenants).toEqual([{ id: OWN, country: 'GB', kind: 'csp' }]);
    expect(records.partners).toEqual([
      {
        id: OWN,
        mpnId: '5000001',
        name: 'Contoso Distribution',
        organizationId: `org-${OWN}`,
        tenantId: OWN,
        country: 'GB',
        roles: ['indirect-provider'],
      },
    ]);
  });

  it('reads its fields in any case, with the organization, status, dates, roles and cloud it gives', async () => {
    const { records, issues } = await convert({
      'partner.json': {
        ExportedOn: '2025-06-30T17:00:00Z',
        Cloud: 'US-Government',
        Account: {
          TenantID: OWN,
          MpnId: 5000001,
          NAME: 'Contoso Gov',
          country: 'us',
          roles: 'Indirect_Provider; DirectBill',
          programStatus: 'Authorized',
          mpaSignedOn: '2019-12-01',
          onboardedOn: '2018-01-02',
          enrolledOn: '2018-01-03',
          organization: { id: 'org-contoso', Name: 'Contoso Inc', country: 'US' },
        },
      },
    });
    expect(issues).toEqual([]);
    expect(records.organizations).toEqual([{ id: 'org-contoso', name: 'Contoso Inc', country: 'US' }]);
    expect(records.tenants).toEqual([{ id: OWN, country: 'US', kind: 'csp', cloud: 'us-government' }]);
    expect(records.partners?.[0]).toEqual({
      id: OWN,
      mpnId: '5000001',
      name: 'Contoso Gov',
      organizationId: 'org-contoso',
      tenantId: OWN,
      country: 'US',
      roles: ['indirect-provider', 'direct-bill'],
      status: 'Authorized',
      mpaSignedOn: '2019-12-01',
      onboardedOn: '2018-01-02',
      enrolledOn: '2018-01-03',
    });
  });
});

describe('indirect resellers', () => {
  it('reads a list object, a bare array and a folder of pages, in any case', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': { totalCount: 1, items: [reseller(R1, '6000001')] },
      'indirect-resellers/page-2.json': [
        {
          ID: R2,
          Name: 'Upper Case',
          RelationshipType: 'IsIndirectCloudSolutionProviderOf',
          State: 'ACTIVE',
          MPNID: '6000002',
          Location: 'de',
        },
      ],
      'indirect-resellers/page-10.json': { Items: [] },
    });
    expect(issues).toEqual([]);
    expect(records.partners?.map((partner) => [partner.id, partner.mpnId, partner.country, partner.roles])).toEqual([
      [OWN, '5000001', 'GB', ['indirect-provider']],
      [R1, '6000001', 'FR', ['indirect-reseller']],
      [R2, '6000002', 'DE', ['indirect-reseller']],
    ]);
    expect(records.tenants?.map((tenant) => [tenant.id, tenant.kind, tenant.country])).toEqual([
      [OWN, 'csp', 'GB'],
      [R1, 'csp', 'FR'],
      [R2, 'csp', 'DE'],
    ]);
    expect(records.organizations?.map((organization) => organization.id)).toEqual([
      `org-${OWN}`,
      `org-${R1}`,
      `org-${R2}`,
    ]);
  });

  it('are supplied by the exporting account from their first subscription, or from the export date', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001'), reseller(R2, '6000002')],
      'customers.json': [customer(C1)],
      [`subscriptions/${C1}.json`]: [
        { id: 's-2', creationDate: '2022-05-01T00:00:00Z', partnerId: '6000001' },
        { id: 's-1', creationDate: '2021-04-01T23:59:59+02:00', partnerId: '6000001' },
      ],
    });
    expect(issues).toEqual([]);
    expect(records.supplies).toEqual([
      { providerId: OWN, resellerId: R1, since: '2021-04-01', state: 'active' },
      { providerId: OWN, resellerId: R2, since: '2025-06-30', state: 'active' },
    ]);
    const [, first, second] = records.partners ?? [];
    expect(first).toMatchObject({ onboardedOn: '2021-04-01', enrolledOn: '2021-04-01' });
    expect(second).toMatchObject({ onboardedOn: '2025-06-30', enrolledOn: '2025-06-30' });
  });

  it('end an inactive relationship on the export date', async () => {
    const { records } = await convert({ 'indirect-resellers.json': [reseller(R1, '6000001', { state: 'Inactive' })] });
    expect(records.supplies).toEqual([
      { providerId: OWN, resellerId: R1, since: '2025-06-30', until: '2025-06-30', state: 'inactive' },
    ]);
  });

  it('take a signed agreement as signed when the requirement began, and leave an unsigned or unknown one out', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001'), reseller(R2, '6000002'), reseller('b-3', '6000003')],
      'agreement-status/6000001.json': { IsAgreementSigned: true },
      'agreement-status/6000002.json': { isAgreementSigned: false },
      'agreement-status/5000001.json': { isAgreementSigned: true },
    });
    expect(issues).toEqual([]);
    expect(records.partners?.map((partner) => partner.mpaSignedOn)).toEqual([
      MPA_REQUIRED_FROM,
      MPA_REQUIRED_FROM,
      undefined,
      undefined,
    ]);
  });
});

describe('real Partner Center answers', () => {
  it('take an MPA check answered with error 2203 or 2206 (HTTP 400) as not signed', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001'), reseller(R2, '6000002')],
      'agreement-status/6000001.json': { code: 2203, description: 'Partner has not signed the MPA', data: [] },
      'agreement-status/6000002.json': { code: 2206, description: 'MPN id not found or not signed', data: [] },
    });
    expect(issues).toEqual([]);
    // Read as a status (no 'is required' problem), and not signed: no date.
    expect(records.partners?.map((partner) => partner.mpaSignedOn)).toEqual([undefined, undefined, undefined]);
  });

  it('read a reseller whose PartnerID comes as partnerId instead of mpnId', async () => {
    const { mpnId: _mpnId, ...withoutMpnId } = reseller(R1, '6000001');
    const { records, issues } = await convert({
      'indirect-resellers.json': [{ ...withoutMpnId, partnerId: '6000001' }],
    });
    expect(issues).toEqual([]);
    expect(records.partners?.find((partner) => partner.id === R1)?.mpnId).toBe('6000001');
  });
});

describe('customers', () => {
  it('become customer accounts on their tenants, from every page and in any case', async () => {
    const { records, issues } = await convert({
      'customers.json': {
        totalCount: 1,
        items: [customer(C1, { companyProfile: { tenantId: 't-1', companyName: 'One' } })],
      },
      'customers/page-2.json': [
        {
          Id: C2,
          CompanyProfile: { CompanyName: 'Two', Domain: 'two.example' },
          BillingProfile: { DefaultAddress: { Country: 'de' } },
          RelationshipToPartner: 'NONE',
        },
      ],
    });
    expect(issues).toEqual([]);
    expect(records.customers).toEqual([
      { id: C1, name: 'One', tenantId: 't-1', country: 'FR' },
      { id: C2, name: 'Two', tenantId: C2, country: 'DE', domain: 'two.example' },
    ]);
    expect(records.tenants?.slice(1)).toEqual([
      { id: 't-1', country: 'FR', kind: 'customer' },
      { id: C2, country: 'DE', kind: 'customer' },
    ]);
  });

  it('are sold to by the exporting account (a reseller relationship) and by their associated reseller', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001')],
      'customers.json': [
        customer(C1, { associatedPartnerId: R1 }),
        customer(C2, { relationshipToPartner: 'none', associatedPartnerId: 'b-elsewhere' }),
      ],
      [`subscriptions/${C1}.json`]: [
        { id: 's-1', creationDate: '2023-01-05', partnerId: '6000001' },
        { id: 's-2', creationDate: '2022-07-01', partnerId: '' },
      ],
    });
    expect(issues).toEqual([]);
    expect(records.resellerRelationships).toEqual([
      { partnerId: OWN, customerId: C1, since: '2022-07-01' },
      { partnerId: R1, customerId: C1, since: '2023-01-05' },
      { partnerId: 'b-elsewhere', customerId: C2, since: '2025-06-30' },
    ]);
  });

  it("on a partner account's CSP tenant leave that tenant a CSP tenant", async () => {
    const { records } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001')],
      'customers.json': [customer(R1, { billingProfile: { defaultAddress: { country: 'BE' } } })],
    });
    expect(records.tenants?.filter((tenant) => tenant.id === R1)).toEqual([{ id: R1, country: 'FR', kind: 'csp' }]);
    expect(records.customers).toEqual([expect.objectContaining({ id: R1, tenantId: R1, country: 'BE' })]);
  });
});

describe('subscriptions', () => {
  it("are read per customer, from a file or a folder of pages, onto the customer's tenant", async () => {
    const { records, issues } = await convert({
      'customers.json': [customer(C1, { companyProfile: { tenantId: 't-1', companyName: 'One' } })],
      [`subscriptions/${C1}.json`]: {
        items: [
          {
            Id: 's-1',
            OfferId: 'CFQ7TTC0LFLX:0001',
            OfferName: 'Microsoft 365 E3',
            CreationDate: '2023-03-01T10:15:32.000Z',
            Status: 'Suspended',
            BillingType: 'License',
            PartnerId: '',
          },
        ],
      },
      [`subscriptions/${C2}/page-1.json`]: [{ id: 's-2', creationDate: '2024-01-01' }],
      [`subscriptions/${C2}/page-2.json`]: { totalCount: 1, items: [{ id: 's-3', creationDate: '2024-02-01' }] },
    });
    expect(issues).toEqual([]);
    expect(records.subscriptions).toEqual([
      {
        id: 's-1',
        customerId: C1,
        tenantId: 't-1',
        createdOn: '2023-03-01',
        offerId: 'CFQ7TTC0LFLX:0001',
        offerName: 'Microsoft 365 E3',
        status: 'suspended',
        billingType: 'license',
        billedById: OWN,
      },
      // A customer the customers list lacks: Partner Center's customer id is its tenant id.
      { id: 's-2', customerId: C2, tenantId: C2, createdOn: '2024-01-01', billedById: OWN },
      { id: 's-3', customerId: C2, tenantId: C2, createdOn: '2024-02-01', billedById: OWN },
    ]);
  });

  it("name their reseller of record by PartnerID: a reseller of the export, the exporting account, or the graph's", async () => {
    const { records, issues, looked } = await convert(
      {
        'indirect-resellers.json': [reseller(R1, '6000001')],
        'customers.json': [customer(C1)],
        [`subscriptions/${C1}.json`]: [
          { id: 's-1', creationDate: '2024-01-01', partnerId: '6000001' },
          { id: 's-2', creationDate: '2024-01-01', partnerId: 5000001 },
          { id: 's-3', creationDate: '2024-01-01', partnerId: '7000001' },
        ],
      },
      { '7000001': 'p-in-graph' },
    );
    expect(issues).toEqual([]);
    expect(looked).toEqual([['7000001']]);
    expect(records.subscriptions?.map((subscription) => subscription.resellerOfRecordId)).toEqual([
      R1,
      OWN,
      'p-in-graph',
    ]);
  });
});

describe('reconciliation files', () => {
  const header =
    'PartnerId,CustomerId,CustomerName,CustomerDomainName,CustomerCountry,MpnId,ResellerMpnId,SubscriptionId,SubscriptionStartDate,ProductName,ChargeType';

  it('give subscriptions (one per subscription, however many charges), their resellers and missing customers', async () => {
    const { records, issues } = await convert({
      'indirect-resellers.json': [reseller(R1, '6000001')],
      'reconciliation.csv': [
        header,
        `${OWN},${C1},One,one.example,fr,5000001,6000001,s-1,10/3/2020 12:00:00 AM,Microsoft 365 E3,New`,
        `${OWN},${C1},One,one.example,fr,5000001,6000001,s-1,10/3/2020,Microsoft 365 E3,Cycle fee`,
        `${OWN},${C1},One,one.example,fr,5000001,5000001,s-2,2021-01-31,Azure plan,New`,
        `${OWN},${C1},One,one.example,fr,5000001,-1,s-3,2021-02-01T00:00:00,Teams,New`,
      ].join('\r\n'),
      'reconciliation/2024-01.csv': `\uFEFF${header.toUpperCase()}\n${OWN},${C2},,,,5000001,,s-4,1/2/2024,Visio,New\n`,
    });
    expect(issues).toEqual([]);
    expect(records.customers).toEqual([{ id: C1, name: 'One', tenantId: C1, country: 'FR', domain: 'one.example' }]);
    expect(records.subscriptions).toEqual([
      {
        id: 's-1',
        customerId: C1,
        tenantId: C1,
        createdOn: '2020-10-03',
        offerName: 'Microsoft 365 E3',
        billedById: OWN,
        resellerOfRecordId: R1,
      },
      // The partner's own PartnerID as reseller, or -1, means no reseller in a reconciliation file.
      { id: 's-2', customerId: C1, tenantId: C1, createdOn: '2021-01-31', offerName: 'Azure plan', billedById: OWN },
      { id: 's-3', customerId: C1, tenantId: C1, createdOn: '2021-02-01', offerName: 'Teams', billedById: OWN },
      // Without its name and country, a customer is only named (it must be in the graph).
      { id: 's-4', customerId: C2, tenantId: C2, createdOn: '2024-01-02', offerName: 'Visio', billedById: OWN },
    ]);
    expect(records.supplies).toEqual([{ providerId: OWN, resellerId: R1, since: '2020-10-03', state: 'active' }]);
  });

  it('describe a customer that a subscription list names but the customers list lacks', async () => {
    const { records, issues } = await convert({
      [`subscriptions/${C2}.json`]: [{ id: 's-7', creationDate: '2024-01-01' }],
      'reconciliation.csv': `CustomerId,CustomerName,CustomerCountry,SubscriptionId,SubscriptionStartDate\n${C2},Two,de,s-7,1/1/2024\n`,
    });
    expect(issues).toEqual([]);
    expect(records.customers).toEqual([{ id: C2, name: 'Two', tenantId: C2, country: 'DE' }]);
    expect(records.subscriptions).toEqual([
      { id: 's-7', customerId: C2, tenantId: C2, createdOn: '2024-01-01', billedById: OWN },
    ]);
  });

  it("yield to the subscriptions list, and take a legacy file's SyndicationPartnerSubscriptionNumber as the id", async () => {
    const { records, issues } = await convert({
      'customers.json': [customer(C1)],
      [`subscriptions/${C1}.json`]: [{ id: 's-1', creationDate: '2024-01-01' }],
      'reconciliation.csv': [
        'CustomerId,SubscriptionId,SyndicationPartnerSubscriptionNumber,SubscriptionStartDate,OfferId',
        `${C1},usCBMgAAAAAAAAIA,s-1,1/1/2019,ignored`,
        `${C1},usCBMgAAAAAAAAIB,s-9,1/1/2019,OFFER-9`,
      ].join('\n'),
    });
    expect(issues).toEqual([]);
    expect(
      records.subscriptions?.map((subscription) => [subscription.id, subscription.createdOn, subscription.offerId]),
    ).toEqual([
      ['s-1', '2024-01-01', undefined],
      ['s-9', '2019-01-01', 'OFFER-9'],
    ]);
  });
});
