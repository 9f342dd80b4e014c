// The audit trail: every import, scan, triage and change, with who asked, when, the outcome and the request id.
import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher-files';
import type { Tx } from '../../db/executor';
import type { ApiContext } from '../context';

export interface AuditInput {
  action: string;
  outcome: 'succeeded' | 'refused';
  target?: string | null;
  details?: unknown;
}

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  actorName: string;
  role: string;
  action: string;
  outcome: string;
  target: string | null;
  requestId: string;
  details: string | null;
}

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
  const [page] = await context.executor.read<{ total: number; items: AuditEntryRow[] }>(
    cypher('api/audit/list.cypher'),
    filter,
  );
  return page ?? { total: 0, items: [] };
}
