// How many instances of each planted pattern a run gets: proportional to the customers and the violation rate,
// and, from EVERY_PLANT_FROM customers on, at least one of every variant.
import { ALLOWED_PLANTS } from './allowed-plants';
import type { Plant } from './plant-context';
import { EVERY_PLANT_FROM } from './shape';
import { VIOLATION_PLANTS } from './violation-plants';

export interface PlantCount {
  plant: Plant;
  count: number;
}

/** Allowed patterns are planted at a quarter of the violations' rate: enough to catch a rule that over-reaches. */
const ALLOWED_PER_VIOLATION = 0.25;

function spread(plants: readonly Plant[], total: number, everyVariant: boolean): PlantCount[] {
  return plants.map((plant, index) => {
    const share = Math.floor(total / plants.length) + (index < total % plants.length ? 1 : 0);
    return { plant, count: Math.max(share, everyVariant ? plant.variants : 0) };
  });
}

/** A rate of 0 plants nothing: the ecosystem is clean and its ground truth empty. */
export function planPlants(customers: number, violationRate: number): PlantCount[] {
  if (violationRate === 0) return [];
  const violations = Math.round(customers * violationRate);
  const everyVariant = customers >= EVERY_PLANT_FROM;
  return [
    ...spread(VIOLATION_PLANTS, violations, everyVariant),
    ...spread(ALLOWED_PLANTS, Math.round(violations * ALLOWED_PER_VIOLATION), everyVariant),
  ].filter(({ count }) => count > 0);
}
