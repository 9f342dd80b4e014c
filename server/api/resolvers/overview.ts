// Query.overview and Query.groupMembers: the explorer's start view and a page of one group.
import type { ApiContext } from '../context';
import { type GroupRequest, groupMembers } from '../data/group-members';
import { overview } from '../data/overview';

export const overviewResolvers = {
  Query: {
    overview: (_root: unknown, args: { perRegion?: number | null }, context: ApiContext) =>
      overview(context, args.perRegion ?? 10),
    groupMembers: (_root: unknown, args: GroupRequest, context: ApiContext) => groupMembers(context, args),
  },
};
