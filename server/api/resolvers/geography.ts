// Country, Region and the statistics of a region.
import type { ApiContext } from '../context';
import { type RegionStatisticsRow, regionStatistics } from '../data/region-statistics';
import type { CountryRow, RegionRow } from '../data/rows';
import type { PageArgs } from '../pagination';
import { entityConnection, maybe } from './lists';

export const geographyResolvers = {
  Country: {
    region: (row: CountryRow, _args: unknown, context: ApiContext) =>
      maybe((name) => context.loaders.region.load(name), row.region),
  },
  Region: {
    countries: (row: RegionRow, args: PageArgs, context: ApiContext) =>
      entityConnection(context, 'region-countries', row.name, args, (code) => context.loaders.country.load(code)),
    statistics: async (row: RegionRow, _args: unknown, context: ApiContext) =>
      (await regionStatistics(context)).find((stats) => stats.regionName === row.name),
  },
  RegionStatistics: {
    region: (row: RegionStatisticsRow, _args: unknown, context: ApiContext) =>
      context.loaders.region.load(row.regionName),
  },
};
