// Webhooks against a receiver on 127.0.0.1 and the real Neo4j: the payload holds the new and resolved findings at or
// above the webhook's severity, the signature verifies with the secret, failures are retried with backoff, and each
// delivery is logged in the graph; `./csp scan --notify` and `./csp notify test` send them.
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { importPath } from '../../server/import/import-path';
import { notifyWebhooks, SIGNATURE_HEADER, TIMESTAMP_HEADER, type Webhook } from '../../server/notify/webhooks';
import { runCli } from '../support/run-cli';
import { clearGraph, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const SECRET = 'receiver-shared-secret';

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

/** A receiver that answers the first `failures` requests with 503, then 200. */
function receiver() {
  const received: Received[] = [];
  let failures = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ body, headers: request.headers, at: Date.now() });
      response.statusCode = received.length <= failures ? 503 : 200;
      response.end();
    });
  });
  return {
    received,
    failFirst(count: number) {
      failures = count;
      received.length = 0;
    },
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function verifies(message: Received): boolean {
  const timestamp = String(message.headers[TIMESTAMP_HEADER]);
  const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${message.body}`).digest('hex')}`;
  return message.headers[SIGNATURE_HEADER] === expected;
}

const hook = receiver();
let url = '';

beforeAll(async () => {
  url = await hook.listen();
});
afterAll(async () => {
  await hook.close();
});
beforeEach(async () => {
  await clearGraph(db());
  await db().write('MATCH (d:WebhookDelivery) DELETE d');
});

const finding = (key: string, severity: 'critical' | 'high' | 'medium' | 'low') => ({
  key,
  ruleId: 'self-sale',
  severity,
  message: `finding ${key}`,
});

describe('a webhook delivery', () => {
  it('sends the findings at or above its severity, signed, retried after failures, and logs it', async () => {
    hook.failFirst(2);
    const webhook: Webhook = { name: 'compliance', url, secret: SECRET, minSeverity: 'high' };
    const [delivery] = await notifyWebhooks(
      db(),
      [webhook],
      {
        scanRunId: 'run-1',
        asOf: '2025-06-30',
        newFindings: [finding('a', 'critical'), finding('b', 'medium')],
        resolvedFindings: [finding('c', 'high'), finding('d', 'low')],
      },
      { backoffMs: 100 },
    );
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, httpStatus: 200 });
    expect(hook.received).toHaveLength(3);
    for (const message of hook.received) expect(verifies(message)).toBe(true);
    // Backoff: the second wait is about twice the first.
    const [first, second, third] = hook.received.map((message) => message.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(100);
    expect(third - second).toBeGreaterThanOrEqual(200);
    const payload = JSON.parse((hook.received[2] as Received).body);
    expect(payload).toEqual({
      event: 'scan.completed',
      scanRunId: 'run-1',
      asOf: '2025-06-30',
      minSeverity: 'high',
      new: [finding('a', 'critical')],
      resolved: [finding('c', 'high')],
    });
    const log = await db().read(
      'MATCH (d:WebhookDelivery) RETURN d.webhook AS webhook, d.status AS status, d.attempts AS attempts, d.scanRunId AS run',
    );
    expect(log).toEqual([{ webhook: 'compliance', status: 'delivered', attempts: 3, run: 'run-1' }]);
  });

  it('gives up after the last attempt, logs the failure, and a wrong secret does not verify', async () => {
    hook.failFirst(10);
    const webhook: Webhook = { name: 'down', url, secret: 'another-secret', minSeverity: 'low' };
    const [delivery] = await notifyWebhooks(
      db(),
      [webhook],
      { scanRunId: 'run-2', asOf: '2025-06-30', newFindings: [finding('a', 'low')], resolvedFindings: [] },
      { attempts: 3, backoffMs: 10 },
    );
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, httpStatus: 503 });
    expect(hook.received).toHaveLength(3);
    expect(verifies(hook.received[0] as Received)).toBe(false);
    const [row] = await readRows(
      db(),
      z.object({ status: z.string() }),
      'MATCH (d:WebhookDelivery) RETURN d.status AS status',
    );
    expect(row?.status).toBe('failed');
  });

  it('is not sent when nothing reaches its severity', async () => {
    hook.failFirst(0);
    const webhook: Webhook = { name: 'critical-only', url, secret: SECRET, minSeverity: 'critical' };
    const deliveries = await notifyWebhooks(db(), [webhook], {
      scanRunId: 'run-3',
      asOf: '2025-06-30',
      newFindings: [finding('a', 'high')],
      resolvedFindings: [],
    });
    expect(deliveries).toEqual([]);
    expect(hook.received).toHaveLength(0);
  });
});

describe('the command line', () => {
  function config(): Record<string, string> {
    const file = path.join(os.tmpdir(), `csp-webhooks-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify([{ name: 'team', url, secretEnv: 'CSP_TEST_WEBHOOK_SECRET', minSeverity: 'low' }]),
    );
    return { CSP_WEBHOOKS_FILE: file, CSP_TEST_WEBHOOK_SECRET: SECRET };
  }

  it("scan --notify sends the run's new findings", async () => {
    hook.failFirst(0);
    await importPath(db(), path.join(PROJECT_ROOT, 'data', 'demo', 'ecosystem.json'));
    const result = await runCli(['scan', '--notify', '--as-of', '2025-06-30', '--out', os.devNull], config());
    expect(result.stderr).toMatch(/Webhook team: delivered after 1 attempt/);
    expect(hook.received).toHaveLength(1);
    const message = hook.received[0] as Received;
    expect(verifies(message)).toBe(true);
    const payload = JSON.parse(message.body);
    const [run] = await readRows(
      db(),
      z.object({ id: z.string(), total: z.number() }),
      'MATCH (r:ScanRun) RETURN r.id AS id, r.total AS total ORDER BY r.startedAt DESC LIMIT 1',
    );
    expect(payload.scanRunId).toBe(run?.id);
    expect(payload.new.length).toBeGreaterThan(0);
    expect(payload.new.length).toBe(run?.total);
  });

  it('notify test sends a signed test event', async () => {
    hook.failFirst(0);
    const result = await runCli(['notify', 'test'], config());
    expect(result.stdout).toMatch(/team: delivered after 1 attempt/);
    expect(result.code).toBe(0);
    expect(JSON.parse((hook.received[0] as Received).body)).toMatchObject({ event: 'test', new: [], resolved: [] });
    expect(verifies(hook.received[0] as Received)).toBe(true);
  });
});
