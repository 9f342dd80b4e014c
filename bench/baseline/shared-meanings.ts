// The shared meanings of docs/rules.md ("Shared meanings") over the in-memory graph: activity, counted subscriptions,
// regions, selling, control and affiliation, CSP tenants and clouds.
import { CLOUDS } from '../../server/model/graph-model';
import type { BaselineGraph, Customer, DatedLink, Day, Partner, Stake, Subscription, Tenant } from './baseline-graph';

/** Relationships are active on `day` from their start until the day before their end. */
export function isActive(link: DatedLink, day: Day): boolean {
  return link.since !== null && link.since <= day && (link.until === null || link.until > day);
}

/** A subscription counts from its creation, whatever its status. */
export function isCounted(subscription: Subscription, asOf: Day): boolean {
  return subscription.createdOn !== null && subscription.createdOn <= asOf;
}

export function regionOf(graph: BaselineGraph, partner: Partner): string | null {
  return partner.country === null ? null : (graph.regionOfCountry.get(partner.country) ?? null);
}

/** A customer's region is its tenant's, never its billing address's. */
export function regionOfCustomer(graph: BaselineGraph, customer: Customer): string | null {
  const country = customer.tenant?.country ?? null;
  return country === null ? null : (graph.regionOfCountry.get(country) ?? null);
}

/** "No region" is never the same region as anything, not even another "no region". */
export function sameRegion(a: string | null, b: string | null): boolean {
  return a !== null && a === b;
}

/** Every partner account selling to the customer: an active reseller relationship, billing or recording a counted
 * subscription for it. */
export function sellersOf(customer: Customer, asOf: Day): Set<Partner> {
  const sellers = new Set<Partner>();
  for (const sale of customer.sales ?? []) if (isActive(sale, asOf)) sellers.add(sale.partner);
  for (const subscription of customer.subscriptions ?? []) {
    if (!isCounted(subscription, asOf)) continue;
    if (subscription.billedBy) sellers.add(subscription.billedBy);
    if (subscription.resellerOfRecord) sellers.add(subscription.resellerOfRecord);
  }
  return sellers;
}

/** "Only indirect reseller": the indirect-reseller role and no other. */
export function isOnlyIndirectReseller(partner: Partner): boolean {
  return partner.indirectReseller && !partner.indirectProvider && !partner.directBill;
}

/** A CSP tenant is of kind csp, or used by a partner account whatever its kind. */
export function isCspTenant(tenant: Tenant): boolean {
  return tenant.kind === 'csp' || (tenant.users?.length ?? 0) > 0;
}

const NATIONAL_CLOUDS: ReadonlySet<string> = new Set(CLOUDS.filter((cloud) => cloud !== 'commercial'));

export function isNationalCloud(cloud: string | null): boolean {
  return cloud !== null && NATIONAL_CLOUDS.has(cloud);
}

/** Two tenants in different clouds, one of them national (a link across clouds always touches a national one). */
export function crossesClouds(a: Tenant | null, b: Tenant | null): boolean {
  if (!a || !b || a.cloud === null || b.cloud === null || a.cloud === b.cloud) return false;
  return isNationalCloud(a.cloud) || isNationalCloud(b.cloud);
}

/** Control: a stake above half of the equity or the right to direct management. */
export function isControl(stake: Stake): boolean {
  return (stake.share !== null && stake.share > 0.5) || stake.directsManagement === true;
}

/** How far control is followed, as in the rules. */
export const CONTROL_DEPTH = 10;

/**
 * Affiliation between organizations. Two organizations are affiliates when some organization controls both within
 * CONTROL_DEPTH links (itself included at no link), so an organization's controllers are gathered once, upwards.
 */
export class Affiliation {
  private readonly controllersOf = new Map<string, string[]>();
  private readonly members = new Set<string>();
  private readonly upward = new Map<string, Set<string>>();

  constructor(stakes: readonly Stake[]) {
    for (const stake of stakes) {
      if (!isControl(stake)) continue;
      this.members.add(stake.owner).add(stake.owned);
      const owners = this.controllersOf.get(stake.owned);
      if (owners) owners.push(stake.owner);
      else this.controllersOf.set(stake.owned, [stake.owner]);
    }
  }

  /** Whether the organization controls or is controlled by any other: only such organizations have affiliates. */
  hasAffiliates(organization: string): boolean {
    return this.members.has(organization);
  }

  /** The organization and every organization controlling it within CONTROL_DEPTH links. */
  private above(organization: string): Set<string> {
    let found = this.upward.get(organization);
    if (found) return found;
    found = new Set([organization]);
    let frontier = [organization];
    for (let depth = 0; depth < CONTROL_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const owned of frontier) {
        for (const owner of this.controllersOf.get(owned) ?? []) {
          if (found.has(owner)) continue;
          found.add(owner);
          next.push(owner);
        }
      }
      frontier = next;
    }
    this.upward.set(organization, found);
    return found;
  }

  areAffiliates(a: string, b: string): boolean {
    if (a === b || !this.members.has(a) || !this.members.has(b)) return false;
    const aboveB = this.above(b);
    for (const top of this.above(a)) if (aboveB.has(top)) return true;
    return false;
  }
}
