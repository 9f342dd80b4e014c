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

/** A row (member, relationship) of a group: element ids. */
const memberRow = z.tuple([z.string(), z.string()]);
/** The row of cypher/api/overview/group-counts.cypher: the group's rows, and its flagged rows by name. */
const groupCountsRow = z.object({ total: z.number(), flagged: z.array(memberRow) });
/** A row of cypher/api/overview/group-page.cypher. */
const groupPageRow = z.object({ member: z.string(), relationship: z.string() });

/** The test of a member against the search text of a group page ($search: lower case, or null for none). */
const MATCHES_SEARCH =
  "($search IS NULL OR toLower(coalesce(b.name, b.offerName, '')) CONTAINS $search OR toLower(b.id) STARTS WITH $search)";

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
  // The pattern and the member's label come from the model's allowlist (stepsFrom), never from the request as given.
  const statement = (file: string) =>
    cypher(file)
      .replace(/^( *)MATCH PATTERN$/gm, `$1MATCH ${stepPattern(step, hub.kind, { r: 'r', b: 'b' })}`)
      .replaceAll('(b:KIND)', `(b:${step.kind})`)
      .replaceAll('MATCHES_SEARCH(b)', MATCHES_SEARCH);
  const search = request.search?.trim().toLowerCase() || null;
  const params = { hub: hub.elementId, search };
  const [counts] = await readRows(
    context.executor,
    groupCountsRow,
    statement('api/overview/group-counts.cypher'),
    params,
  );
  const total = counts?.total ?? 0;
  const flagged = counts?.flagged ?? [];
  /** Rows by name from `skip`, leaving out the members of `exclude`. */
  const byName = async (exclude: Record<string, true>, skip: number, limit: number) =>
    limit === 0
      ? []
      : (
          await readRows(context.executor, groupPageRow, statement('api/overview/group-page.cypher'), {
            ...params,
            exclude,
            skip: cypherInt(skip),
            limit: cypherInt(limit),
          })
        ).map((row): [string, string] => [row.member, row.relationship]);
  let members: [string, string][];
  if ((request.sort ?? 'FLAGGED_FIRST') === 'FLAGGED_FIRST') {
    // The flagged rows, already by name, then the others by name: the page may straddle the two.
    const head = flagged.slice(page.skip, page.skip + page.limit);
    const exclude = Object.fromEntries(flagged.map(([member]) => [member, true] as const));
    const tail = await byName(exclude, Math.max(0, page.skip - flagged.length), page.limit - head.length);
    members = [...head, ...tail];
  } else {
    members = await byName({}, page.skip, page.limit);
  }
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
  return {
    totalCount: total,
    flaggedCount: flagged.length,
    nodes,
    edges,
    hasNextPage: page.skip + members.length < total,
    endCursor: members.length > 0 ? encodeCursor(page.skip + members.length - 1) : null,
  };
}
