// A page of one group of a network (the neighbours of a hub over one relationship type and direction, of one kind),
// flagged members first, with search and sort inside the group.
import { z } from 'zod';
import { readRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import { cypherInt } from '../../db/executor';
import type { RelationshipType } from '../../model/graph-model';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { encodeCursor, type PageArgs, toPage } from '../pagination';
import { locateEntity } from './entities';
import { describeEdges, describeNodes } from './network';
import { stepPattern, stepsFrom } from './network-links';
import type { EntityKind } from './rows';

/** The row of cypher/api/overview/group-members.cypher: the group's counts and one page of [member, relationship]. */
const groupPageRow = z.object({
  total: z.number(),
  flagged: z.number(),
  page: z.array(z.tuple([z.string(), z.string()])),
});

export interface GroupRequest extends PageArgs {
  hubId: string;
  hubKind: EntityKind;
  relationship: RelationshipType;
  hubIsSource: boolean;
  kind: EntityKind;
  search?: string | null;
  sort?: 'FLAGGED_FIRST' | 'NAME' | null;
  activeOn?: string | null;
}

export async function groupMembers(context: ApiContext, request: GroupRequest) {
  const page = toPage(request);
  const hub = await locateEntity(context, request.hubId, request.hubKind, 'hubId');
  const step = stepsFrom(hub.kind, [request.relationship], [request.kind]).find(
    (candidate) => candidate.out === request.hubIsSource,
  );
  if (!step) {
    throw badInput(
      `A ${hub.kind} has no ${request.relationship} relationship ${request.hubIsSource ? 'to' : 'from'} a ${request.kind}`,
    );
  }
  const query = cypher('api/overview/group-members.cypher')
    .replace(/^MATCH PATTERN$/m, `MATCH ${stepPattern(step, hub.kind, { r: 'r', b: 'b' })}`)
    .replace('IN_SCOPE(b:KIND)', `IN_SCOPE(b:${step.kind})`);
  const search = request.search?.trim().toLowerCase() || null;
  const [row] = await readRows(context.executor, groupPageRow, query, {
    hub: hub.elementId,
    search,
    flaggedFirst: (request.sort ?? 'FLAGGED_FIRST') === 'FLAGGED_FIRST',
    skip: cypherInt(page.skip),
    limit: cypherInt(page.limit),
  });
  const members = row?.page ?? [];
  const hubNode = await describeNodes(context.executor, [hub.elementId]);
  const nodes = await describeNodes(
    context.executor,
    members.map(([eid]) => eid),
  );
  const edges = await describeEdges(
    context,
    members.map(([, rid]) => rid),
    request.activeOn ?? context.today,
    [...hubNode, ...nodes],
  );
  const total = row?.total ?? 0;
  return {
    totalCount: total,
    flaggedCount: row?.flagged ?? 0,
    nodes,
    edges,
    hasNextPage: page.skip + members.length < total,
    endCursor: members.length > 0 ? encodeCursor(page.skip + members.length - 1) : null,
  };
}
