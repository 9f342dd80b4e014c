// Every read of the API.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { compareRuns } from '../../scan/scan-history';
import { listApiKeys } from '../auth/api-keys';
import type { ApiContext } from '../context';
import { listAudit } from '../data/audit';
import { loadEntity, locateEntity } from '../data/entities';
import { buildNetwork, shortestPath } from '../data/network';
import { regionStatistics } from '../data/region-statistics';
import { idPageRow } from '../data/rows';
import { searchEntities } from '../data/search';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolver-types';
import { type PageArgs, sliceConnection, toConnection, toPage } from '../pagination';
import { findingConnection } from './scan-run';

/** A row of cypher/api/entities/partner-by-mpn-id.cypher. */
const idRow = z.object({ id: z.string() });

async function idPage(context: ApiContext, file: string, args: PageArgs, params: Record<string, unknown> = {}) {
  const page = toPage(args);
  const [result] = await readRows(context.executor, idPageRow, cypher(`api/${file}`), {
    ...params,
    skip: page.skip,
    limit: page.limit,
  });
  return { page, total: result?.total ?? 0, ids: result?.items ?? [] };
}

export const queryResolvers: Resolvers = {
  Query: {
    me: (_root, _args, context) => context.principal,

    entity: async (_root, args, context) => {
      try {
        const { kind } = await locateEntity(context, args.id, args.kind);
        return loadEntity(context, { kind, id: args.id });
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    organization: (_root, args, context) => context.loaders.organization.load(args.id),
    partner: async (_root, args, context) => {
      if (Boolean(args.id) === Boolean(args.mpnId)) throw badInput('Give exactly one of id and mpnId');
      if (args.id) return context.loaders.partner.load(args.id);
      const [row] = await readRows(context.executor, idRow, cypher('api/entities/partner-by-mpn-id.cypher'), {
        mpnId: args.mpnId,
      });
      return row ? context.loaders.partner.load(row.id) : null;
    },
    tenant: (_root, args, context) => context.loaders.tenant.load(args.id),
    customer: (_root, args, context) => context.loaders.customer.load(args.id),
    subscription: (_root, args, context) => context.loaders.subscription.load(args.id),
    country: (_root, args, context) => context.loaders.country.load(args.code),
    region: (_root, args, context) => context.loaders.region.load(args.name),

    organizations: async (_root, args, context) => {
      const { page, total, ids } = await idPage(context, 'entities/all-organizations.cypher', args);
      return toConnection(
        ids.map((id) => ({ node: () => context.loaders.organization.load(id) })),
        page,
        total,
      );
    },
    partners: async (_root, args, context) => {
      const { page, total, ids } = await idPage(context, 'entities/all-partners.cypher', args, {
        role: args.role ?? null,
        region: args.region ?? null,
      });
      return toConnection(
        ids.map((id) => ({ node: () => context.loaders.partner.load(id) })),
        page,
        total,
      );
    },
    customers: async (_root, args, context) => {
      const { page, total, ids } = await idPage(context, 'entities/all-customers.cypher', args, {
        region: args.region ?? null,
      });
      return toConnection(
        ids.map((id) => ({ node: () => context.loaders.customer.load(id) })),
        page,
        total,
      );
    },

    search: async (_root, args, context) => {
      const page = toPage(args);
      const result = await searchEntities(context, args.text, args.kinds, page);
      return toConnection(
        result.items.map((hit) => ({ node: () => loadEntity(context, hit), score: hit.score })),
        page,
        result.total,
      );
    },

    network: (_root, args, context) => buildNetwork(context, args),

    providerTree: async (_root, args, context) => {
      const provider = await context.loaders.partner.load(args.providerId);
      if (!provider) throw notFound(`No partner account has the id '${args.providerId}'`);
      if (!provider.roles.includes('indirect-provider')) {
        throw badInput(`Partner '${provider.name}' is not an indirect provider`);
      }
      const dated = { activeOn: args.activeOn, onlyActive: args.onlyActive ?? true };
      return { provider, pageArgs: { first: args.first, after: args.after }, dated };
    },

    shortestPath: (_root, args, context) => shortestPath(context, args),

    rules: (_root, args, context) =>
      sliceConnection(
        context.catalog.map((node) => ({ node })),
        args,
      ),
    rule: (_root, args, context) => context.catalog.find((rule) => rule.id === args.id) ?? null,
    findings: (_root, args, context) => findingConnection(context, args.filter ?? {}, args),
    finding: (_root, args, context) => context.loaders.finding.load(args.key),

    scanRuns: async (_root, args, context) => {
      const { page, total, ids } = await idPage(context, 'scans/runs-page.cypher', args);
      return toConnection(
        ids.map((id) => ({ node: () => context.loaders.scanRun.load(id) })),
        page,
        total,
      );
    },
    scanRun: (_root, args, context) => context.loaders.scanRun.load(args.id),
    compareRuns: async (_root, args, context) => {
      for (const id of [args.fromRunId, args.toRunId]) {
        if (!(await context.loaders.scanRun.load(id))) throw notFound(`No scan run has the id '${id}'`);
      }
      const rows = await compareRuns(context.executor, args.fromRunId, args.toRunId);
      // A scoped caller compares only the findings its scope holds (the loader answers null for the others).
      const visible = context.scope ? await context.loaders.finding.loadMany(rows.map((row) => row.key)) : null;
      return {
        fromId: args.fromRunId,
        toId: args.toRunId,
        rows: visible ? rows.filter((_row, index) => visible[index]) : rows,
      };
    },

    regionStatistics: async (_root, args, context) =>
      sliceConnection(
        (await regionStatistics(context)).map((node) => ({ node })),
        args,
      ),

    apiKeys: async (_root, args, context) => {
      const page = toPage(args);
      const result = await listApiKeys(context.executor, { includeRevoked: args.includeRevoked ?? false, ...page });
      return toConnection(
        result.items.map((node) => ({ node })),
        page,
        result.total,
      );
    },
    auditLog: async (_root, args, context) => {
      const page = toPage(args);
      const result = await listAudit(context, { action: args.action ?? null, target: args.target ?? null, ...page });
      return toConnection(
        result.items.map((node) => ({ node })),
        page,
        result.total,
      );
    },
  },
};
