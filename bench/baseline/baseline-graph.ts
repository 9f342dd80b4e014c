// The graph held in memory as plain objects linked by reference: what the TypeScript baseline of the rules reads.
// Each entity keeps the model's single links (docs/import-format.md, "What an import writes") as fields and the
// links pointing at it as arrays, created only when the first one appears.

/** A date as the number YYYYMMDD: it orders like the date and costs no string per value. */
export type Day = number;

/** '2024-05-01' -> 20240501; null stays null. */
export function toDay(text: string | null): Day | null {
  if (text === null) return null;
  return Number(text.slice(0, 4)) * 10_000 + Number(text.slice(5, 7)) * 100 + Number(text.slice(8, 10));
}

/** A relationship with the dates of docs/model.md (since, until). */
export interface DatedLink {
  since: Day | null;
  until: Day | null;
}

export interface Tenant {
  id: string;
  kind: string | null;
  cloud: string | null;
  /** ISO-2 code of its country; its region decides the region of the customers on it. */
  country: string | null;
  /** Partner accounts using it as CSP tenant (USES_TENANT). */
  users?: Partner[];
  /** Customer accounts on it (ON_TENANT). */
  customers?: Customer[];
  /** Subscriptions provisioned on it (PROVISIONED_ON). */
  provisioned?: Subscription[];
}

export interface Partner {
  id: string;
  indirectProvider: boolean;
  indirectReseller: boolean;
  directBill: boolean;
  organization: string | null;
  tenant: Tenant | null;
  country: string | null;
  mpaSignedOn: Day | null;
  onboardedOn: Day | null;
  enrolledOn: Day | null;
  /** Supply relationships it starts, as provider. */
  supplies?: Supply[];
  /** Supply relationships it receives, as reseller. */
  suppliedBy?: Supply[];
  /** Subscriptions it is the billing partner of (BILLED_BY). */
  billed?: Subscription[];
  /** Subscriptions it is the reseller of record of (RESELLER_OF_RECORD). */
  recorded?: Subscription[];
}

export interface Customer {
  id: string;
  tenant: Tenant | null;
  organization: string | null;
  /** Reseller relationships partners hold with it (SELLS_TO). */
  sales?: CustomerLink[];
  /** Its subscriptions (FOR). */
  subscriptions?: Subscription[];
}

export interface Subscription {
  id: string;
  createdOn: Day | null;
  customer: Customer | null;
  billedBy: Partner | null;
  resellerOfRecord: Partner | null;
  tenant: Tenant | null;
}

export interface Supply extends DatedLink {
  provider: Partner;
  reseller: Partner;
}

/** A reseller (SELLS_TO) or management (MANAGES) relationship from a partner account to a customer account. */
export interface CustomerLink extends DatedLink {
  partner: Partner;
  customer: Customer;
}

/** An OWNS edge between two organizations, by id. */
export interface Stake {
  owner: string;
  owned: string;
  share: number | null;
  directsManagement: boolean | null;
}

export interface BaselineGraph {
  /** Country code -> region name, for the countries the region table in force puts in a region. */
  regionOfCountry: Map<string, string>;
  tenants: Tenant[];
  partners: Partner[];
  customers: Customer[];
  subscriptions: Subscription[];
  supplies: Supply[];
  sales: CustomerLink[];
  managements: CustomerLink[];
  stakes: Stake[];
}
