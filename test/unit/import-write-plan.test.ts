// How a write is planned: the mode auto mode picks, and batches in collection order with PartnerIDs released first.
import { describe, expect, it } from 'vitest';
import { COLLECTION_KEYS, type CollectionKey } from '../../server/import/import-schema';
import type { BatchStep } from '../../server/import/write-batch';
import { chooseMode, planSteps, type RowBatches } from '../../server/import/write-import';

/** Records with ids numbered per collection, handed out in batches as a stream would. */
function records(counts: Partial<Record<CollectionKey, number>>): RowBatches {
  const rows = (key: CollectionKey) =>
    Array.from({ length: counts[key] ?? 0 }, (_, index) => ({ id: `${key}-${index}`, mpnId: String(index) }));
  return {
    total: COLLECTION_KEYS.reduce((sum, key) => sum + (counts[key] ?? 0), 0),
    async *batches(collection, size) {
      const all = rows(collection);
      for (let start = 0; start < all.length; start += size) yield all.slice(start, start + size);
    },
  };
}

describe('chooseMode', () => {
  it('writes one transaction up to the limit and journaled batches above it, in auto mode', () => {
    expect(chooseMode(50, { transaction: 'auto', singleTransactionLimit: 50 })).toBe('single');
    expect(chooseMode(51, { transaction: 'auto', singleTransactionLimit: 50 })).toBe('journaled');
  });

  it('keeps the mode it is told', () => {
    expect(chooseMode(1_000_000, { transaction: 'single', singleTransactionLimit: 50 })).toBe('single');
    expect(chooseMode(1, { transaction: 'journaled', singleTransactionLimit: 50 })).toBe('journaled');
  });
});

describe('planSteps', () => {
  it('cuts every collection into batches, in collection order, releasing PartnerIDs before the partners', async () => {
    const steps: BatchStep[] = [];
    for await (const step of planSteps(records({ organizations: 5, partners: 3, subscriptions: 2 }), 2)) {
      steps.push(step);
    }
    expect(steps.map((step) => `${step.collection} ${step.action} ${step.rows.length}`)).toEqual([
      'organizations write 2',
      'organizations write 2',
      'organizations write 1',
      'partners release-mpn-ids 2',
      'partners release-mpn-ids 1',
      'partners write 2',
      'partners write 1',
      'subscriptions write 2',
    ]);
    expect(steps.flatMap((step) => (step.action === 'write' ? step.rows.map((row) => row.id) : []))).toEqual([
      'organizations-0',
      'organizations-1',
      'organizations-2',
      'organizations-3',
      'organizations-4',
      'partners-0',
      'partners-1',
      'partners-2',
      'subscriptions-0',
      'subscriptions-1',
    ]);
  });
});
