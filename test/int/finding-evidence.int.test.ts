// A finding's evidence end to end on the demo: stored with each recorded scan, read back through the API exactly as
// the scan engine found it, findings filtered by an entity of their evidence, and findings recorded before scans
// stored evidence.
import type { Plan } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiStatement } from '../../server/api/statement-text';
import { readRows } from '../../server/db/checked-rows';
import { cypher } from '../../server/db/cypher-files';
import { loadCatalog } from '../../server/rules/catalog';
import type { Finding } from '../../server/scan/finding';
import { runScan, type ScanResult } from '../../server/scan/run-scan';
import { recordScan } from '../../server/scan/scan-history';
import { DEMO_IDS, useApiServer } from './api-harness';

const api = useApiServer();
const catalog = loadCatalog();
const AS_OF = '2026-06-30';
/** Woodgrove Bank's tenant in the demo ecosystem. */
const WOODGROVE_TENANT = '4ceb6b0f-bd45-41cc-b108-99579e5d35b9';

let scan: ScanResult;
let fullRunId: string;
let crossRegionRunId: string;

beforeAll(async () => {
  scan = await runScan(api.db(), catalog, { asOf: AS_OF });
  fullRunId = await recordScan(api.db(), scan);
  // A later run of one rule: its findings are the only ones that run found.
  crossRegionRunId = await recordScan(
    api.db(),
    await runScan(api.db(), catalog, { asOf: AS_OF, ruleIds: ['cross-region-sale'] }),
  );
});

type Evidence = Finding['evidence'];

interface FindingsPage {
  findings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { key: string; evidence: Evidence } }[];
    facets: Record<string, { value: string | null; count: number }[]>;
  };
}

const FINDINGS = `query F($filter: FindingFilter, $first: Int!, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { key evidence { nodes { id label name } edges { type from to } } } }
    facets { rules { value count } severities { value count } regions { value count } partners { value count } statuses { value count } }
  }
}`;

/** Every finding a filter gives, page by page, with the first page's total and facets. */
async function allFindings(filter: Record<string, unknown>) {
  const evidence = new Map<string, Evidence>();
  let after: string | null = null;
  let first: FindingsPage['findings'] | undefined;
  do {
    const response = await api.gql<FindingsPage>(FINDINGS, { filter, first: 100, after }, { role: 'viewer' });
    expect(response.body.errors).toBeUndefined();
    const page = response.body.data?.findings as FindingsPage['findings'];
    first ??= page;
    for (const edge of page.edges) evidence.set(edge.node.key, edge.node.evidence);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { evidence, totalCount: first?.totalCount ?? 0, facets: first?.facets ?? {} };
}

/** The keys of the engine's findings whose evidence names the entity. */
function namedBy(id: string, label?: string): string[] {
  return scan.findings
    .filter((f) => f.evidence.nodes.some((node) => node.id === id && (!label || node.label === label)))
    .map((f) => f.key)
    .sort();
}

describe('finding evidence', () => {
  it('comes back for every finding of a run exactly as the scan engine found it', async () => {
    expect(scan.findings.some((f) => f.evidence.edges.length > 0)).toBe(true);
    const { evidence, totalCount } = await allFindings({ runId: fullRunId });
    expect(totalCount).toBe(scan.findings.length);
    expect(Object.fromEntries(evidence)).toEqual(Object.fromEntries(scan.findings.map((f) => [f.key, f.evidence])));
  });

  it('gives each evidence entity as a network draws it', async () => {
    const finding = scan.findings.find(
      (f) => f.ruleId === 'cross-region-sale' && f.subjects[0] === DEMO_IDS.fabrikamFrance,
    ) as Finding;
    const response = await api.gql<{
      finding: { evidence: { nodes: { id: string; label: string; node: { key: string; kind: string } | null }[] } };
    }>(
      `query F($key: ID!) { finding(key: $key) { evidence { nodes { id label node { key kind name roles region } } } } }`,
      {
        key: finding.key,
      },
    );
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data?.finding.evidence.nodes ?? [];
    expect(nodes.map((n) => n.id)).toEqual(finding.evidence.nodes.map((n) => n.id));
    for (const node of nodes) {
      expect(node.node?.key).toBe(`${node.label}:${node.id}`);
      expect(node.node?.kind).toBe(node.label.toUpperCase());
    }
  });
});

describe('the entity filter', () => {
  it('gives exactly the findings whose evidence names the entity, with totals and facets to match', async () => {
    const all = scan.findings.length;
    for (const [id, kind] of [
      [DEMO_IDS.woodgroveBank, 'Customer'],
      [DEMO_IDS.fabrikamFrance, 'Partner'],
      [WOODGROVE_TENANT, 'Tenant'],
      [DEMO_IDS.litwareEurope, 'Partner'],
    ] as const) {
      const expected = namedBy(id, kind);
      expect(expected.length, id).toBeGreaterThan(0);
      expect(expected.length, id).toBeLessThan(all);
      const found = await allFindings({ entityIds: [id] });
      expect([...found.evidence.keys()].sort(), id).toEqual(expected);
      expect(found.totalCount).toBe(expected.length);
      for (const facet of Object.values(found.facets)) {
        expect(facet.reduce((sum, row) => sum + row.count, 0)).toBe(expected.length);
      }
    }
    const both = await allFindings({ entityIds: [DEMO_IDS.woodgroveBank, DEMO_IDS.litwareEurope] });
    expect([...both.evidence.keys()].sort()).toEqual(
      [...new Set([...namedBy(DEMO_IDS.woodgroveBank), ...namedBy(DEMO_IDS.litwareEurope)])].sort(),
    );
  });

  it('narrows to a kind, combines with the other filters, and finds nothing for an unknown id', async () => {
    const asCustomer = await allFindings({ entityIds: [DEMO_IDS.woodgroveBank], entityKind: 'CUSTOMER' });
    expect([...asCustomer.evidence.keys()].sort()).toEqual(namedBy(DEMO_IDS.woodgroveBank));
    expect((await allFindings({ entityIds: [DEMO_IDS.woodgroveBank], entityKind: 'TENANT' })).totalCount).toBe(0);
    expect((await allFindings({ entityIds: ['no-such-entity'] })).totalCount).toBe(0);

    const inRun = await allFindings({ entityIds: [DEMO_IDS.fabrikamFrance], runId: crossRegionRunId });
    const expected = scan.findings
      .filter((f) => f.ruleId === 'cross-region-sale' && namedBy(DEMO_IDS.fabrikamFrance).includes(f.key))
      .map((f) => f.key)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(namedBy(DEMO_IDS.fabrikamFrance).length);
    expect([...inRun.evidence.keys()].sort()).toEqual(expected);

    const critical = await allFindings({ entityIds: [DEMO_IDS.fabrikamFrance], severities: ['CRITICAL'] });
    expect([...critical.evidence.keys()].sort()).toEqual(
      scan.findings
        .filter((f) => f.severity === 'critical' && namedBy(DEMO_IDS.fabrikamFrance).includes(f.key))
        .map((f) => f.key)
        .sort(),
    );
  });

  it('refuses a kind without ids, and more than 100 ids', async () => {
    const query = `query F($filter: FindingFilter) { findings(filter: $filter) { totalCount } }`;
    for (const filter of [{ entityKind: 'PARTNER' }, { entityIds: Array.from({ length: 101 }, (_, i) => `id-${i}`) }]) {
      const response = await api.gql(query, { filter }, { role: 'viewer' });
      expect(response.body.errors?.[0]?.extensions?.code, JSON.stringify(filter).slice(0, 40)).toBe('BAD_USER_INPUT');
    }
  });

  it('starts from the entity id indexes, never from a scan of all nodes or of all findings', async () => {
    const params = {
      runId: fullRunId,
      ruleIds: null,
      severities: null,
      regions: null,
      partnerIds: null,
      statuses: null,
      entityIds: [DEMO_IDS.woodgroveBank],
      entityKind: null,
      scope: null,
      skip: 0,
      limit: 20,
    };
    type PlanNode = Pick<Plan, 'operatorType' | 'arguments'> & { rows?: number; children: PlanNode[] };
    const flatten = (plan: PlanNode): PlanNode[] => [plan, ...plan.children.flatMap(flatten)];
    const operator = (plan: PlanNode) => plan.operatorType.split('@')[0];
    const search = apiStatement(cypher('api/findings/search.cypher'));

    const planned = flatten((await api.db().raw(`EXPLAIN ${search}`, params)).summary.plan as PlanNode);
    expect(planned.map(operator)).not.toContain('AllNodesScan');
    const seeks = planned
      .filter((plan) => operator(plan) === 'NodeUniqueIndexSeek')
      .map((plan) => String(plan.arguments.Details).match(/ \w+:(\w+)\(id\)/)?.[1]);
    expect(new Set(seeks)).toEqual(
      new Set(['Organization', 'Partner', 'Tenant', 'Customer', 'Subscription', 'ScanRun']),
    );

    const profiled = flatten((await api.db().raw(`PROFILE ${search}`, params)).summary.profile as PlanNode);
    const scans = profiled.filter((plan) => operator(plan) === 'NodeByLabelScan');
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.map((plan) => plan.rows)).toEqual(scans.map(() => 0));
  });
});

describe('evidence across runs', () => {
  it('resolves a finding recorded before scans stored evidence: its CONCERNS entities, no relationships', async () => {
    const finding = scan.findings.find((f) => f.ruleId === 'cross-region-sale' && f.evidence.edges.length > 0);
    expect(finding).toBeDefined();
    const { key, evidence } = finding as Finding;
    await api.db().write('MATCH (f:Finding {key: $key}) REMOVE f.evidence', { key });
    const response = await api.gql<{ finding: { evidence: Evidence } }>(
      `query F($key: ID!) { finding(key: $key) { evidence { nodes { id label name node { key } } edges { type from to } } } }`,
      { key },
      { role: 'viewer' },
    );
    expect(response.body.errors).toBeUndefined();
    const byLabelAndId = (a: Evidence['nodes'][number], b: Evidence['nodes'][number]) =>
      a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
    expect(response.body.data?.finding.evidence).toEqual({
      nodes: [...evidence.nodes]
        .sort(byLabelAndId)
        .map((node) => ({ ...node, node: { key: `${node.label}:${node.id}` } })),
      edges: [],
    });
    // The next run stores its evidence again.
    await recordScan(api.db(), scan);
    const again = await api.gql<{ finding: { evidence: Evidence } }>(
      `query F($key: ID!) { finding(key: $key) { evidence { nodes { id label name } edges { type from to } } } }`,
      { key },
    );
    expect(again.body.data?.finding.evidence).toEqual(evidence);
  });

  it('writes again a finding found again whose stored evidence or links went missing, and only those', async () => {
    const latest = await recordScan(api.db(), await runScan(api.db(), catalog, { asOf: AS_OF }));
    const linked = scan.findings.filter((f) => f.evidence.nodes.some((n) => n.label === 'Customer'));
    const [unlinked, bare, untouched] = linked;
    expect(untouched).toBeDefined();
    const { key: unlinkedKey } = unlinked as Finding;
    const { key: bareKey, evidence: bareEvidence } = bare as Finding;
    await api.db().write('MATCH (:Finding {key: $key})-[c:CONCERNS]->(:Customer) DELETE c', { key: unlinkedKey });
    await api.db().write('MATCH (f:Finding {key: $key}) REMOVE f.evidence', { key: bareKey });
    const untouchedBefore = await readRows(
      api.db(),
      z.object({ lastRunId: z.string() }),
      'MATCH (f:Finding {key: $key}) RETURN f.lastRunId AS lastRunId',
      { key: (untouched as Finding).key },
    );
    expect(untouchedBefore[0]?.lastRunId).toBe(latest);
    // Built on the latest run: what that run stored says which findings are unchanged.
    const next = await runScan(api.db(), catalog, { asOf: AS_OF });
    expect(next.stored?.runId).toBe(latest);
    const nextId = await recordScan(api.db(), next);
    const state = await readRows(
      api.db(),
      z.object({ key: z.string(), evidence: z.string().nullable(), customers: z.number(), lastRunId: z.string() }),
      `UNWIND $keys AS key
       MATCH (f:Finding {key: key})
       RETURN key, f.evidence AS evidence, COUNT { (f)-[:CONCERNS]->(:Customer) } AS customers,
              f.lastRunId AS lastRunId`,
      { keys: [unlinkedKey, bareKey, (untouched as Finding).key] },
    );
    const of = (key: string) => state.find((row) => row.key === key);
    expect(of(unlinkedKey)?.customers).toBeGreaterThan(0);
    expect(JSON.parse(of(bareKey)?.evidence ?? 'null')).toEqual(bareEvidence);
    expect(state.map((row) => row.lastRunId)).toEqual([nextId, nextId, nextId]);
  });

  it('links each finding once to every entity its evidence names, when first found and when found again', async () => {
    const links = z.object({ key: z.string(), ids: z.array(z.string()) });
    const stored = async () =>
      new Map(
        (
          await readRows(
            api.db(),
            links,
            `UNWIND $keys AS key
             MATCH (finding:Finding {key: key})
             RETURN key, COLLECT { MATCH (finding)-[:CONCERNS]->(e) RETURN e.id ORDER BY e.id } AS ids`,
            { keys: scan.findings.map((f) => f.key) },
          )
        ).map((row) => [row.key, row.ids]),
      );
    const expected = new Map(
      scan.findings.map((f) => [
        f.key,
        [
          ...new Set(f.evidence.nodes.filter((n) => n.label !== 'Country' && n.label !== 'Region').map((n) => n.id)),
        ].sort(),
      ]),
    );
    expect(scan.findings.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(expected);
    // Found again as they were: the links stay as they are, none doubled.
    await recordScan(api.db(), scan);
    expect(await stored()).toEqual(expected);
  });

  it('replaces the evidence and the entities a finding concerns with each run', async () => {
    const finding = scan.findings.find((f) =>
      f.evidence.nodes.some((node) => node.label === 'Subscription' && !f.subjects.includes(node.id)),
    ) as Finding;
    expect(finding).toBeDefined();
    const dropped = finding.evidence.nodes.find(
      (node) => node.label === 'Subscription' && !finding.subjects.includes(node.id),
    ) as Evidence['nodes'][number];
    const changed: Evidence = {
      nodes: finding.evidence.nodes.filter((node) => node !== dropped),
      edges: finding.evidence.edges.filter((edge) => edge.from !== dropped.id && edge.to !== dropped.id),
    };
    await recordScan(api.db(), {
      ...scan,
      findings: scan.findings.map((f) => (f.key === finding.key ? { ...f, evidence: changed } : f)),
    });
    const concerned = async () =>
      (
        await readRows(
          api.db(),
          z.object({ id: z.string() }),
          'MATCH (:Finding {key: $key})-[:CONCERNS]->(e) RETURN e.id AS id ORDER BY id',
          {
            key: finding.key,
          },
        )
      ).map((row) => row.id);
    expect(await concerned()).toEqual(changed.nodes.map((node) => node.id).sort());
    const filtered = await allFindings({ entityIds: [dropped.id], entityKind: 'SUBSCRIPTION' });
    expect(filtered.evidence.has(finding.key)).toBe(false);
    const response = await api.gql<{ finding: { evidence: Evidence } }>(
      `query F($key: ID!) { finding(key: $key) { evidence { nodes { id label name } edges { type from to } } } }`,
      { key: finding.key },
    );
    expect(response.body.data?.finding.evidence).toEqual(changed);

    await recordScan(api.db(), scan);
    expect(await concerned()).toEqual(finding.evidence.nodes.map((node) => node.id).sort());
    expect((await allFindings({ entityIds: [dropped.id], entityKind: 'SUBSCRIPTION' })).evidence.has(finding.key)).toBe(
      true,
    );
  });
});
