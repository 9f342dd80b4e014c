// A finding's status has one definition (server/api/finding-status.ts): every scan status and triage state gives the
// status the API reports, and the statements that count open findings count exactly the open and acknowledged ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiStatement } from '../../server/api/statement-text';
import { readRows } from '../../server/db/checked-rows';
import { cypher } from '../../server/db/cypher-files';
import { cypherInt } from '../../server/db/executor';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

const PAST = '2020-01-01T00:00:00Z';
const FUTURE = '2099-01-01T00:00:00Z';

/** Every state a finding can be left in by the scan (open, resolved) and triage, with the status it must have. */
const CASES = [
  { key: 'open', status: 'open', triage: null, until: null, expect: 'open', expired: false },
  { key: 'acknowledged', status: 'open', triage: 'acknowledged', until: null, expect: 'acknowledged', expired: false },
  { key: 'waived', status: 'open', triage: 'waived', until: FUTURE, expect: 'waived', expired: false },
  { key: 'waiver-run-out', status: 'open', triage: 'waived', until: PAST, expect: 'open', expired: true },
  { key: 'resolved', status: 'resolved', triage: null, until: null, expect: 'resolved', expired: false },
  {
    key: 'resolved-acknowledged',
    status: 'resolved',
    triage: 'acknowledged',
    until: null,
    expect: 'resolved',
    expired: false,
  },
  { key: 'resolved-waived', status: 'resolved', triage: 'waived', until: FUTURE, expect: 'resolved', expired: false },
  {
    key: 'resolved-waiver-run-out',
    status: 'resolved',
    triage: 'waived',
    until: PAST,
    expect: 'resolved',
    expired: true,
  },
] as const;

beforeAll(async () => {
  await clearGraph(db());
  await db().write(
    `UNWIND $cases AS c
     CREATE (:Finding {key: c.key, ruleId: 'self-sale', severity: 'high', region: 'Europe', status: c.status,
                       triage: c.triage, waivedUntil: CASE WHEN c.until IS NULL THEN null ELSE datetime(c.until) END})`,
    { cases: CASES },
  );
});

describe('a finding status', () => {
  it('is resolved, waived while a waiver runs, acknowledged, or open (an expired waiver counts as open again)', async () => {
    const rows = await readRows(
      db(),
      z.object({ key: z.string(), status: z.string(), countsOpen: z.boolean(), expired: z.boolean() }),
      apiStatement(
        `MATCH (f:Finding)
         RETURN f.key AS key, FINDING_STATUS(f) AS status, FINDING_COUNTS_OPEN(f) AS countsOpen,
                WAIVER_EXPIRED(f) AS expired
         ORDER BY key`,
      ),
    );
    const expected = CASES.map((c) => ({
      key: c.key,
      status: c.expect,
      countsOpen: c.expect === 'open' || c.expect === 'acknowledged',
      expired: c.expired,
    })).sort((a, b) => a.key.localeCompare(b.key));
    expect(rows).toEqual(expected);
  });

  it('is what the finding, search, page and open-count statements report', async () => {
    const byKey = await readRows(
      db(),
      z.object({ key: z.string(), status: z.string(), waiverExpired: z.boolean() }),
      apiStatement(cypher('api/findings/by-key.cypher')),
      { keys: CASES.map((c) => c.key), scope: null },
    );
    expect(Object.fromEntries(byKey.map((row) => [row.key, [row.status, row.waiverExpired]]))).toEqual(
      Object.fromEntries(CASES.map((c) => [c.key, [c.expect, c.expired]])),
    );

    const filter = {
      runId: null,
      ruleIds: null,
      severities: null,
      regions: null,
      partnerIds: null,
      entityIds: null,
      entityKind: null,
      scope: null,
    };
    for (const status of ['open', 'acknowledged', 'waived', 'resolved']) {
      const wanted = CASES.filter((c) => c.expect === status).map((c) => c.key);
      const [search] = await readRows(
        db(),
        z.object({ total: z.number(), combinations: z.array(z.object({ status: z.string() })) }),
        apiStatement(cypher('api/findings/search.cypher')),
        { ...filter, statuses: [status] },
      );
      expect(search?.total).toBe(wanted.length);
      expect(new Set(search?.combinations.map((c) => c.status))).toEqual(new Set([status]));
      const page = await readRows(
        db(),
        z.object({ key: z.string() }),
        apiStatement(cypher('api/findings/page.cypher')),
        {
          ...filter,
          statuses: [status],
          severity: 'high',
          skip: cypherInt(0),
          limit: cypherInt(100),
        },
      );
      expect(page.map((row) => row.key).sort()).toEqual([...wanted].sort());
    }

    const [counts] = await readRows(
      db(),
      z.object({ count: z.number() }),
      apiStatement(cypher('api/findings/open-counts.cypher')),
      {
        scope: null,
      },
    );
    expect(counts?.count).toBe(CASES.filter((c) => c.expect === 'open' || c.expect === 'acknowledged').length);
  });

  it('lets the open-count statement start from the finding_status index, scoped or not', async () => {
    type Plan = { operatorType: string; arguments: Record<string, unknown>; children: unknown[] };
    const operators = (plan: Plan): string[] =>
      [`${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments.Details ?? '')}`].concat(
        ...plan.children.map((child) => operators(child as Plan)),
      );
    for (const scoped of [false, true]) {
      const result = await db().raw(`EXPLAIN ${apiStatement(cypher('api/findings/open-counts.cypher'), scoped)}`, {
        scope: null,
      });
      const plan = operators(result.summary.plan as never);
      expect(plan.some((line) => /^NodeIndexSeek .*Finding\(status\)/.test(line))).toBe(true);
    }
  });
});
