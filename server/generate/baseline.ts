// The compliant bulk of a generated ecosystem, written region by region and account by account so that memory
// holds only the providers, a few recent accounts and the account being filled, whatever the number of customers.
import type { ManagementKind } from '../model/graph-model';
import { MANAGEMENT_KINDS } from '../model/graph-model';
import { day } from '../shared/dates';
import type { CustomerRef, EcosystemBuilder, OrganizationRef, PartnerRef, Supply } from './ecosystem-builder';
import type { Region, RegionCatalog } from './region-catalog';
import {
  DIRECT_BILL_SHARE,
  DIRECT_BILL_SIZE,
  MULTINATIONAL_SIZE,
  multinationalOrganizations,
  PROGRAM_START,
  PROVIDER_DIRECT_SHARE,
  PROVIDERS_STARTED_BY,
  providersPerRegion,
  RESELLER_SIZE,
  RESELLERS_START_FROM,
  SHARE,
  SUBSCRIPTIONS_PER_CUSTOMER,
} from './shape';

export interface RegionProviders {
  region: Region;
  providers: PartnerRef[];
  /** Providers without the direct-bill role: the ones planted patterns attach to. */
  providerOnly: PartnerRef[];
}

export interface Multinational {
  organization: OrganizationRef;
  regions: readonly Region[];
}

interface SizeShape {
  min: number;
  alpha: number;
  capShare: number;
  capMin: number;
}

/** Ownership stakes are older than anything they could affect. */
const OWNED_SINCE = day('2010-01-01');
/** How many recent resellers a region keeps to draw second partners and managers from. */
const RECENT = 256;

/** Splits `total` in proportion to the weights, the rounding remainders going to the largest fractions. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, fraction: value - Math.floor(value) }));
  order.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left -= 1;
  }
  return result;
}

/** Each region's providers: the first three belong to global distributors present everywhere (the third also
 * bills customers directly), the rest to regional ones. They all started early and signed the MPA in time. */
export function createProviders(build: EcosystemBuilder, catalog: RegionCatalog, customers: number): RegionProviders[] {
  const globals = ['US', 'GB', 'SG'].map((country) =>
    build.organization(country, `${build.ids.partnerName()} Distribution`),
  );
  return catalog.regions.map((region) => {
    const count = providersPerRegion(Math.round(customers * region.shape.weight));
    const providers: PartnerRef[] = [];
    for (let index = 0; index < count; index++) {
      const billsDirectly = index === 2 || (index > 2 && index % 2 === 0);
      providers.push(
        build.partner({
          region,
          roles: billsDirectly ? ['indirect-provider', 'direct-bill'] : ['indirect-provider'],
          start: build.between(PROGRAM_START, PROVIDERS_STARTED_BY),
          country: region.home,
          organization: globals[index],
        }),
      );
    }
    return { region, providers, providerOnly: providers.filter((provider) => !provider.roles.includes('direct-bill')) };
  });
}

/** Reseller organizations with an account in several regions (each selling only in its own). */
export function planMultinationals(
  build: EcosystemBuilder,
  catalog: RegionCatalog,
  customers: number,
): Multinational[] {
  const result: Multinational[] = [];
  for (let index = 0; index < multinationalOrganizations(customers); index++) {
    const regions: Region[] = [];
    const wanted = build.random.int(2, 4);
    while (regions.length < wanted) {
      const region = catalog.pick(build.random);
      if (!regions.includes(region)) regions.push(region);
    }
    const home = regions[0] as Region;
    result.push({ organization: build.organization(home.home, build.ids.partnerName()), regions });
  }
  return result;
}

class RegionGenerator {
  private readonly recent: PartnerRef[] = [];
  private recentNext = 0;
  private group: { parent: OrganizationRef; left: number } | undefined;
  private holding: { owner: OrganizationRef; left: number } | undefined;
  private previousOrganization: OrganizationRef | undefined;

  constructor(
    private readonly build: EcosystemBuilder,
    private readonly catalog: RegionCatalog,
    private readonly region: Region,
    private readonly providers: readonly PartnerRef[],
    private readonly total: number,
  ) {}

  private get random() {
    return this.build.random;
  }

  private get asOf() {
    return this.build.asOf;
  }

  private size(shape: SizeShape, left: number): number {
    const cap = Math.max(shape.capMin, Math.round(shape.capShare * this.total));
    return Math.min(left, cap, Math.max(1, this.random.pareto(shape.min, shape.alpha)));
  }

  /** Big distributors get more resellers: Zipf weights by rank. */
  private provider(not?: PartnerRef): PartnerRef {
    const candidates = this.providers.filter((provider) => provider !== not);
    return this.random.weighted(candidates, (provider) => 1 / (this.providers.indexOf(provider) + 1));
  }

  private supplyFrom(reseller: PartnerRef, since: number): void {
    const first = this.provider();
    const firstSince = Math.max(since, first.start + 30);
    this.build.supply(first, reseller, firstSince);
    if (this.providers.length > 1 && this.random.chance(SHARE.secondProvider)) {
      const secondSince = firstSince + this.random.int(0, 400);
      if (secondSince < this.asOf) this.build.supply(this.provider(first), reseller, secondSince);
    }
  }

  private resellerOrganization(country: string): OrganizationRef {
    const organization = this.build.organization(country, this.build.ids.partnerName());
    if (this.holding && this.holding.left > 0) {
      this.holding.left -= 1;
      this.build.ownership(this.holding.owner, organization, this.random.int(51, 100) / 100, false, OWNED_SINCE);
    } else if (this.random.chance(SHARE.resellerInHolding)) {
      const owner = this.build.organization(country, `${this.build.ids.partnerName()} Holding`);
      this.holding = { owner, left: this.random.int(1, 3) };
      this.build.ownership(owner, organization, this.random.int(51, 100) / 100, false, OWNED_SINCE);
    }
    return organization;
  }

  private reseller(organization?: OrganizationRef): PartnerRef {
    const start = this.build.between(RESELLERS_START_FROM, this.asOf - 30);
    const country = this.region.country(this.random);
    const reseller = this.build.partner({
      region: this.region,
      roles: ['indirect-reseller'],
      start,
      country,
      organization: organization ?? this.resellerOrganization(country),
    });
    this.supplyFrom(reseller, start);
    return reseller;
  }

  private remember(reseller: PartnerRef): void {
    if (this.recent.length < RECENT) this.recent.push(reseller);
    else this.recent[this.recentNext] = reseller;
    this.recentNext = (this.recentNext + 1) % RECENT;
  }

  /** Customer organizations: mostly independent, some subsidiaries of a group, a few with a minority stake held
   * by another customer organization. No partner organization ever appears in these ownerships. */
  private customerOrganization(country: string): OrganizationRef | undefined {
    if (!this.random.chance(SHARE.organizationKnown)) return undefined;
    const organization = this.build.organization(country);
    // A subsidiary is controlled through a majority stake or, now and then, through a minority stake with the
    // right to direct management.
    const subsidiary = (parent: OrganizationRef) => {
      const share = this.random.chance(0.9) ? this.random.int(51, 100) / 100 : this.random.int(10, 50) / 100;
      this.build.ownership(parent, organization, share, share <= 0.5, OWNED_SINCE);
    };
    if (this.group && this.group.left > 0) {
      this.group.left -= 1;
      subsidiary(this.group.parent);
    } else if (this.random.chance(SHARE.groupStart)) {
      this.group = { parent: this.build.organization(country), left: this.random.int(1, 4) };
      subsidiary(this.group.parent);
    } else if (this.previousOrganization && this.random.chance(SHARE.minorityStake)) {
      this.build.ownership(this.previousOrganization, organization, this.random.int(5, 50) / 100, false, OWNED_SINCE);
    }
    this.previousOrganization = organization;
    return organization;
  }

  private customer(sellerCountry: string): CustomerRef {
    const country = this.random.chance(SHARE.homeCountry) ? sellerCountry : this.region.country(this.random);
    const billingCountry = this.random.chance(SHARE.billingAbroad)
      ? this.catalog.other(this.random, this.region).country(this.random)
      : undefined;
    return this.build.customer({
      region: this.region,
      country,
      billingCountry,
      organization: this.customerOrganization(country),
    });
  }

  private subscriptionCount(): number {
    return this.random.weighted(SUBSCRIPTIONS_PER_CUSTOMER, ([, weight]) => weight)[0];
  }

  /** A subscription billed by the reseller's provider `supply`, created once both relationships exist. */
  private resold(customer: CustomerRef, reseller: PartnerRef, supply: Supply, since: number): void {
    this.build.subscription({
      customer,
      billedBy: supply.provider,
      resellerOfRecord: reseller,
      createdOn: this.build.between(Math.max(since, supply.since), this.asOf),
    });
  }

  private firstSupply(reseller: PartnerRef): number {
    return Math.min(...reseller.suppliedBy.map((supply) => supply.since));
  }

  /** A few customers are also sold to by a second reseller, or managed by a partner without a sale. */
  private extras(customer: CustomerRef, seller: PartnerRef): void {
    if (this.random.chance(SHARE.multiPartner)) {
      const second = this.random.pick(this.recent.length > 0 ? this.recent : [seller]);
      if (second !== seller) {
        const since = this.build.between(this.firstSupply(second), this.asOf - 1);
        this.build.sellsTo(second, customer, since);
        this.resold(customer, second, this.random.pick(second.suppliedBy), since);
      }
    }
    if (this.random.chance(SHARE.managed)) {
      const manager = this.random.pick(this.recent.length > 0 ? this.recent : this.providers);
      const kind: ManagementKind = this.random.pick(MANAGEMENT_KINDS);
      this.build.manages(manager, customer, kind, this.build.between(manager.start, this.asOf - 1));
    }
  }

  private async serveThroughReseller(reseller: PartnerRef, count: number): Promise<void> {
    const from = this.firstSupply(reseller);
    for (let i = 0; i < count; i++) {
      const customer = this.customer(reseller.country);
      const since = this.build.between(from, this.asOf - 1);
      this.build.sellsTo(reseller, customer, since);
      for (let n = this.subscriptionCount(); n > 0; n--) {
        this.resold(customer, reseller, this.random.pick(reseller.suppliedBy), since);
      }
      this.extras(customer, reseller);
      await this.build.settle();
    }
    this.remember(reseller);
  }

  /** Customers billed directly by `seller`; a dual-role account serves some through its own provider instead. */
  private async serveDirectly(seller: PartnerRef, count: number): Promise<void> {
    const viaProvider = seller.suppliedBy[0];
    for (let i = 0; i < count; i++) {
      const customer = this.customer(seller.country);
      const since = this.build.between(seller.start, this.asOf - 1);
      this.build.sellsTo(seller, customer, since);
      const throughProvider = viaProvider !== undefined && this.random.chance(SHARE.servedThroughProvider);
      for (let n = this.subscriptionCount(); n > 0; n--) {
        if (throughProvider && viaProvider) this.resold(customer, seller, viaProvider, since);
        else this.build.subscription({ customer, billedBy: seller, createdOn: this.build.between(since, this.asOf) });
      }
      this.extras(customer, seller);
      await this.build.settle();
    }
  }

  async generate(multinationals: readonly Multinational[]): Promise<void> {
    const dualProviders = this.providers.filter((provider) => provider.roles.includes('direct-bill'));
    let providerDirect = dualProviders.length > 0 ? Math.round(this.total * PROVIDER_DIRECT_SHARE) : 0;
    let direct = Math.round(this.total * DIRECT_BILL_SHARE);
    let indirect = this.total - providerDirect - direct;

    for (const [index, provider] of dualProviders.entries()) {
      const count = index === dualProviders.length - 1 ? providerDirect : this.random.int(0, providerDirect);
      providerDirect -= count;
      await this.serveDirectly(provider, count);
    }
    while (direct > 0) {
      const count = this.size(DIRECT_BILL_SIZE, direct);
      direct -= count;
      const country = this.region.country(this.random);
      const alsoReseller = this.random.chance(SHARE.directBillAlsoReseller);
      const start = this.build.between(PROGRAM_START, this.asOf - 365);
      const seller = this.build.partner({
        region: this.region,
        roles: alsoReseller ? ['direct-bill', 'indirect-reseller'] : ['direct-bill'],
        start,
        country,
      });
      if (alsoReseller) {
        const provider = this.provider();
        this.build.supply(provider, seller, Math.max(start, provider.start + 30));
      }
      await this.serveDirectly(seller, count);
    }
    for (const multinational of multinationals) {
      if (!multinational.regions.includes(this.region)) continue;
      const count = this.size(MULTINATIONAL_SIZE, indirect);
      indirect -= count;
      await this.serveThroughReseller(this.reseller(multinational.organization), count);
    }
    while (indirect > 0) {
      const count = this.size(RESELLER_SIZE, indirect);
      indirect -= count;
      await this.serveThroughReseller(this.reseller(), count);
    }
  }
}

/** Writes `customers` compliant customers, split over the regions by their weights. */
export async function generateBaseline(
  build: EcosystemBuilder,
  catalog: RegionCatalog,
  providers: readonly RegionProviders[],
  multinationals: readonly Multinational[],
  customers: number,
): Promise<void> {
  const budgets = apportion(
    customers,
    providers.map(({ region }) => region.shape.weight),
  );
  for (const [index, { region, providers: regionProviders }] of providers.entries()) {
    const generator = new RegionGenerator(build, catalog, region, regionProviders, budgets[index] ?? 0);
    await generator.generate(multinationals);
  }
}
