// Measures the what-if check (checkTransaction) on the graph the product uses: p50 and p99 over random proposals of
// each kind, against the method it replaced (the whole of every rule the proposal's write could change, before and
// after the write in one rolled-back transaction) on a sample of each kind in the same run; both must report the same
// findings. Prints a Markdown section and writes bench/results/what-if.json (figures suffixed with --label).
// Usage: npx tsx bench/what-if.ts --label 1m [--proposals 200] [--baseline 3] [--as-of DATE] [--warm] [--plan-ahead]
//   --warm: read the whole store once first (the steady state of a running product, whose daily scan reads it all)
//   --plan-ahead: plan the anchored checks first, as `./csp start` has the API's database do when it starts
//   The graph: NEO4J_URI's server, or the running local Neo4j (NEO4J_LOCAL_DIR), holding an ecosystem, e.g.
//   NEO4J_LOCAL_DIR=/tmp/csp-1m NEO4J_LOCAL_PORT=7711 ./csp db start (a copy of an imported store)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checkTransaction } from '../server/api/data/check-transaction';
import { type Proposal, toProposal, validateProposal, writeProposal } from '../server/api/data/proposals';
import { readSettings } from '../server/config';
import { readRows, runRows } from '../server/db/checked-rows';
import { connect } from '../server/db/connect';
import type { Executor } from '../server/db/executor';
import { createRandom, type Random } from '../server/generate/prng';
import { DEFAULT_AS_OF } from '../server/generate/shape';
import { loadCatalog, type RuleDefinition } from '../server/rules/catalog';
import { ruleRow } from '../server/rules/run-rule';
import { warmRulePlans } from '../server/rules/warm-plans';
import { findingKey } from '../server/scan/finding';
import { todayIso } from '../server/shared/dates';
import { log, readStoreOnce } from './measure';

type ProposalInput = Record<string, Record<string, unknown>>;
/** Proposals of each kind checked before timing (the last ones drawn, not among those timed), so Neo4j has planned
 * each rule's statement for the usual sizes of its parameters. */
const WARM_UP = 5;
const KINDS = ['supply', 'resellerRelationship', 'managementRelationship', 'subscription'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The baseline, kept only here: the rules the replaced method ran for each kind of proposal (those reading what the
 * import's statements for that kind write), each over the whole graph before and after the write.
 */
const OLD_RULES: Record<Kind, readonly string[] | 'all-but-supply-only'> = {
  supply: [
    'cross-cloud-link',
    'cross-region-partnership',
    'mpa-not-signed',
    'partner-to-partner-resale',
    'reseller-customer-of-own-provider',
    'reseller-not-enrolled',
    'reseller-of-record-not-supplied',
  ],
  resellerRelationship: [
    'affiliate-sale',
    'cross-cloud-link',
    'cross-region-sale',
    'csp-tenant-as-customer',
    'reseller-customer-of-own-provider',
    'self-sale',
  ],
  managementRelationship: ['cross-cloud-link'],
  subscription: 'all-but-supply-only',
};

function oldRules(catalog: readonly RuleDefinition[], kind: Kind): RuleDefinition[] {
  const ids = OLD_RULES[kind];
  if (ids === 'all-but-supply-only') {
    return catalog.filter((rule) => !['cross-region-partnership', 'partner-to-partner-resale'].includes(rule.id));
  }
  return catalog.filter((rule) => ids.includes(rule.id));
}

async function oldCheck(executor: Executor, rules: readonly RuleDefinition[], proposal: Proposal): Promise<string[]> {
  const record = await validateProposal(executor, proposal);
  return executor.rollbackTransaction(
    async (tx) => {
      const run = async () => {
        const keys: string[] = [];
        for (const rule of rules) {
          for (const row of await runRows(tx, ruleRow, rule.cypher, { asOf: proposal.date }))
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

/** A random sample (about `size`) of the ids of a label, read once. */
async function sample(executor: Executor, label: string, size: number): Promise<string[]> {
  const [total] = await readRows(executor, z.object({ n: z.number() }), `MATCH (n:${label}) RETURN count(n) AS n`);
  const rate = Math.min(1, (size * 2) / Math.max(1, total?.n ?? 0));
  const rows = await readRows(
    executor,
    z.object({ id: z.string() }),
    `MATCH (n:${label}) WHERE rand() < $rate RETURN n.id AS id ORDER BY id`,
    { rate },
  );
  return rows.map((row) => row.id);
}

async function proposalsOf(executor: Executor, random: Random, count: number, asOf: string) {
  const providers = await sample(executor, 'IndirectProvider', count);
  const resellers = await sample(executor, 'IndirectReseller', count);
  const partners = await sample(executor, 'Partner', count);
  const [total] = await readRows(executor, z.object({ n: z.number() }), 'MATCH (c:Customer) RETURN count(c) AS n');
  const customers = await readRows(
    executor,
    z.object({ id: z.string(), tenant: z.string() }),
    'MATCH (c:Customer)-[:ON_TENANT]->(t) WHERE rand() < $rate RETURN c.id AS id, t.id AS tenant ORDER BY id',
    { rate: Math.min(1, (count * 4) / Math.max(1, total?.n ?? 0)) },
  );
  if (providers.length === 0 || resellers.length === 0 || customers.length === 0)
    throw new Error('The graph holds no providers, resellers or customers to propose links between');
  const made: Record<Kind, ProposalInput[]> = {
    supply: [],
    resellerRelationship: [],
    managementRelationship: [],
    subscription: [],
  };
  for (let i = 0; i < count; i++) {
    const customer = random.pick(customers);
    made.supply.push({
      supply: { providerId: random.pick(providers), resellerId: random.pick(resellers), since: asOf },
    });
    made.resellerRelationship.push({
      resellerRelationship: { partnerId: random.pick(partners), customerId: customer.id, since: asOf },
    });
    made.managementRelationship.push({
      managementRelationship: {
        partnerId: random.pick(partners),
        customerId: customer.id,
        managementKind: 'gdap',
        since: asOf,
      },
    });
    made.subscription.push({
      subscription: {
        id: `what-if-bench-${i}`,
        customerId: customer.id,
        billedById: random.pick(providers),
        resellerOfRecordId: random.pick(resellers),
        tenantId: customer.tenant,
        createdOn: asOf,
      },
    });
  }
  return made;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      label: { type: 'string' },
      proposals: { type: 'string', default: '200' },
      baseline: { type: 'string', default: '3' },
      'as-of': { type: 'string' },
      warm: { type: 'boolean', default: false },
      'plan-ahead': { type: 'boolean', default: false },
    },
  });
  if (!values.label)
    throw new Error('Give --label (e.g. 100k or 1m): it names the figures in bench/results/what-if.json');
  const asOf = values['as-of'] ?? DEFAULT_AS_OF;
  const count = Number(values.proposals);
  const baselineCount = Number(values.baseline);
  const loadAtStart = os.loadavg()[0] ?? 0;
  const { executor, where } = await connect(readSettings(), { startLocal: false });
  try {
    const [size] = await readRows(
      executor,
      z.object({ customers: z.number() }),
      'MATCH (c:Customer) RETURN count(c) AS customers',
    );
    const catalog = loadCatalog();
    const context = { executor, catalog };
    const made = await proposalsOf(executor, createRandom(`what-if-${values.label}`), count + WARM_UP, asOf);
    // The steady state of a running product: the store read once, as the daily scan reads it (a freshly started
    // Neo4j reads every page from disk the first time), and each kind's statements planned once.
    if (values.warm) log(`read the whole store once in ${((await readStoreOnce(executor)) / 1000).toFixed(1)} s`);
    if (values['plan-ahead']) {
      // As `./csp start` has the API's database plan the anchored checks when it starts.
      const planned = await warmRulePlans(executor, catalog);
      log(`planned the ${planned.statements} statements of anchored checks in ${(planned.ms / 1000).toFixed(1)} s`);
    }
    // The first check of each kind after the database started pays for whatever is not planned yet.
    const firsts: string[] = [];
    for (const kind of KINDS) {
      for (const [index, input] of made[kind].slice(-WARM_UP).entries()) {
        const started = performance.now();
        await checkTransaction(context, toProposal(input), null);
        if (index === 0) firsts.push(`${kind} ${(performance.now() - started).toFixed(0)} ms`);
      }
    }
    log(`first check of each kind (not counted): ${firsts.join(', ')}`);
    // Every kind is timed first, then compared with the replaced method: its whole-graph runs read much of the store
    // and fill Neo4j's heap, which would otherwise slow the next kind's timed checks.
    const timed = new Map<Kind, number[]>();
    const all: number[] = [];
    for (const kind of KINDS) {
      const times: number[] = [];
      for (const input of made[kind].slice(0, count)) {
        const started = performance.now();
        await checkTransaction(context, toProposal(input), null);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      timed.set(kind, times);
      log(`${kind}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
    }
    const rows: string[] = [];
    let same = true;
    for (const kind of KINDS) {
      const times = timed.get(kind) ?? [];
      const rules = oldRules(catalog, kind);
      const oldTimes: number[] = [];
      const newTimes: number[] = [];
      for (const input of made[kind].slice(0, baselineCount)) {
        let started = performance.now();
        const check = await checkTransaction(context, toProposal(input), null);
        newTimes.push(performance.now() - started);
        started = performance.now();
        const old = await oldCheck(executor, rules, toProposal(input));
        oldTimes.push(performance.now() - started);
        const agree = JSON.stringify(check.findings.map((finding) => finding.key).sort()) === JSON.stringify(old);
        if (!agree) log(`${kind}: DIFFERENT findings for ${JSON.stringify(input)}`);
        same &&= agree;
      }
      const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
      // With --baseline 0 nothing is compared: the columns say so instead of dividing by nothing.
      const compared = oldTimes.length > 0;
      const baseline = compared
        ? `${(mean(oldTimes) / 1000).toFixed(2)} (${rules.length} rules) | ${mean(newTimes).toFixed(1)} | ${(mean(oldTimes) / mean(newTimes)).toFixed(0)}× | ${same ? 'same' : 'DIFFERENT'}`
        : 'not run | | | not compared';
      rows.push(
        `| ${kind} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${baseline} |`,
      );
    }
    all.sort((a, b) => a - b);
    const figures = {
      [`what_if_p50_ms_${values.label}`]: Number(percentile(all, 50).toFixed(1)),
      [`what_if_p99_ms_${values.label}`]: Number(percentile(all, 99).toFixed(1)),
    };
    // The command as run, every option included, so the figures say how to measure them again.
    const command = `npx tsx bench/what-if.ts ${process.argv.slice(2).join(' ')}`;
    const machine = `${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, shared`;
    const file = path.join('bench', 'results', 'what-if.json');
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { figures: {} };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          command: `${command} (on each size's store)`,
          date: todayIso(),
          machine,
          figures: { ...previous.figures, ...figures },
        },
        null,
        2,
      )}\n`,
    );
    process.stdout.write(
      [
        `- Command: \`${command}\` on ${where} holding ${(size?.customers ?? 0).toLocaleString('en-US')} customers, as of ${asOf}, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        `- Machine: ${machine}; load average ${loadAtStart.toFixed(1)} at the start and ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
        `- All ${all.length} proposals: p50 ${figures[`what_if_p50_ms_${values.label}`]} ms, p99 ${figures[`what_if_p99_ms_${values.label}`]} ms`,
        '',
        `| proposal | proposals | p50 ms | p99 ms | replaced method s (first ${baselineCount}) | checkTransaction ms (same ${baselineCount}) | speed-up | findings |`,
        '|---|---:|---:|---:|---:|---:|---:|---|',
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
