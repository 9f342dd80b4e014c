import { readFileSync } from 'node:fs';
import { createExecutor } from '/work/main/server/db/executor';
import { loadCatalog } from '/work/main/server/rules/catalog';
import { runRule } from '/work/main/server/rules/run-rule';
const s = JSON.parse(readFileSync('/tmp/neo4j-dev.json', 'utf8'));
const ex = createExecutor(s, { queryTimeoutMs: 60000 });
for (const rule of loadCatalog()) { const t = performance.now(); const rows = await runRule(ex, rule, '2026-01-01'); console.log(rule.id, rows.length, Math.round(performance.now() - t)); }
await ex.close();
