// A seeded pseudo-random generator (sfc32, 128-bit state) so the same seed always yields the same ecosystem.

/** Hashes any text to four 32-bit words (cyrb128), the generator's starting state. */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export interface Random {
  /** A uniform 32-bit unsigned integer. */
  uint32(): number;
  /** A uniform number in [0, 1). */
  float(): number;
  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn in proportion to `weight(item)`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** A discrete Pareto draw: at least `min`, heavy-tailed with exponent `alpha` (smaller is heavier). */
  pareto(min: number, alpha: number): number;
}

/** sfc32 has a 128-bit state: GUIDs drawn from it do not collide the way a 32-bit generator's would. */
export function createRandom(seed: string): Random {
  let [a, b, c, d] = hashSeed(seed);
  function uint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let i = 0; i < 15; i++) uint32();
  const float = () => uint32() / 4294967296;
  const random: Random = {
    uint32,
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    chance: (p) => float() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(float() * items.length)] as T;
    },
    weighted<T>(items: readonly T[], weight: (item: T) => number): T {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let target = float() * total;
      for (const item of items) {
        target -= weight(item);
        if (target < 0) return item;
      }
      return random.pick(items);
    },
    pareto: (min, alpha) => Math.floor(min / (1 - float()) ** (1 / alpha)),
  };
  return random;
}
