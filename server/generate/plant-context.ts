// What a planted pattern builds with: fresh accounts, customers and purchases in a region, the region's baseline
// providers, and the ground truth it records its findings in.
import type { PartnerRole } from '../model/graph-model';
import { day } from '../shared/dates';
import type { CustomerOptions, CustomerRef, EcosystemBuilder, OrganizationRef, PartnerRef } from './ecosystem-builder';
import type { GroundTruth } from './ground-truth';
import type { Region, RegionCatalog } from './region-catalog';

/** Planted patterns start after the MPA requirement, when every baseline provider has long signed it. */
const PLANTS_FROM = day('2020-03-01');
/** Each pattern needs up to this many days after its start, all before the as-of date. */
const PLANT_SPAN = 200;

export interface AccountOptions {
  organization?: OrganizationRef;
  country?: string;
  /** `null` leaves the date out; undefined gives a date that keeps the account compliant from its start. */
  mpaSignedOn?: number | null;
  onboardedOn?: number | null;
  enrolledOn?: number | null;
}

export interface Plant {
  /** The rule id for a violation (violation-plants.ts); a pattern name for an allowed pattern (allowed-plants.ts). */
  id: string;
  /** How many variants the pattern has; instance i plants variant i modulo this. */
  variants: number;
  plant(context: PlantContext, variant: number): void;
}

/** A region's baseline providers: at least two provider-only accounts and one that also bills directly. */
export interface BaselineProviders {
  providerOnly: readonly PartnerRef[];
  dualRole: readonly PartnerRef[];
}

export class PlantContext {
  /** Planted relationships between baseline accounts, so that no two instances write the same record. */
  private readonly planted = new Set<string>();

  constructor(
    readonly build: EcosystemBuilder,
    readonly catalog: RegionCatalog,
    readonly truth: GroundTruth,
    private readonly providersByRegion: ReadonlyMap<string, BaselineProviders>,
  ) {}

  get random() {
    return this.build.random;
  }

  start(): number {
    return this.build.between(PLANTS_FROM, this.build.asOf - PLANT_SPAN);
  }

  region(): Region {
    return this.catalog.pick(this.random);
  }

  otherRegion(region: Region): Region {
    return this.catalog.other(this.random, region);
  }

  /** A baseline provider-only account of the region, other than `not`. */
  provider(region: Region, not?: PartnerRef): PartnerRef {
    const providers = this.providersByRegion.get(region.name)?.providerOnly ?? [];
    return this.random.pick(providers.filter((provider) => provider !== not));
  }

  /** A baseline account of the region with both the indirect-provider and direct-bill roles. */
  dualRoleProvider(region: Region): PartnerRef {
    return this.random.pick(this.providersByRegion.get(region.name)?.dualRole ?? []);
  }

  /** True the first time `key` is claimed: keeps records planted between baseline accounts unique. */
  claim(key: string): boolean {
    if (this.planted.has(key)) return false;
    this.planted.add(key);
    return true;
  }

  organization(region: Region): OrganizationRef {
    return this.build.organization(region.home);
  }

  account(region: Region, roles: readonly PartnerRole[], start: number, options: AccountOptions = {}): PartnerRef {
    return this.build.partner({ region, roles, start, ...options });
  }

  /** A fresh indirect reseller, supplied from `start` by `provider` when one is given. */
  reseller(region: Region, start: number, provider?: PartnerRef, options: AccountOptions = {}): PartnerRef {
    const reseller = this.account(region, ['indirect-reseller'], start, options);
    if (provider) this.build.supply(provider, reseller, start);
    return reseller;
  }

  directBill(region: Region, start: number, options: AccountOptions = {}): PartnerRef {
    return this.account(region, ['direct-bill'], start, options);
  }

  customer(region: Region, options: Omit<CustomerOptions, 'region'> = {}): CustomerRef {
    return this.build.customer({ region, ...options });
  }

  /** A customer account on a partner's CSP tenant (its id is that tenant's id, as in Partner Center). */
  customerOnTenantOf(partner: PartnerRef, organization?: OrganizationRef): CustomerRef {
    return this.build.customer({
      region: partner.region,
      country: partner.country,
      tenantId: partner.tenantId,
      organization,
    });
  }

  /** The customer buys through reseller `reseller`: a reseller relationship and a subscription billed by
   * `billedBy` with the reseller as reseller of record. */
  throughReseller(
    customer: CustomerRef,
    reseller: PartnerRef,
    billedBy: PartnerRef,
    since: number,
    createdOn: number,
    tenantId?: string,
  ): string {
    this.build.sellsTo(reseller, customer, since);
    return this.build.subscription({ customer, billedBy, resellerOfRecord: reseller, createdOn, tenantId });
  }

  /** The customer buys from `seller` with no reseller of record: a reseller relationship and a subscription it bills. */
  direct(customer: CustomerRef, seller: PartnerRef, since: number, createdOn: number, tenantId?: string): string {
    this.build.sellsTo(seller, customer, since);
    return this.build.subscription({ customer, billedBy: seller, createdOn, tenantId });
  }
}
