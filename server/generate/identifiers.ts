// Identifiers of generated records: GUIDs drawn from their own seeded stream, unique PartnerIDs, company names.
import { createRandom, type Random } from './prng';

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}

function hex16(n: number): string {
  return (n & 0xffff).toString(16).padStart(4, '0');
}

const FIRST = [
  'Alder',
  'Amber',
  'Apex',
  'Arbor',
  'Aster',
  'Atlas',
  'Aurora',
  'Beacon',
  'Birch',
  'Blue',
  'Bright',
  'Cedar',
  'Clear',
  'Cobalt',
  'Coral',
  'Crest',
  'Delta',
  'Ember',
  'Fern',
  'Fjord',
  'Granite',
  'Harbor',
  'Hazel',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Maple',
  'Meridian',
  'Nimbus',
  'North',
  'Oak',
  'Onyx',
  'Orchid',
  'Pine',
  'Polar',
  'Quartz',
  'Raven',
  'River',
  'Sage',
  'Silver',
  'Spruce',
  'Summit',
  'Tidal',
  'Vertex',
  'Willow',
  'Zenith',
] as const;
const SECOND = [
  'Analytics',
  'Bakery',
  'Biotech',
  'Builders',
  'Capital',
  'Clinics',
  'Consulting',
  'Dental',
  'Design',
  'Energy',
  'Engineering',
  'Farms',
  'Foods',
  'Freight',
  'Health',
  'Hotels',
  'Insurance',
  'Labs',
  'Legal',
  'Logistics',
  'Manufacturing',
  'Media',
  'Metals',
  'Motors',
  'Pharma',
  'Printing',
  'Realty',
  'Retail',
  'Robotics',
  'Schools',
  'Shipping',
  'Software',
  'Studios',
  'Textiles',
  'Travel',
  'Ventures',
] as const;
const CUSTOMER_SUFFIXES = ['Ltd', 'Inc', 'GmbH', 'SA', 'BV', 'AB', 'Pty', 'KK', 'LLC', 'Group'] as const;
const PARTNER_SECOND = ['Cloud', 'IT', 'Systems', 'Digital', 'Networks', 'Solutions', 'Tech', 'Data'] as const;

export interface Identifiers {
  /** A random version-4 GUID, 122 random bits. */
  guid(): string;
  /** A PartnerID (MPN id): digits, unique within one run. */
  mpnId(): string;
  customerName(): string;
  partnerName(): string;
  /** A unique `*.onmicrosoft.com` domain for a company name. */
  domain(name: string): string;
}

/** `seed` is the run's seed; ids come from a stream of their own so that they never shift other random choices. */
export function createIdentifiers(seed: string): Identifiers {
  const random: Random = createRandom(`${seed}\u0000ids`);
  let nextMpn = 4_000_000 + random.int(0, 99_999);
  let domains = 0;
  return {
    guid() {
      const a = random.uint32();
      const b = random.uint32();
      const c = random.uint32();
      const d = random.uint32();
      return `${hex32(a)}-${hex16(b >>> 16)}-${hex16((b & 0x0fff) | 0x4000)}-${hex16(((c >>> 16) & 0x3fff) | 0x8000)}-${hex16(c)}${hex32(d)}`;
    },
    mpnId() {
      nextMpn += random.int(1, 9);
      return String(nextMpn);
    },
    customerName: () => `${random.pick(FIRST)} ${random.pick(SECOND)} ${random.pick(CUSTOMER_SUFFIXES)}`,
    partnerName: () => `${random.pick(FIRST)} ${random.pick(PARTNER_SECOND)}`,
    domain(name) {
      domains += 1;
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 20);
      return `${slug}${domains.toString(36)}.onmicrosoft.com`;
    },
  };
}
