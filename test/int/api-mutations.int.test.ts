// Every mutation of the GraphQL API over real HTTP: imports (JSON and multipart CSV), what-if checks, relationship
// changes, scans, triage and API keys, each checked in the graph and in the audit trail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkTransaction } from '../../server/api/data/check-transaction';
import { toProposal, validateProposal, writeProposal } from '../../server/api/data/proposals';
import { PROJECT_ROOT } from '../../server/config';
import { readRows, runRows } from '../../server/db/checked-rows';
import { loadCatalog } from '../../server/rules/catalog';
import { ruleRow } from '../../server/rules/run-rule';
import { findingKey } from '../../server/scan/finding';
import { graphSnapshot } from '../support/test-database';
import { CSRF_HEADER, DEMO_IDS, useApiServer } from './api-harness';

const api = useApiServer();

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'api');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as unknown;
const ADVENTURE_WORKS = '630bcd18-b2b3-4111-82cc-de31581e4b7b';
const COHO_WINERY = '09c7d0cd-c40d-4819-b393-df26e82c8f22';

/** The graph without the audit trail, which records refusals and dry runs too. */
async function graphState(): Promise<string> {
  const lines = (await graphSnapshot(api.db())).split('\n');
  return lines.filter((line) => !line.startsWith('[["AuditEntry"]')).join('\n');
}

interface AuditEntry {
  action: string;
  outcome: string;
  actor: string;
  requestId: string;
  target: string | null;
  details: Record<string, unknown> | null;
}

async function auditFor(target: string): Promise<AuditEntry[]> {
  const result = await api.gql<{ auditLog: { edges: { node: AuditEntry }[] } }>(
    `query A($target: String) { auditLog(target: $target, first: 100) { edges { node { action outcome actor requestId target details } } } }`,
    { target },
  );
  return result.body.data?.auditLog.edges.map((edge) => edge.node) ?? [];
}

describe('importDocument', () => {
  const mutation = `mutation I($document: JSON!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) { records written counts { value count } }
  }`;

  it('checks without writing on a dry run, then imports and records who did it', async () => {
    const before = await graphState();
    const dry = await api.gql(mutation, { document: fixture('small-ecosystem.json'), dryRun: true });
    expect(dry.body.data).toEqual({
      importDocument: {
        records: 5,
        written: false,
        counts: [
          { value: 'organizations', count: 1 },
          { value: 'tenants', count: 2 },
          { value: 'partners', count: 1 },
          { value: 'customers', count: 1 },
        ],
      },
    });
    expect(await graphState()).toBe(before);

    const real = await api.gql(mutation, { document: fixture('small-ecosystem.json') });
    expect(real.body.data).toMatchObject({ importDocument: { records: 5, written: true } });
    const partner = await api.gql<{ partner: { name: string } }>(`{ partner(mpnId: "7000001") { name } }`);
    expect(partner.body.data?.partner.name).toBe('Tailspin Distribution');
    const entries = await auditFor('document');
    const entry = entries.find((e) => e.action === 'import' && e.requestId === real.headers.get('x-request-id'));
    expect(entry).toMatchObject({ outcome: 'succeeded', actor: expect.stringMatching(/^api-key:/) });
  });

  it('refuses an invalid document whole, with every issue as structured data', async () => {
    const before = await graphState();
    const result = await api.gql(mutation, { document: fixture('refused-ecosystem.json') });
    expect(result.body.data).toEqual({ importDocument: null });
    const error = result.body.errors?.[0];
    expect(error?.extensions?.code).toBe('IMPORT_REFUSED');
    const issues = error?.extensions?.issues as { file: string; record: string; field: string; reason: string }[];
    const fields = issues.map((issue) => `${issue.record} ${issue.field}`).sort();
    expect(fields).toEqual(['/partners/0 mpaSignedOn', '/partners/0 mpnId', '/partners/0 tenantId']);
    expect(await graphState()).toBe(before);
    const refused = (await auditFor('document')).find((e) => e.requestId === result.headers.get('x-request-id'));
    expect(refused).toMatchObject({ action: 'import', outcome: 'refused' });
  });

  it('reports references the graph lacks once the records themselves are valid', async () => {
    const document = fixture('refused-ecosystem.json') as { partners: Record<string, unknown>[] };
    const partner = { ...document.partners[0], mpnId: '7000002', mpaSignedOn: '2021-02-28' };
    const result = await api.gql(mutation, { document: { ...document, partners: [partner] } });
    const issues = result.body.errors?.[0]?.extensions?.issues as { field: string; reason: string }[];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('tenantId');
    expect(issues[0]?.reason).toMatch(/neither in the import nor in the graph/);
  });
});

describe('importCsv (multipart upload)', () => {
  function upload(files: Record<string, string>, headers: Record<string, string> = { [CSRF_HEADER]: '1' }) {
    const names = Object.keys(files);
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation U($files: [File!]!) { importCsv(files: $files) { records written } }',
        variables: { files: names.map(() => null) },
      }),
    );
    form.append('map', JSON.stringify(Object.fromEntries(names.map((_, i) => [String(i), [`variables.files.${i}`]]))));
    for (const [i, name] of names.entries()) {
      form.append(String(i), new Blob([files[name] as string], { type: 'text/csv' }), name);
    }
    return fetch(api.url(), {
      method: 'POST',
      headers: { authorization: `Bearer ${api.key('admin')}`, ...headers },
      body: form,
    });
  }

  it('imports uploaded CSV files', async () => {
    const response = await upload({
      'organizations.csv': 'id,name,country\norg-csv,Csv Imports Ltd.,GB\n',
      'tenants.csv': 'id,country,kind\ntenant-csv,GB,customer\n',
    });
    const body = await response.json();
    expect(body).toEqual({ data: { importCsv: { records: 2, written: true } } });
    const org = await api.gql<{ organization: { name: string } }>(`{ organization(id: "org-csv") { name } }`);
    expect(org.body.data?.organization.name).toBe('Csv Imports Ltd.');
  });

  it('names the uploaded file and line of each refused record', async () => {
    const response = await upload({ 'tenants.csv': 'id,country,kind\ntenant-bad,ZZ,csp\n' });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('IMPORT_REFUSED');
    expect(body.errors[0].extensions.issues).toEqual([
      {
        file: 'tenants.csv',
        record: 'line 2',
        field: 'country',
        reason: expect.stringMatching(/'ZZ' is not a country/),
      },
    ]);
  });

  it('refuses files that are not of the import format', async () => {
    const response = await upload({ 'passwords.csv': 'a\n1\n' });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a multipart request without the CSRF header', async () => {
    const response = await upload({ 'organizations.csv': 'id,name\norg-csrf,Csrf Ltd.\n' }, {});
    expect(response.status).toBe(403);
    const org = await api.gql(`{ organization(id: "org-csrf") { name } }`);
    expect(org.body.data).toEqual({ organization: null });
  });
});

describe('checkTransaction', () => {
  const mutation = `mutation C($proposal: ProposedTransaction!) {
    checkTransaction(proposal: $proposal) { asOf compliant findings { key ruleId severity message subjects rule { title } } }
  }`;

  it('returns the findings a proposal would create and leaves the graph as it was', async () => {
    const before = await graphState();
    const result = await api.gql<{
      checkTransaction: { asOf: string; compliant: boolean; findings: { ruleId: string; subjects: string[] }[] };
    }>(
      mutation,
      {
        proposal: {
          supply: { providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' },
        },
      },
      { role: 'analyst' },
    );
    const check = result.body.data?.checkTransaction;
    expect(check?.asOf).toBe('2025-01-01');
    expect(check?.compliant).toBe(false);
    expect(check?.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'cross-region-partnership',
        subjects: [DEMO_IDS.litwareEurope, DEMO_IDS.bellowsDigital],
      }),
    );
    expect(await graphState()).toBe(before);
  });

  it('refuses a proposal naming what the graph lacks, naming the field, and leaves the graph as it was', async () => {
    const before = await graphState();
    const result = await api.gql(mutation, {
      proposal: {
        resellerRelationship: {
          partnerId: DEMO_IDS.contosoEurope,
          customerId: 'no-such-customer',
          since: '2025-06-01',
        },
      },
    });
    expect(result.body.data).toEqual({ checkTransaction: null });
    const error = result.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = error?.extensions?.issues as { field: string; reason: string }[];
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'customerId',
        reason: expect.stringMatching(/neither in the import nor in the graph/),
      }),
    ]);
    expect(await graphState()).toBe(before);
  });

  it('finds nothing wrong with a sale inside the partner region', async () => {
    const result = await api.gql<{ checkTransaction: { compliant: boolean; findings: unknown[] } }>(mutation, {
      proposal: {
        resellerRelationship: { partnerId: DEMO_IDS.contosoEurope, customerId: ADVENTURE_WORKS, since: '2025-06-01' },
      },
    });
    expect(result.body.data?.checkTransaction).toEqual({ compliant: true, findings: [], asOf: '2025-06-01' });
  });

  it('checks a proposed subscription', async () => {
    const result = await api.gql<{ checkTransaction: { findings: { ruleId: string }[] } }>(mutation, {
      proposal: {
        subscription: {
          customerId: COHO_WINERY,
          billedById: DEMO_IDS.litwareEurope,
          tenantId: await tenantOf(COHO_WINERY),
          createdOn: '2025-03-01',
        },
      },
    });
    const rules = result.body.data?.checkTransaction.findings.map((finding) => finding.ruleId);
    // A European provider billing a US customer directly: outside its region, and with no reseller.
    expect(rules).toEqual(expect.arrayContaining(['cross-region-sale', 'provider-direct-sale']));
  });

  /** The findings a proposal adds when the whole catalog runs before and after it, as checkTransaction did before
   * it learnt to run the rules from the proposal's anchors only. */
  async function fullCatalogFindings(input: Record<string, Record<string, unknown>>): Promise<string[]> {
    const proposal = toProposal(input);
    const record = await validateProposal(api.db(), proposal);
    const catalog = loadCatalog();
    return api.db().rollbackTransaction(async (tx) => {
      const run = async () => {
        const keys: string[] = [];
        for (const rule of catalog) {
          for (const row of await runRows(tx, ruleRow, rule.cypher, { asOf: proposal.date })) {
            keys.push(findingKey(rule.id, row.subjects));
          }
        }
        return keys;
      };
      const before = new Set(await run());
      await writeProposal(tx, proposal.collection, record);
      return (await run()).filter((key) => !before.has(key)).sort();
    });
  }

  it('reports what the whole catalog would, for every kind of proposal, while running only the anchored rules', async () => {
    const CITY_POWER = 'd787d12d-4fd7-472f-80e0-443bfb89bb61';
    const WINGTIP_TOYS = '52739451-31bc-48d9-a2b3-af32d5b3f86e';
    // Proposals go straight to the resolver's function: the API offers no management proposal.
    const context = { executor: api.db(), catalog: loadCatalog() };
    const proposals: Record<string, Record<string, unknown>>[] = [
      { supply: { providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' } },
      { supply: { providerId: DEMO_IDS.bellowsDigital, resellerId: DEMO_IDS.northwind, since: '2019-01-01' } },
      {
        resellerRelationship: {
          partnerId: DEMO_IDS.relecloudAsiaPacific,
          customerId: COHO_WINERY,
          since: '2025-06-01',
        },
      },
      { resellerRelationship: { partnerId: DEMO_IDS.contosoEurope, customerId: ADVENTURE_WORKS, since: '2025-06-01' } },
      {
        managementRelationship: {
          partnerId: DEMO_IDS.litwareEurope,
          customerId: CITY_POWER,
          managementKind: 'gdap',
          since: '2025-01-01',
        },
      },
      {
        subscription: {
          id: 'proposed-direct',
          customerId: COHO_WINERY,
          billedById: DEMO_IDS.litwareEurope,
          tenantId: await tenantOf(COHO_WINERY),
          createdOn: '2025-03-01',
        },
      },
      {
        subscription: {
          id: 'proposed-unsupplied',
          customerId: WINGTIP_TOYS,
          billedById: DEMO_IDS.litwareEurope,
          resellerOfRecordId: DEMO_IDS.northwind,
          tenantId: await tenantOf(WINGTIP_TOYS),
          createdOn: '2019-06-01',
        },
      },
    ];
    const withFindings: string[] = [];
    for (const input of proposals) {
      const expected = await fullCatalogFindings(input);
      const check = await checkTransaction(context, toProposal(input), null);
      const kind = Object.keys(input)[0] as string;
      expect({ kind, findings: check.findings.map((finding) => finding.key).sort() }).toEqual({
        kind,
        findings: expected,
      });
      if (expected.length > 0) withFindings.push(kind);
    }
    expect(new Set(withFindings)).toEqual(
      new Set(['supply', 'resellerRelationship', 'managementRelationship', 'subscription']),
    );
  });

  it('checks proposals together and one by one in one call', async () => {
    const before = await graphState();
    const batch = `mutation B($proposals: [ProposedTransaction!]!) {
      checkTransactions(proposals: $proposals) {
        asOf together { compliant findings { key ruleId } } proposals { asOf compliant findings { key ruleId } }
      }
    }`;
    const supply = {
      supply: { providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' },
    };
    const inRegion = {
      resellerRelationship: { partnerId: DEMO_IDS.contosoEurope, customerId: ADVENTURE_WORKS, since: '2025-06-01' },
    };
    const result = await api.gql<{
      checkTransactions: {
        asOf: string;
        together: { compliant: boolean; findings: { key: string }[] };
        proposals: { asOf: string; compliant: boolean; findings: { key: string }[] }[];
      };
    }>(batch, { proposals: [supply, inRegion] }, { role: 'analyst' });
    const check = result.body.data?.checkTransactions;
    // The latest proposal's date, so both are in effect.
    expect(check?.asOf).toBe('2025-06-01');
    expect(check?.proposals.map((one) => one.compliant)).toEqual([false, true]);
    const alone = await checkTransaction(
      { executor: api.db(), catalog: loadCatalog() },
      toProposal(supply),
      '2025-06-01',
    );
    expect(check?.proposals[0]?.findings.map((finding) => finding.key).sort()).toEqual(
      alone.findings.map((finding) => finding.key).sort(),
    );
    expect(check?.together.findings.map((finding) => finding.key).sort()).toEqual(
      alone.findings.map((finding) => finding.key).sort(),
    );
    expect(await graphState()).toBe(before);

    const empty = await api.gql(batch, { proposals: [] }, { role: 'analyst' });
    expect(empty.body.errors?.[0]?.message).toMatch(/Give at least one proposal/);
    const viewer = await api.gql(batch, { proposals: [supply] }, { role: 'viewer' });
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a proposal that names unknown entities or gives two kinds at once', async () => {
    const unknown = await api.gql(mutation, {
      proposal: { supply: { providerId: 'nobody', resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' } },
    });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.body.errors?.[0]?.extensions?.issues).toEqual([
      { record: 'supply', field: 'providerId', reason: expect.stringMatching(/names partner 'nobody'/) },
    ]);
    const both = await api.gql(mutation, {
      proposal: {
        supply: { providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-01-01' },
        resellerRelationship: { partnerId: DEMO_IDS.contosoEurope, customerId: ADVENTURE_WORKS, since: '2025-06-01' },
      },
    });
    // The @oneOf input is checked before anything runs: a request error.
    expect(both.status).toBe(400);
    expect(both.body.errors?.[0]?.message).toMatch(/exactly one/i);
  });
});

async function tenantOf(customerId: string): Promise<string> {
  const result = await api.gql<{ customer: { tenant: { id: string } } }>(
    `query T($id: ID!) { customer(id: $id) { tenant { id } } }`,
    { id: customerId },
  );
  return result.body.data?.customer.tenant.id as string;
}

describe('addRelationship and endRelationship', () => {
  it('adds a supply relationship, ends it, and audits both', async () => {
    const add = await api.gql<{ addRelationship: Record<string, unknown> }>(
      `mutation A($input: RelationshipInput!) { addRelationship(input: $input) { type fromId toId since until state } }`,
      {
        input: {
          supply: { providerId: DEMO_IDS.litwareEurope, resellerId: DEMO_IDS.bellowsDigital, since: '2025-02-01' },
        },
      },
    );
    expect(add.body.data?.addRelationship).toEqual({
      type: 'SUPPLIES',
      fromId: DEMO_IDS.litwareEurope,
      toId: DEMO_IDS.bellowsDigital,
      since: '2025-02-01',
      until: null,
      state: 'ACTIVE',
    });
    const resellers = async () =>
      (
        await api.gql<{ partner: { resellers: { edges: { reseller: { id: string }; until: string | null }[] } } }>(
          `query R($id: ID!) { partner(id: $id) { resellers(first: 50) { edges { until reseller { id } } } } }`,
          { id: DEMO_IDS.litwareEurope },
        )
      ).body.data?.partner.resellers.edges.find((edge) => edge.reseller.id === DEMO_IDS.bellowsDigital);
    expect(await resellers()).toMatchObject({ until: null });

    const end = await api.gql<{ endRelationship: { until: string } }>(
      `mutation E($input: EndRelationshipInput!) { endRelationship(input: $input) { type until } }`,
      {
        input: {
          type: 'SUPPLIES',
          fromId: DEMO_IDS.litwareEurope,
          toId: DEMO_IDS.bellowsDigital,
          since: '2025-02-01',
          until: '2025-06-30',
        },
      },
    );
    expect(end.body.data?.endRelationship).toEqual({ type: 'SUPPLIES', until: '2025-06-30' });
    expect(await resellers()).toMatchObject({ until: '2025-06-30' });
    const target = `SUPPLIES ${DEMO_IDS.litwareEurope} -> ${DEMO_IDS.bellowsDigital} since 2025-02-01`;
    expect((await auditFor(target)).map((entry) => entry.action).sort()).toEqual([
      'relationship.add',
      'relationship.end',
    ]);
  });

  it('refuses to end a relationship that does not exist, or before it began', async () => {
    const endMutation = `mutation E($input: EndRelationshipInput!) { endRelationship(input: $input) { until } }`;
    const input = {
      type: 'SELLS_TO',
      fromId: DEMO_IDS.contosoEurope,
      toId: ADVENTURE_WORKS,
      since: '2001-01-01',
      until: '2025-01-01',
    };
    expect((await api.gql(endMutation, { input })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const early = await api.gql(endMutation, { input: { ...input, until: '2000-01-01' } });
    expect(early.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('runScan and triage', () => {
  const findingFields =
    'key status triage { state reason waivedUntil expired by } partner { id violations { openFindings } }';

  async function scan() {
    const result = await api.gql<{
      runScan: { run: { id: string; total: number }; comparison: { new: number } | null };
    }>(
      `mutation { runScan(asOf: "2026-01-01") { run { id total } comparison { new stillOpen resolved } } }`,
      {},
      { role: 'analyst' },
    );
    return result.body.data?.runScan;
  }

  it('records a scan and compares it with the previous one', async () => {
    const first = await scan();
    expect(first?.run.total).toBeGreaterThan(0);
    const second = await scan();
    expect(second?.comparison).toEqual({ new: 0, stillOpen: second?.run.total, resolved: 0 });
    expect((await auditFor(second?.run.id as string)).map((entry) => entry.action)).toEqual(['scan']);
  });

  it('acknowledges, waives and reopens a finding; an expired waiver counts as open again', async () => {
    const list = await api.gql<{ findings: { edges: { node: { key: string } }[] } }>(
      `{ findings(first: 1, filter: { ruleIds: ["cross-region-partnership"] }) { edges { node { key } } } }`,
    );
    const key = list.body.data?.findings.edges[0]?.node.key as string;
    type Finding = {
      status: string;
      triage: { state: string; reason: string | null; expired: boolean; by: string } | null;
      partner: { violations: { openFindings: number } };
    };
    const triage = async (mutation: string, variables: Record<string, unknown>) => {
      const result = await api.gql<Record<string, Finding>>(mutation, { key, ...variables }, { role: 'analyst' });
      return Object.values(result.body.data ?? {})[0];
    };
    const openBefore = (await triage(`mutation R($key: ID!) { reopenFinding(key: $key) { ${findingFields} } }`, {}))
      ?.partner.violations.openFindings as number;

    const acknowledged = await triage(
      `mutation A($key: ID!) { acknowledgeFinding(key: $key, note: "seen") { ${findingFields} } }`,
      {},
    );
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', triage: { state: 'ACKNOWLEDGED', reason: 'seen' } });
    expect(acknowledged?.partner.violations.openFindings).toBe(openBefore);

    const waived = await triage(
      `mutation W($key: ID!, $until: DateTime!) { waiveFinding(key: $key, reason: "approved exception", until: $until) { ${findingFields} } }`,
      { until: '2099-01-01T00:00:00Z' },
    );
    expect(waived).toMatchObject({ status: 'WAIVED', triage: { state: 'WAIVED', expired: false } });
    expect(waived?.partner.violations.openFindings).toBe(openBefore - 1);
    expect(waived?.triage?.by).toMatch(/^api-key:/);

    await api.db().write("MATCH (f:Finding {key: $key}) SET f.waivedUntil = datetime('2020-01-01T00:00:00Z')", { key });
    const expired = await api.gql<{ finding: Finding }>(
      `query F($key: ID!) { finding(key: $key) { ${findingFields} } }`,
      {
        key,
      },
    );
    expect(expired.body.data?.finding).toMatchObject({ status: 'OPEN', triage: { state: 'WAIVED', expired: true } });
    expect(expired.body.data?.finding.partner.violations.openFindings).toBe(openBefore);

    const reopened = await triage(`mutation R($key: ID!) { reopenFinding(key: $key) { ${findingFields} } }`, {});
    expect(reopened).toMatchObject({ status: 'OPEN', triage: null });

    const history = await api.gql<{ finding: { history: { edges: { node: { action: string } }[] } } }>(
      `query H($key: ID!) { finding(key: $key) { history(first: 10) { edges { node { action } } } } }`,
      { key },
      { role: 'analyst' },
    );
    expect(history.body.data?.finding.history.edges.map((edge) => edge.node.action)).toEqual([
      'finding.reopen',
      'finding.waive',
      'finding.acknowledge',
      'finding.reopen',
    ]);
  });

  it('refuses a waiver without a reason or with an expiry in the past, and an unknown finding', async () => {
    const waive = `mutation W($key: ID!, $reason: String!, $until: DateTime!) { waiveFinding(key: $key, reason: $reason, until: $until) { key } }`;
    const list = await api.gql<{ findings: { edges: { node: { key: string } }[] } }>(
      `{ findings(first: 1) { edges { node { key } } } }`,
    );
    const key = list.body.data?.findings.edges[0]?.node.key;
    const codes = async (variables: Record<string, unknown>) =>
      (await api.gql(waive, variables)).body.errors?.map((error) => error.extensions?.code);
    expect(await codes({ key, reason: ' ', until: '2099-01-01T00:00:00Z' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ key, reason: 'ok', until: '2001-01-01T00:00:00Z' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ key, reason: 'ok', until: '2099-01-01' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ key: 'no-such-finding', reason: 'ok', until: '2099-01-01T00:00:00Z' })).toEqual(['NOT_FOUND']);
  });
});

describe('API keys', () => {
  it('creates a key whose secret works at once, and revokes it', async () => {
    const created = await api.gql<{ createApiKey: { secret: string; key: { id: string; role: string } } }>(
      `mutation { createApiKey(name: "dashboard", role: VIEWER) { secret key { id name role createdAt createdBy revokedAt } } }`,
    );
    const { secret, key } = created.body.data?.createApiKey ?? { secret: '', key: { id: '', role: '' } };
    expect(secret).toMatch(/^csp_/);
    expect(key.role).toBe('VIEWER');
    const asNewKey = () =>
      fetch(api.url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ me { name role } }' }),
      });
    expect(await (await asNewKey()).json()).toEqual({ data: { me: { name: 'dashboard', role: 'VIEWER' } } });
    const stored = await readRows(
      api.db(),
      z.object({ hash: z.string() }),
      'MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash',
      {
        id: key.id,
      },
    );
    expect(stored[0]?.hash).not.toContain(secret);

    const revoked = await api.gql<{ revokeApiKey: { revokedAt: string | null } }>(
      `mutation R($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: key.id },
    );
    expect(revoked.body.data?.revokeApiKey.revokedAt).toEqual(expect.any(String));
    expect((await asNewKey()).status).toBe(401);
    const listed = await api.gql<{ apiKeys: { edges: { node: { id: string } }[] } }>(
      `{ apiKeys(first: 100, includeRevoked: true) { totalCount edges { node { id revokedAt } } } }`,
    );
    expect(listed.body.data?.apiKeys.edges.map((edge) => edge.node.id)).toContain(key.id);
    expect((await auditFor(key.id)).map((entry) => entry.action).sort()).toEqual(['api-key.create', 'api-key.revoke']);
  });
});
