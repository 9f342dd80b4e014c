// Triage of a finding: acknowledge it, waive it until an instant (then it counts as open again), or reopen it.
import { cypher } from '../../db/cypher-files';
import { isPast } from '../../shared/dates';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { recordAudit } from './audit';
import type { FindingRow } from './rows';

export const MAX_TRIAGE_TEXT = 1000;

export type TriageAction = 'acknowledge' | 'waive' | 'reopen';

const STATEMENTS: Record<TriageAction, string> = {
  acknowledge: 'api/findings/acknowledge.cypher',
  waive: 'api/findings/waive.cypher',
  reopen: 'api/findings/reopen.cypher',
};

function checkText(text: string | null | undefined, what: string, required: boolean): void {
  if (required && (!text || text.trim() === '')) throw badInput(`${what} must not be blank`);
  if (text && text.length > MAX_TRIAGE_TEXT) throw badInput(`${what} must be at most ${MAX_TRIAGE_TEXT} characters`);
}

export async function triageFinding(
  context: ApiContext,
  key: string,
  action: TriageAction,
  details: { note?: string | null; reason?: string | null; until?: string | null } = {},
): Promise<FindingRow> {
  if (action === 'acknowledge') checkText(details.note, 'note', false);
  if (action === 'waive') {
    checkText(details.reason, 'reason', true);
    if (!details.until || isPast(details.until)) {
      throw badInput('until must be an instant in the future: a waiver that has already run out would change nothing');
    }
  }
  const before = await context.loaders.finding.load(key);
  if (!before) throw notFound(`No finding has the key '${key}'`);
  await context.executor.writeTransaction(async (tx) => {
    await tx.run(cypher(STATEMENTS[action]), {
      key,
      note: details.note ?? null,
      reason: details.reason ?? null,
      until: details.until ?? null,
      by: context.principal.id,
    });
    await recordAudit(
      context,
      {
        action: `finding.${action}`,
        outcome: 'succeeded',
        target: key,
        details: { from: before.status, ...details },
      },
      tx,
    );
  });
  context.loaders.finding.clear(key);
  const after = await context.loaders.finding.load(key);
  if (!after) throw notFound(`No finding has the key '${key}'`);
  return after;
}
