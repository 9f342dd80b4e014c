// The shape of a generated ecosystem: which regions and countries, how big each kind of partner is, how often the
// realistic variations (multi-partner customers, management, groups of companies) occur.
import { day } from '../shared/dates';

export interface RegionShape {
  /** A region name of the region table. */
  name: string;
  /** Share of all customers. */
  weight: number;
  /** Countries of that region where partners and customers are, with their weights (the first is the biggest). */
  countries: readonly (readonly [code: string, weight: number])[];
}

export const REGION_SHAPES: readonly RegionShape[] = [
  {
    name: 'United States',
    weight: 0.3,
    countries: [
      ['US', 60],
      ['GU', 1],
    ],
  },
  {
    name: 'Europe',
    weight: 0.28,
    countries: [
      ['DE', 6],
      ['GB', 6],
      ['FR', 5],
      ['NL', 3],
      ['ES', 3],
      ['IT', 3],
      ['SE', 2],
      ['PL', 2],
      ['PT', 1],
      ['DK', 1],
      ['IE', 1],
      ['BE', 1],
      ['AT', 1],
      ['CH', 1],
      ['NO', 1],
      ['FI', 1],
      ['CZ', 1],
    ],
  },
  {
    name: 'Asia and Pacific',
    weight: 0.1,
    countries: [
      ['SG', 3],
      ['MY', 2],
      ['TH', 2],
      ['PH', 2],
      ['ID', 2],
      ['VN', 1],
      ['HK', 2],
    ],
  },
  {
    name: 'Latin America and the Caribbean',
    weight: 0.08,
    countries: [
      ['MX', 4],
      ['CO', 2],
      ['AR', 2],
      ['CL', 2],
      ['PE', 1],
      ['PR', 1],
    ],
  },
  { name: 'Canada', weight: 0.07, countries: [['CA', 1]] },
  { name: 'Australia', weight: 0.06, countries: [['AU', 1]] },
  { name: 'Japan', weight: 0.06, countries: [['JP', 1]] },
  { name: 'India', weight: 0.05, countries: [['IN', 1]] },
];

export const DEFAULT_AS_OF = '2025-06-30';
/** The earliest as-of date: planted violations need room after the MPA requirement of 2020-02-01. */
export const EARLIEST_AS_OF = '2021-01-01';
export const DEFAULT_VIOLATION_RATE = 0.005;
export const MAX_VIOLATION_RATE = 0.2;
/** From this many customers on, every plant kind and variant appears at least once. */
export const EVERY_PLANT_FROM = 1000;

/** The CSP program's start: nothing is dated earlier. */
export const PROGRAM_START = day('2014-07-01');
/** Providers are the oldest accounts; they all started before this. */
export const PROVIDERS_STARTED_BY = day('2017-12-31');
export const RESELLERS_START_FROM = day('2015-01-01');
/** Accounts that started before this signed the MPA between it and the requirement date. */
export const MPA_ROLLOUT = day('2019-06-01');

/** Shares of each region's customers by who bills them; the rest buy through indirect resellers. */
export const DIRECT_BILL_SHARE = 0.12;
export const PROVIDER_DIRECT_SHARE = 0.03;

/** Customers per reseller and per direct-bill partner: discrete Pareto (heavy tail), capped to a share of the
 * region so one account never swallows a small region. */
export const RESELLER_SIZE = { min: 2, alpha: 1.16, capShare: 0.03, capMin: 30 } as const;
export const MULTINATIONAL_SIZE = { min: 10, alpha: 1.2, capShare: 0.03, capMin: 30 } as const;
export const DIRECT_BILL_SIZE = { min: 40, alpha: 1.2, capShare: 0.2, capMin: 100 } as const;

export function providersPerRegion(customers: number): number {
  return 3 + (customers >= 10_000 ? 1 : 0) + (customers >= 100_000 ? 1 : 0) + (customers >= 250_000 ? 1 : 0);
}

export function multinationalOrganizations(customers: number): number {
  return 2 + Math.floor(customers / 100_000);
}

export const SHARE = {
  /** Resellers that buy from two providers of their region. */
  secondProvider: 0.15,
  /** Direct-bill partners that are also indirect resellers of a provider. */
  directBillAlsoReseller: 0.25,
  /** Of a dual-role partner's customers, those it serves as reseller of record through its provider. */
  servedThroughProvider: 0.4,
  /** Reseller organizations held by a partner holding. */
  resellerInHolding: 0.01,
  /** Customers with a reseller relationship with a second partner of their region. */
  multiPartner: 0.04,
  /** Customers that a partner manages (GDAP, DAP, AOBO, support) without selling. */
  managed: 0.03,
  /** Customers whose billing address lies outside their tenant's region (only the tenant country counts). */
  billingAbroad: 0.02,
  /** Customers in the reseller's own country (the rest elsewhere in its region). */
  homeCountry: 0.7,
  /** Customer accounts whose organization is known. */
  organizationKnown: 0.9,
  /** New customer organizations that start a group of subsidiaries of one parent. */
  groupStart: 0.02,
  /** New customer organizations with a minority stake from the previous one. */
  minorityStake: 0.01,
} as const;

export const SUBSCRIPTIONS_PER_CUSTOMER = [
  [1, 0.55],
  [2, 0.3],
  [3, 0.15],
] as const;

export const SUBSCRIPTION_STATUSES = [
  ['active', 0.86],
  ['suspended', 0.05],
  ['expired', 0.04],
  ['deleted', 0.03],
  ['disabled', 0.02],
] as const;

export const OFFERS = [
  { offerId: 'CFQ7TTC0LDPB:0001', offerName: 'Microsoft 365 Business Basic', billingType: 'license', weight: 4 },
  { offerId: 'CFQ7TTC0LCHC:0002', offerName: 'Microsoft 365 Business Premium', billingType: 'license', weight: 4 },
  { offerId: 'CFQ7TTC0LH18:0001', offerName: 'Microsoft 365 Business Standard', billingType: 'license', weight: 3 },
  { offerId: 'CFQ7TTC0LFLX:0001', offerName: 'Microsoft 365 E3', billingType: 'license', weight: 2 },
  { offerId: 'CFQ7TTC0LFK5:0001', offerName: 'Microsoft 365 E5', billingType: 'license', weight: 1 },
  { offerId: 'DZH318Z0BPS6:0001', offerName: 'Azure plan', billingType: 'usage', weight: 3 },
  { offerId: 'CFQ7TTC0MM8R:0002', offerName: 'Microsoft Teams Essentials', billingType: 'license', weight: 1 },
] as const;
