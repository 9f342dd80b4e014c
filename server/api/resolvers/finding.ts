// Finding, its triage and evidence, and the connection of findings with its facet counts.
import { listAudit } from '../data/audit';
import { loadEntity } from '../data/entities';
import { facetCounts, findingEvidence } from '../data/findings';
import { ENTITY_KINDS, type EntityKind } from '../data/rows';
import type { Resolvers } from '../generated/resolver-types';
import { toConnection, toPage } from '../pagination';
import { maybe } from './lists';

const isEntityKind = (label: string): label is EntityKind => (ENTITY_KINDS as readonly string[]).includes(label);

export const findingResolvers: Resolvers = {
  Finding: {
    rule: (row, _args, context) => context.catalog.find((rule) => rule.id === row.ruleId) ?? null,
    partner: (row, _args, context) => maybe((id) => context.loaders.partner.load(id), row.partnerId),
    // Triage writes its state and its time together: a row has both or neither.
    triage: (row) =>
      row.triage === null || row.triagedAt === null
        ? null
        : {
            state: row.triage,
            reason: row.triageReason,
            waivedUntil: row.waivedUntil,
            expired: row.waiverExpired,
            at: row.triagedAt,
            by: row.triagedBy,
          },
    entities: async (row, args, context) => {
      const page = toPage(args);
      const result = await context.loaders.list('finding-entities', page).load(row.key);
      return toConnection(
        result.items.map((ref) => ({ node: () => loadEntity(context, ref) })),
        page,
        result.total,
      );
    },
    evidence: (row, _args, context) => findingEvidence(context, row.key),
    history: async (row, args, context) => {
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
    node: async (node, _args, context) =>
      isEntityKind(node.label)
        ? ((await context.loaders.networkNode.load({ kind: node.label, id: node.id })) ?? null)
        : null,
  },
  FindingConnection: {
    facets: (connection) => ({ combinations: connection.combinations }),
  },
  FindingFacets: {
    rules: (facets) => facetCounts(facets.combinations, 'rule'),
    severities: (facets) => facetCounts(facets.combinations, 'severity'),
    regions: (facets) => facetCounts(facets.combinations, 'region'),
    partners: (facets) => facetCounts(facets.combinations, 'partner'),
    statuses: (facets) => facetCounts(facets.combinations, 'status'),
  },
};
