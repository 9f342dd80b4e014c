// What checking a rule from anchors costs per touched entity, beside its whole run: the measurement behind
// ANCHORED_MS_PER_TOUCHED (server/scan/incremental-scan.ts), with which an incremental scan decides, before any
// search, to run a rule whole. For each rule, one after another on a warm database: the search for its anchors and the
// run from them (timed together, as the scan spends them) and the whole run, as of --as-of; and the touched entities
// that can alter the rule. Writes anchored_us_per_touched_{min,median,max}_<label> to bench/results/anchored-cost.json.
// Usage: NEO4J_LOCAL_DIR=DIR NEO4J_LOCAL_PORT=N npx tsx bench/anchored-cost.ts --label 1m [--as-of 2025-07-01]
//   DIR: a store with changes since its last recorded scan, e.g. a copy of the store bench/daily-delta.ts starts from
//   after `./csp import bench/out/daily-delta-1m/delta.json --snapshot --as-of 2025-07-01` (the day's import, not its
//   scan).
import { parseArgs } from 'node:util';
import { readSettings } from '../server/config';
import { connect } from '../server/db/connect';
import { anchorsOfRules, TOUCHED_LABELS, touchedFor } from '../server/rules/anchors';
import { loadCatalog } from '../server/rules/catalog';
import { runRule } from '../server/rules/run-rule';
import { warmRulePlans } from '../server/rules/warm-plans';
import { catalogVersion } from '../server/scan/run-scan';
import { planScan, scanStart } from '../server/scan/scan-plan';
import { log, readStoreOnce } from './measure';
import { recordResults } from './results';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { label: { type: 'string' }, 'as-of': { type: 'string' } } });
  if (!values.label)
    throw new Error('Give --label (e.g. 1m): it names the figures in bench/results/anchored-cost.json');
  const asOf = values['as-of'] ?? '2025-07-01';
  const { executor } = await connect(readSettings(), { startLocal: false });
  try {
    const catalog = loadCatalog();
    const plan = await planScan(
      executor,
      { ruleIds: catalog.map((rule) => rule.id), catalogVersion: catalogVersion(catalog), asOf, full: false },
      await scanStart(executor),
    );
    if (plan.kind !== 'incremental') throw new Error(`The next scan would be full (${plan.reason}): nothing to time`);
    log(`${plan.reason}`);
    log(`read the whole store once in ${((await readStoreOnce(executor)) / 1000).toFixed(1)} s`);
    log(`planned the rules' statements in ${((await warmRulePlans(executor, catalog)).ms / 1000).toFixed(1)} s`);
    const perTouched: number[] = [];
    for (const rule of catalog) {
      const ids = touchedFor(rule, plan.touched);
      const touched = TOUCHED_LABELS.reduce((sum, label) => sum + ids[label].length, 0);
      let started = performance.now();
      const anchors = await executor.readTransaction((tx) => anchorsOfRules(tx, [rule], plan.touched, asOf, new Map()));
      await runRule(executor, rule, asOf, { anchors: [...(anchors.get(rule.id) ?? [])] });
      const anchoredMs = performance.now() - started;
      started = performance.now();
      await runRule(executor, rule, asOf, { anchors: null });
      const wholeMs = performance.now() - started;
      if (touched > 0) perTouched.push((1000 * anchoredMs) / touched);
      log(
        `${rule.id.padEnd(36)} touched ${String(touched).padStart(7)}  search + anchored ${anchoredMs.toFixed(0).padStart(6)} ms  whole ${wholeMs.toFixed(0).padStart(6)} ms  ${touched > 0 ? ((1000 * anchoredMs) / touched).toFixed(1) : '-'} µs per touched`,
      );
    }
    perTouched.sort((a, b) => a - b);
    const round = (us: number | undefined) => Number((us ?? 0).toFixed(1));
    const figures = {
      [`anchored_us_per_touched_min_${values.label}`]: round(perTouched[0]),
      [`anchored_us_per_touched_median_${values.label}`]: round(perTouched[Math.floor((perTouched.length - 1) / 2)]),
      [`anchored_us_per_touched_max_${values.label}`]: round(perTouched.at(-1)),
    };
    const command = `npx tsx bench/anchored-cost.ts --label ${values.label} --as-of ${asOf}`;
    log(`${recordResults('anchored-cost', command, figures)}: ${JSON.stringify(figures)}`);
  } finally {
    await executor.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
