// Tells a team what a scan changed: new and resolved findings at or above each webhook's severity are POSTed as JSON,
// signed with HMAC-SHA256, retried with growing waits, and every delivery is logged in the graph.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { environment } from '../config';
import { cypher } from '../db/cypher-files';
import type { Executor } from '../db/executor';
import { isSeverity, type Severity, severityRank } from '../scan/finding';

/** The header that carries `sha256=<hex>` of `<timestamp>.<body>`, keyed with the webhook's secret. */
export const SIGNATURE_HEADER = 'x-csp-signature';
export const TIMESTAMP_HEADER = 'x-csp-timestamp';
export const DELIVERY_HEADER = 'x-csp-delivery';

export interface Webhook {
  name: string;
  url: string;
  secret: string;
  /** Findings of this severity or worse are sent (default high). */
  minSeverity: Severity;
}

export class WebhookConfigError extends Error {
  override name = 'WebhookConfigError';
}

/** Reads the webhooks file (CSP_WEBHOOKS_FILE): a JSON list of {name, url, secretEnv, minSeverity?}. The secret
 * itself lives in the environment variable secretEnv names, never in the file. */
export function readWebhooks(file: string, env: NodeJS.ProcessEnv = environment()): Webhook[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WebhookConfigError(`${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new WebhookConfigError(`${file}: must be a JSON list of webhooks`);
  return parsed.map((entry: Record<string, unknown>, index) => {
    const at = `${file}: webhook ${index + 1}`;
    const name = typeof entry.name === 'string' && entry.name ? entry.name : `webhook ${index + 1}`;
    if (typeof entry.url !== 'string' || !/^https?:\/\//.test(entry.url)) {
      throw new WebhookConfigError(`${at}, field url: must be an http:// or https:// address`);
    }
    if (typeof entry.secretEnv !== 'string' || !env[entry.secretEnv]) {
      throw new WebhookConfigError(`${at}, field secretEnv: must name an environment variable that holds the secret`);
    }
    const minSeverity = entry.minSeverity ?? 'high';
    if (typeof minSeverity !== 'string' || !isSeverity(minSeverity)) {
      throw new WebhookConfigError(`${at}, field minSeverity: must be critical, high, medium or low`);
    }
    return { name, url: entry.url, secret: env[entry.secretEnv] as string, minSeverity };
  });
}

export interface NotifiedFinding {
  key: string;
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface ScanNotice {
  scanRunId: string | null;
  asOf: string;
  newFindings: NotifiedFinding[];
  resolvedFindings: NotifiedFinding[];
}

/** The JSON body a webhook receives. */
export function payloadFor(webhook: Webhook, notice: ScanNotice, event = 'scan.completed') {
  const atLeast = (finding: NotifiedFinding) => severityRank(finding.severity) <= severityRank(webhook.minSeverity);
  return {
    event,
    scanRunId: notice.scanRunId,
    asOf: notice.asOf,
    minSeverity: webhook.minSeverity,
    new: notice.newFindings.filter(atLeast),
    resolved: notice.resolvedFindings.filter(atLeast),
  };
}

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface DeliveryOptions {
  /** Attempts in all (default 4). */
  attempts?: number;
  /** The wait before the second attempt; it doubles for each one after (default 2 s). */
  backoffMs?: number;
  /** Each attempt's time limit (default 10 s). */
  timeoutMs?: number;
}

export interface Delivery {
  webhook: string;
  status: 'delivered' | 'failed';
  attempts: number;
  httpStatus: number | null;
  error: string | null;
}

/** POSTs one body to one webhook until it answers 2xx or the attempts run out; a 4xx other than 408 and 429 is not
 * retried (the receiver refuses the request itself). */
async function deliver(webhook: Webhook, body: string, options: DeliveryOptions): Promise<Delivery> {
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 2000;
  const id = randomUUID();
  let last: Delivery = { webhook: webhook.name, status: 'failed', attempts: 0, httpStatus: null, error: null };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 2)));
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [DELIVERY_HEADER]: id,
          [SIGNATURE_HEADER]: sign(webhook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer();
      last = {
        ...last,
        attempts: attempt,
        httpStatus: response.status,
        error: response.ok ? null : response.statusText,
      };
      if (response.ok) return { ...last, status: 'delivered' };
      if (response.status < 500 && response.status !== 408 && response.status !== 429) return last;
    } catch (error) {
      last = { ...last, attempts: attempt, httpStatus: null, error: (error as Error).message };
    }
  }
  return last;
}

/** Sends the notice to every webhook that has something at or above its severity (a test event always goes), and
 * logs each delivery in the graph. */
export async function notifyWebhooks(
  executor: Executor,
  webhooks: readonly Webhook[],
  notice: ScanNotice,
  options: DeliveryOptions & { event?: string } = {},
): Promise<Delivery[]> {
  const event = options.event ?? 'scan.completed';
  const deliveries: Delivery[] = [];
  for (const webhook of webhooks) {
    const payload = payloadFor(webhook, notice, event);
    if (event === 'scan.completed' && payload.new.length + payload.resolved.length === 0) continue;
    const delivery = await deliver(webhook, JSON.stringify(payload), options);
    await executor.write(cypher('notify/record-delivery.cypher'), {
      id: randomUUID(),
      url: webhook.url,
      event,
      scanRunId: notice.scanRunId,
      ...delivery,
    });
    deliveries.push(delivery);
  }
  return deliveries;
}
