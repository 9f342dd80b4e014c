// The audit trail: every import, scan, triage and change, with who asked, when, the outcome and the request id.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import type { Tx } from '../../db/executor';
import { ROLES } from '../auth/roles';
import type { ApiContext } from '../context';
import { listPage } from './rows';

export const AUDIT_OUTCOMES = ['succeeded', 'refused'] as const;

export interface AuditInput {
  action: string;
  outcome: (typeof AUDIT_OUTCOMES)[number];
  target?: string | null;
  details?: unknown;
}

/** An audit entry as cypher/api/audit/list.cypher returns it; `details` is JSON text. */
const auditEntryRow = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string(),
  role: z.enum(ROLES),
  action: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  target: z.string().nullable(),
  requestId: z.string(),
  details: z.string().nullable(),
});
export type AuditEntryRow = z.infer<typeof auditEntryRow>;

/** A row of cypher/api/audit/list.cypher: a page of entries, newest first, with the total. */
const auditPage = listPage(auditEntryRow);

/** Records the entry inside `tx` (so it shares the change's fate) or, without one, on its own. */
export async function recordAudit(context: ApiContext, input: AuditInput, tx?: Tx): Promise<void> {
  const entry = {
    id: randomUUID(),
    actor: context.principal.id,
    actorName: context.principal.name,
    role: context.principal.role,
    action: input.action,
    outcome: input.outcome,
    target: input.target ?? null,
    requestId: context.requestId,
    details: input.details === undefined ? null : JSON.stringify(input.details),
  };
  const query = cypher('api/audit/record.cypher');
  if (tx) await tx.run(query, { entry });
  else await context.executor.write(query, { entry });
}

export async function listAudit(
  context: ApiContext,
  filter: { action: string | null; target: string | null; skip: number; limit: number },
): Promise<{ total: number; items: AuditEntryRow[] }> {
  const [page] = await readRows(context.executor, auditPage, cypher('api/audit/list.cypher'), filter);
  return page ?? { total: 0, items: [] };
}
