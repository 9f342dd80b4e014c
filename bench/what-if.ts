// Measures the what-if check (checkTransaction) on the graph the product uses: for one proposal of each kind, the
// check as the API runs it (only the rules the write could change) against the baseline of the whole catalog before
// and after the write, in the same rolled-back way; the two must report the same findings. Prints a Markdown section.
// Usage: npx tsx bench/what-if.ts [--as-of DATE]
//   The graph: NEO4J_URI's server, or the running local Neo4j (NEO4J_LOCAL_DIR), holding an ecosystem, e.g.
//   NEO4J_LOCAL_DIR=/tmp/csp-1m ./csp db start && ./csp import bench/out/generate-1000000/data
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { ApiContext } from '../server/api/context';
import { checkTransaction } from '../server/api/data/check-transaction';
import { toProposal, validateProposal, writeProposal } from '../server/api/data/proposals';
import { readSettings } from '../server/config';
import { connect } from '../server/db/connect';
import type { Executor } from '../server/db/executor';
import { DEFAULT_AS_OF } from '../server/generate/shape';
import { loadCatalog, type RuleDefinition } from '../server/rules/catalog';
import { rulesAffectedBy } from '../server/rules/rule-reads';
import type { RuleRow } from '../server/rules/run-rule';
import { findingKey } from '../server/scan/finding';
import { log } from './measure';

type ProposalInput = Record<string, Record<string, unknown>>;

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** One proposal of each kind between entities of the graph that are not linked that way yet. */
async function pickProposals(executor: Executor, asOf: string): Promise<ProposalInput[]> {
  const [row] = await executor.read<{ provider: string; reseller: string; customer: string; tenant: string }>(
    `MATCH (provider:IndirectProvider) WITH provider ORDER BY provider.id LIMIT 1
     MATCH (reseller:IndirectReseller) WHERE NOT (provider)-[:SUPPLIES]->(reseller)
     WITH provider, reseller ORDER BY reseller.id LIMIT 1
     MATCH (customer:Customer)-[:ON_TENANT]->(tenant:Tenant)
     WHERE NOT (reseller)-[:SELLS_TO|MANAGES]->(customer)
     WITH provider, reseller, customer, tenant ORDER BY customer.id LIMIT 1
     RETURN provider.id AS provider, reseller.id AS reseller, customer.id AS customer, tenant.id AS tenant`,
  );
  if (!row) throw new Error('The graph holds no provider, reseller and customer to propose links between');
  return [
    { supply: { providerId: row.provider, resellerId: row.reseller, since: asOf } },
    { resellerRelationship: { partnerId: row.reseller, customerId: row.customer, since: asOf } },
    {
      managementRelationship: {
        partnerId: row.reseller,
        customerId: row.customer,
        managementKind: 'gdap',
        since: asOf,
      },
    },
    {
      subscription: {
        id: 'what-if-bench',
        customerId: row.customer,
        billedById: row.provider,
        resellerOfRecordId: row.reseller,
        tenantId: row.tenant,
        createdOn: asOf,
      },
    },
  ];
}

/** The baseline: every rule of the catalog before and after the write, in one transaction that is rolled back. */
async function wholeCatalogCheck(executor: Executor, catalog: readonly RuleDefinition[], input: ProposalInput) {
  const proposal = toProposal(input);
  const record = await validateProposal(executor, proposal);
  return executor.rollbackTransaction(
    async (tx) => {
      const run = async () => {
        const keys: string[] = [];
        for (const rule of catalog) {
          for (const row of await tx.run<RuleRow>(rule.cypher, { asOf: proposal.date }))
            keys.push(findingKey(rule.id, row.subjects));
        }
        return keys;
      };
      const before = new Set(await run());
      await writeProposal(tx, proposal.collection, record);
      return (await run()).filter((key) => !before.has(key)).sort();
    },
    { timeoutMs: 3_600_000 },
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
  const asOf = values['as-of'] ?? DEFAULT_AS_OF;
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { executor, where } = await connect(readSettings(), { startLocal: false });
  try {
    const [size] = await executor.read<{ customers: number }>('MATCH (c:Customer) RETURN count(c) AS customers');
    const catalog = loadCatalog();
    const context = { executor, catalog } as unknown as ApiContext;
    const rows: string[] = [];
    let same = true;
    for (const input of await pickProposals(executor, asOf)) {
      const kind = Object.keys(input)[0] as string;
      const proposal = toProposal(input);
      const selected = rulesAffectedBy(catalog, proposal.collection);
      log(`${kind}: ${selected.length} of ${catalog.length} rules`);
      let started = performance.now();
      const check = await checkTransaction(context, proposal, null);
      const checkMs = performance.now() - started;
      log(`${kind}: whole catalog`);
      started = performance.now();
      const baseline = await wholeCatalogCheck(executor, catalog, input);
      const baselineMs = performance.now() - started;
      const found = check.findings.map((finding) => finding.key).sort();
      const agree = JSON.stringify(found) === JSON.stringify(baseline);
      same &&= agree;
      rows.push(
        `| ${kind} | ${selected.length} of ${catalog.length} | ${seconds(checkMs)} | ${seconds(baselineMs)} | ${(baselineMs / checkMs).toFixed(1)}× | ${found.length} | ${agree ? 'same' : 'DIFFERENT'} |`,
      );
    }
    process.stdout.write(
      [
        `- Command: \`npx tsx bench/what-if.ts${values['as-of'] ? ` --as-of ${asOf}` : ''}\` on ${where} holding ${(size?.customers ?? 0).toLocaleString('en-US')} customers, as of ${asOf}, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAtStart.toFixed(1)} at the start and ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
        '',
        '| proposal | rules run | checkTransaction s | whole catalog twice s | speed-up | new findings | findings |',
        '|---|---:|---:|---:|---:|---:|---|',
        ...rows,
        '',
      ].join('\n'),
    );
    return same ? 0 : 1;
  } finally {
    await executor.close();
  }
}

process.exitCode = await main();
