import { readFileSync } from 'node:fs';
import { createExecutor } from '/work/main/server/db/executor';
import { createApiKey } from '/work/main/server/api/auth/api-keys';
import { createApp } from '/work/main/server/api/app';
const s = JSON.parse(readFileSync('/tmp/neo4j-dev.json', 'utf8'));
const ex = createExecutor(s, { queryTimeoutMs: 60000 });
const { secret } = await createApiKey(ex, { name: 'smoke', role: 'admin', createdBy: 'smoke' });
const app = createApp({ executor: ex, settings: { mode: 'test' }, logger: { write(e) { if (e.level === 'error') console.error(JSON.stringify(e).slice(0, 1500)); } } });
async function q(query: string, variables = {}) {
  const t0 = Date.now();
  const r = await app.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
  const t = await r.text();
  console.log(r.status, Date.now() - t0, 'ms', t.slice(0, 1200));
}
for (const query of process.argv.slice(2)) await q(query);
await ex.close();
