// Times the explorer's views on the ecosystem in the database the settings name (NEO4J_URI or the local Neo4j at
// NEO4J_LOCAL_DIR): signing in to the overview, the largest distributor's supply chain, its reseller group opened;
// for each the time to the view fully drawn, the longest main-thread task (Long Tasks API) and the elements drawn,
// in Debian's Chromium through the real API. Writes bench/results/web.json and, in the "Explorer at scale" section of
// docs/benchmarks.md, the subsection of its size ("Latest run at SIZE"); the section's own account stays as written.
// Run: BENCH_SIZE=100k npx tsx bench/web-render-scale.ts (the graph already imported and scanned)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createApiKey } from '../server/api/auth/api-keys';
import { withDatabase } from '../server/cli/with-database';
import { PROJECT_ROOT } from '../server/config';
import { readRows } from '../server/db/checked-rows';
import { todayIso } from '../server/shared/dates';
import { buildWebApp, startExplorer } from '../test/e2e/explorer-harness';
import { openGroup, openOverview, openSupplyChain, watch } from '../test/e2e/scale-journeys';
import { launchChromium } from '../test/support/chromium';
import { count, log } from './measure';
import { withSubsection } from './results';

const SIZE = process.env.BENCH_SIZE ?? '100k';
const REPEATS = Number(process.env.WEB_BENCH_REPEATS ?? 3);
const BENCHMARKS = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const RESULTS = path.join(PROJECT_ROOT, 'bench', 'results', 'web.json');
const HEADING = '## Explorer at scale';
/** The command as run, so the figures say how to measure them again. */
const COMMAND = `${REPEATS === 3 ? '' : `WEB_BENCH_REPEATS=${REPEATS} `}BENCH_SIZE=${SIZE} npx tsx bench/web-render-scale.ts`;

interface Step {
  ms: number;
  longestTask: number;
  nodes: number;
  edges: number;
}

interface Run {
  overview: Step;
  chain: Step;
  group: Step;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const [load] = os.loadavg();
  await withDatabase({ startLocal: false }, async ({ executor }) => {
    const [{ customers } = { customers: 0 }] = await readRows(
      executor,
      z.object({ customers: z.number() }),
      'MATCH (c:Customer) RETURN count(c) AS customers',
    );
    const key = (await createApiKey(executor, { name: 'web benchmark', role: 'analyst', createdBy: 'bench' })).secret;
    const web = await buildWebApp();
    const server = await startExplorer(executor, web.dir);
    const browser = await launchChromium();
    const runs: Run[] = [];
    try {
      const ask = async <T>(query: string): Promise<T> => {
        const response = await fetch(`${server.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query }),
        });
        return ((await response.json()) as { data: T }).data;
      };
      const data = await ask<{
        overview: { regions: { accounts: { id: string; name: string; roles: string[]; resellers: number }[] }[] };
      }>('{ overview(perRegion: 50) { regions { accounts { id name roles resellers } } } }');
      const largest = data.overview.regions
        .flatMap((region) => region.accounts)
        .filter((account) => account.roles.includes('INDIRECT_PROVIDER'))
        .sort((a, b) => b.resellers - a.resellers)[0];
      if (!largest) throw new Error('the graph has no indirect provider');
      log(`${count(customers)} customers; largest distributor ${largest.name} (${count(largest.resellers)} resellers)`);
      for (let repeat = 0; repeat < REPEATS; repeat += 1) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const watched = await watch(page);
        const overviewMs = await openOverview(page, server.origin, key);
        const overview = { ms: overviewMs, longestTask: await watched.longestTask(), nodes: 0, edges: 0 };
        const chainRun = await openSupplyChain(page, largest.name);
        const chain = { ms: chainRun.ms, longestTask: await watched.longestTask(), ...chainRun.drawn };
        const groupRun = await openGroup(page, `group:PARTNER:${largest.id}|PARTNER||SUPPLIES`);
        const group = { ms: groupRun.ms, longestTask: await watched.longestTask(), ...groupRun.drawn };
        if (watched.problems.length > 0) throw new Error(`the page reported: ${watched.problems.join('; ')}`);
        runs.push({ overview, chain, group });
        log(
          `run ${repeat + 1}: overview ${overview.ms} ms (task ${overview.longestTask}), supply chain ${chain.ms} ms (task ${chain.longestTask}, ${chain.nodes} nodes), group ${group.ms} ms (task ${group.longestTask}, ${group.nodes} nodes)`,
        );
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
      await web.remove();
    }
    const steps = ['overview', 'chain', 'group'] as const;
    const med = Object.fromEntries(
      steps.map((step) => [
        step,
        {
          ms: median(runs.map((run) => run[step].ms)),
          longestTask: median(runs.map((run) => run[step].longestTask)),
          elements: Math.max(...runs.map((run) => run[step].nodes + run[step].edges)),
        },
      ]),
    ) as Record<(typeof steps)[number], { ms: number; longestTask: number; elements: number }>;
    const figures = {
      [`overview_ms_${SIZE}`]: med.overview.ms,
      [`largest_supply_chain_ms_${SIZE}`]: med.chain.ms,
      [`open_group_ms_${SIZE}`]: med.group.ms,
      [`longest_task_ms_${SIZE}`]: Math.max(...steps.map((step) => med[step].longestTask)),
      [`drawn_elements_max_${SIZE}`]: Math.max(...steps.map((step) => med[step].elements)),
    };
    const date = todayIso();
    const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{"figures":{}}')) as {
      figures: Record<string, number>;
    };
    await mkdir(path.dirname(RESULTS), { recursive: true });
    await writeFile(
      RESULTS,
      `${JSON.stringify(
        {
          command: COMMAND,
          date,
          machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${load?.toFixed(1)} at the start`,
          figures: { ...previous.figures, ...figures },
        },
        null,
        2,
      )}\n`,
    );
    const row = (name: string, step: { ms: number; longestTask: number; elements: number }) =>
      `| ${SIZE} | ${name} | ${count(step.ms)} | ${count(step.longestTask)} | ${count(step.elements)} |`;
    const heading = `### Latest run at ${SIZE}`;
    const section = `${heading}

\`${COMMAND}\` (written by the run itself) against a generated ecosystem of ${count(customers)} customers, medians
of ${REPEATS} runs, each in a fresh page, on ${date}; load average ${load?.toFixed(1)} on the 2 cores when it started.

| customers | view | to fully drawn (ms) | longest task (ms) | elements drawn |
|---|---|---|---|---|
${row('overview', med.overview)}
${row('largest supply chain', med.chain)}
${row('reseller group opened', med.group)}
`;
    await writeFile(BENCHMARKS, withSubsection(await readFile(BENCHMARKS, 'utf8'), HEADING, heading, section));
    log(`written to ${path.relative(process.cwd(), RESULTS)} and docs/benchmarks.md`);
  });
}

await main();
