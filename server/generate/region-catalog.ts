// The regions a generated ecosystem uses, checked against the shipped region table so every country code is a market.
import type { RegionTable } from '../regions/region-table';
import type { Random } from './prng';
import type { RegionShape } from './shape';

export interface Region {
  shape: RegionShape;
  name: string;
  /** The region's main country: where its providers are. */
  home: string;
  /** Picks a country of the region in proportion to the shape's weights. */
  country(random: Random): string;
}

export interface RegionCatalog {
  regions: readonly Region[];
  regionOf(country: string): string | undefined;
  byName(name: string): Region;
  /** A region of the shape other than `region`, in proportion to the weights. */
  other(random: Random, region: Region): Region;
  /** A region in proportion to the weights. */
  pick(random: Random): Region;
}

export class ShapeError extends Error {
  override name = 'ShapeError';
}

export function createRegionCatalog(table: RegionTable, shapes: readonly RegionShape[]): RegionCatalog {
  const regionByCountry = new Map(table.rows.map((row) => [row.code, row.region]));
  const regions = shapes.map((shape): Region => {
    for (const [code] of shape.countries) {
      const actual = regionByCountry.get(code);
      if (actual !== shape.name) {
        throw new ShapeError(
          `Country ${code} is in region '${actual ?? 'none'}' of the region table, not in '${shape.name}'`,
        );
      }
    }
    const [first] = shape.countries;
    if (!first) throw new ShapeError(`Region '${shape.name}' lists no countries`);
    const countries = shape.countries;
    return {
      shape,
      name: shape.name,
      home: first[0],
      country: (random) => random.weighted(countries, ([, weight]) => weight)[0],
    };
  });
  const byName = new Map(regions.map((region) => [region.name, region]));
  return {
    regions,
    regionOf: (country) => regionByCountry.get(country),
    byName(name) {
      const region = byName.get(name);
      if (!region) throw new ShapeError(`The shape has no region '${name}'`);
      return region;
    },
    other: (random, region) =>
      random.weighted(
        regions.filter((candidate) => candidate !== region),
        (candidate) => candidate.shape.weight,
      ),
    pick: (random) => random.weighted(regions, (region) => region.shape.weight),
  };
}
