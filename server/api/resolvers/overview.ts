// Query.overview and Query.groupMembers: the explorer's start view and a page of one group.
import { groupMembers } from '../data/group-members';
import { overview } from '../data/overview';
import type { Resolvers } from '../generated/resolver-types';

export const overviewResolvers: Resolvers = {
  Query: {
    overview: (_root, args, context) => overview(context, args.perRegion ?? 10),
    groupMembers: (_root, args, context) => groupMembers(context, args),
  },
};
