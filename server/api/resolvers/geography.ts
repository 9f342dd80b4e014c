// Country, Region and the statistics of a region.
import { regionAccounts, regionOpenFindings, regionStatistics } from '../data/region-statistics';
import type { Resolvers } from '../generated/resolver-types';
import { present } from '../resolver-values';
import { entityConnection, maybe } from './lists';

export const geographyResolvers: Resolvers = {
  Country: {
    region: (row, _args, context) => maybe((name) => context.loaders.region.load(name), row.region),
  },
  Region: {
    countries: (row, args, context) =>
      entityConnection(context, 'region-countries', row.name, args, (code) => context.loaders.country.load(code)),
    statistics: async (row, _args, context) => {
      const statistics = (await regionStatistics(context)).find((stats) => stats.regionName === row.name);
      if (!statistics) throw new Error(`Region ${row.name} has no statistics`);
      return statistics;
    },
  },
  RegionStatistics: {
    region: (row, _args, context) => present(context.loaders.region.load(row.regionName), `Region ${row.regionName}`),
    partners: async (row, _args, context) => (await regionAccounts(context, row.regionName)).partners,
    customers: async (row, _args, context) => (await regionAccounts(context, row.regionName)).customers,
    openFindings: async (row, _args, context) =>
      (await regionOpenFindings(context, row.regionName)).reduce((sum, row) => sum + row.count, 0),
    openFindingsBySeverity: (row, _args, context) => regionOpenFindings(context, row.regionName),
  },
};
