// Finding, its triage and evidence, and the connection of findings with its facet counts.
import type { EvidenceNode } from '../../rules/run-rule';
import type { ApiContext } from '../context';
import { listAudit } from '../data/audit';
import { loadEntity } from '../data/entities';
import { type FacetCombination, facetCounts, findingEvidence } from '../data/findings';
import { ENTITY_KINDS, type EntityKind, type EntityRef, type FindingRow } from '../data/rows';
import { type PageArgs, toConnection, toPage } from '../pagination';
import { maybe } from './lists';

const isEntityKind = (label: string): label is EntityKind => (ENTITY_KINDS as readonly string[]).includes(label);

export const findingResolvers = {
  Finding: {
    rule: (row: FindingRow, _args: unknown, context: ApiContext) =>
      context.catalog.find((rule) => rule.id === row.ruleId) ?? null,
    partner: (row: FindingRow, _args: unknown, context: ApiContext) =>
      maybe((id) => context.loaders.partner.load(id), row.partnerId),
    triage: (row: FindingRow) =>
      row.triage === null
        ? null
        : {
            state: row.triage,
            reason: row.triageReason,
            waivedUntil: row.waivedUntil,
            expired: row.waiverExpired,
            at: row.triagedAt,
            by: row.triagedBy,
          },
    entities: async (row: FindingRow, args: PageArgs, context: ApiContext) => {
      const page = toPage(args);
      const result = await context.loaders
        .list<EntityRef>('finding-entities', { skip: page.skip, limit: page.limit })
        .load(row.key);
      return toConnection(
        result.items.map((ref) => ({ node: () => loadEntity(context, ref) })),
        page,
        result.total,
      );
    },
    evidence: (row: FindingRow, _args: unknown, context: ApiContext) => findingEvidence(context, row.key),
    history: async (row: FindingRow, args: PageArgs, context: ApiContext) => {
      const page = toPage(args);
      const result = await listAudit(context, { action: null, target: row.key, ...page });
      return toConnection(
        result.items.map((node) => ({ node })),
        page,
        result.total,
      );
    },
  },
  EvidenceNode: {
    node: async (node: EvidenceNode, _args: unknown, context: ApiContext) =>
      isEntityKind(node.label)
        ? ((await context.loaders.networkNode.load({ kind: node.label, id: node.id })) ?? null)
        : null,
  },
  FindingConnection: {
    facets: (connection: { combinations: FacetCombination[] }) => ({
      rules: facetCounts(connection.combinations, 'rule'),
      severities: facetCounts(connection.combinations, 'severity'),
      regions: facetCounts(connection.combinations, 'region'),
      partners: facetCounts(connection.combinations, 'partner'),
      statuses: facetCounts(connection.combinations, 'status'),
    }),
  },
};
