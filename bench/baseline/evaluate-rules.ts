// The rule catalog evaluated in TypeScript over the in-memory graph: for each rule of cypher/rules/, the subjects of
// its findings as of a date, in the order of the rule's @subjects. A baseline to measure the Cypher rules against;
// each rule decides as docs/rules.md ("What each rule decides") says.

import { MPA_REQUIRED_FROM } from '../../server/model/graph-model';
import { type BaselineGraph, type Day, toDay } from './baseline-graph';
import {
  Affiliation,
  crossesClouds,
  isActive,
  isCounted,
  isCspTenant,
  isNationalCloud,
  isOnlyIndirectReseller,
  regionOf,
  regionOfCustomer,
  sameRegion,
  sellersOf,
} from './shared-meanings';

const RULES_FILE = 'bench/baseline/evaluate-rules.ts';

/** The distinct findings of one rule, each its subjects. */
class Findings {
  private readonly seen = new Map<string, string[]>();

  add(...subjects: string[]): void {
    const key = subjects.join('|');
    if (!this.seen.has(key)) this.seen.set(key, subjects);
  }

  list(): string[][] {
    return [...this.seen.values()];
  }
}

type Rule = (graph: BaselineGraph, asOf: Day, found: Findings) => void;

const REQUIRED_FROM = toDay(MPA_REQUIRED_FROM) as Day;

/** partner, customer: a partner account sells to a customer of another region (or either has none). */
const crossRegionSale: Rule = (graph, asOf, found) => {
  for (const customer of graph.customers) {
    if (!customer.tenant) continue;
    const region = regionOfCustomer(graph, customer);
    for (const partner of sellersOf(customer, asOf)) {
      if (!sameRegion(regionOf(graph, partner), region)) found.add(partner.id, customer.id);
    }
  }
};

/** provider, reseller: an active supply between accounts of different regions, whatever their roles. */
const crossRegionPartnership: Rule = (graph, asOf, found) => {
  for (const supply of graph.supplies) {
    if (isActive(supply, asOf) && !sameRegion(regionOf(graph, supply.provider), regionOf(graph, supply.reseller))) {
      found.add(supply.provider.id, supply.reseller.id);
    }
  }
};

/** partner, customer: a partner account sells to a customer account of its own organization. */
const selfSale: Rule = (graph, asOf, found) => {
  const partnerOrganizations = new Set(graph.partners.map((partner) => partner.organization));
  for (const customer of graph.customers) {
    if (customer.organization === null || !partnerOrganizations.has(customer.organization)) continue;
    for (const partner of sellersOf(customer, asOf)) {
      if (partner.organization === customer.organization) found.add(partner.id, customer.id);
    }
  }
};

/** partner, customer: a partner account sells to a customer account of an affiliate (never of its own) organization. */
const affiliateSale: Rule = (graph, asOf, found) => {
  const affiliation = new Affiliation(graph.stakes);
  for (const customer of graph.customers) {
    if (customer.organization === null || !affiliation.hasAffiliates(customer.organization)) continue;
    for (const partner of sellersOf(customer, asOf)) {
      if (partner.organization !== null && affiliation.areAffiliates(partner.organization, customer.organization)) {
        found.add(partner.id, customer.id);
      }
    }
  }
};

/** provider, reseller, customer: an indirect provider sells to a customer account on the tenant of a reseller it
 * actively supplies. */
const resellerCustomerOfOwnProvider: Rule = (graph, asOf, found) => {
  for (const supply of graph.supplies) {
    const { provider, reseller } = supply;
    if (!provider.indirectProvider || !isActive(supply, asOf) || !reseller.tenant) continue;
    for (const customer of reseller.tenant.customers ?? []) {
      if (sellersOf(customer, asOf).has(provider)) found.add(provider.id, reseller.id, customer.id);
    }
  }
};

/** customer, tenant | subscription, tenant: a customer account, or a counted subscription of a customer elsewhere,
 * on a CSP tenant, whoever sells to it or bills it. */
const cspTenantAsCustomer: Rule = (graph, asOf, found) => {
  for (const tenant of graph.tenants) {
    if (!isCspTenant(tenant)) continue;
    for (const customer of tenant.customers ?? []) found.add(customer.id, tenant.id);
    for (const subscription of tenant.provisioned ?? []) {
      const { customer } = subscription;
      if (isCounted(subscription, asOf) && customer && customer.tenant !== tenant && subscription.billedBy) {
        found.add(subscription.id, tenant.id);
      }
    }
  }
};

/** partner, subscription | partner, provider, reseller: a transaction from 2020-02-01 on by an account whose MPA was
 * unsigned on its date (signing on the day is fine). */
const mpaNotSigned: Rule = (graph, asOf, found) => {
  for (const partner of graph.partners) {
    const signed = partner.mpaSignedOn;
    if (signed !== null && signed <= REQUIRED_FROM) continue;
    const unsignedOn = (day: Day | null): day is Day =>
      day !== null && REQUIRED_FROM <= day && day <= asOf && (signed === null || signed > day);
    for (const subscription of [...(partner.billed ?? []), ...(partner.recorded ?? [])]) {
      if (subscription.customer && unsignedOn(subscription.createdOn)) found.add(partner.id, subscription.id);
    }
    for (const supply of [...(partner.supplies ?? []), ...(partner.suppliedBy ?? [])]) {
      if (unsignedOn(supply.since)) found.add(partner.id, supply.provider.id, supply.reseller.id);
    }
  }
};

/** reseller, subscription | reseller, provider: an indirect reseller transacting before being onboarded and enrolled
 * (or with either missing). */
const resellerNotEnrolled: Rule = (graph, asOf, found) => {
  for (const reseller of graph.partners) {
    if (!reseller.indirectReseller) continue;
    const { onboardedOn, enrolledOn } = reseller;
    const early = (day: Day | null): boolean =>
      day !== null &&
      day <= asOf &&
      (onboardedOn === null || enrolledOn === null || day < onboardedOn || day < enrolledOn);
    for (const subscription of reseller.recorded ?? []) {
      if (subscription.customer && early(subscription.createdOn)) found.add(reseller.id, subscription.id);
    }
    for (const supply of reseller.suppliedBy ?? []) {
      if (early(supply.since)) found.add(reseller.id, supply.provider.id);
    }
  }
};

/** reseller, subscription: an account holding only the indirect-reseller role bills a counted subscription. */
const resellerBilledDirectly: Rule = (graph, asOf, found) => {
  for (const reseller of graph.partners) {
    if (!isOnlyIndirectReseller(reseller)) continue;
    for (const subscription of reseller.billed ?? []) {
      if (subscription.customer && isCounted(subscription, asOf)) found.add(reseller.id, subscription.id);
    }
  }
};

/** provider, reseller, subscription: the reseller of record of a subscription an indirect provider bills is the
 * provider itself, no indirect reseller, or not supplied by it on the subscription's creation. */
const resellerOfRecordNotSupplied: Rule = (graph, asOf, found) => {
  for (const provider of graph.partners) {
    if (!provider.indirectProvider) continue;
    for (const subscription of provider.billed ?? []) {
      const reseller = subscription.resellerOfRecord;
      const created = subscription.createdOn;
      if (!reseller || !subscription.customer || created === null || created > asOf) continue;
      const supplied = (reseller.suppliedBy ?? []).some(
        (supply) => supply.provider === provider && isActive(supply, created),
      );
      if (reseller === provider || !reseller.indirectReseller || !supplied) {
        found.add(provider.id, reseller.id, subscription.id);
      }
    }
  }
};

/** provider, subscription: an indirect provider without the direct-bill role bills a subscription with no reseller
 * of record. */
const providerDirectSale: Rule = (graph, asOf, found) => {
  for (const provider of graph.partners) {
    if (!provider.indirectProvider || provider.directBill) continue;
    for (const subscription of provider.billed ?? []) {
      if (subscription.customer && !subscription.resellerOfRecord && isCounted(subscription, asOf)) {
        found.add(provider.id, subscription.id);
      }
    }
  }
};

/** supplier, reseller: an active supply other than indirect provider -> indirect reseller. */
const partnerToPartnerResale: Rule = (graph, asOf, found) => {
  for (const supply of graph.supplies) {
    if (isActive(supply, asOf) && !(supply.provider.indirectProvider && supply.reseller.indirectReseller)) {
      found.add(supply.provider.id, supply.reseller.id);
    }
  }
};

/** from, to | subscription: an active relationship, or a counted subscription's parties, across clouds. */
const crossCloudLink: Rule = (graph, asOf, found) => {
  for (const supply of graph.supplies) {
    if (isActive(supply, asOf) && crossesClouds(supply.provider.tenant, supply.reseller.tenant)) {
      found.add(supply.provider.id, supply.reseller.id);
    }
  }
  for (const links of [graph.sales, graph.managements]) {
    for (const link of links) {
      if (isActive(link, asOf) && crossesClouds(link.partner.tenant, link.customer.tenant)) {
        found.add(link.partner.id, link.customer.id);
      }
    }
  }
  for (const subscription of graph.subscriptions) {
    if (!isCounted(subscription, asOf)) continue;
    const clouds = [
      subscription.customer?.tenant?.cloud,
      subscription.billedBy?.tenant?.cloud,
      subscription.resellerOfRecord?.tenant?.cloud,
      subscription.tenant?.cloud,
    ].filter((cloud): cloud is string => typeof cloud === 'string');
    if (clouds.some(isNationalCloud) && new Set(clouds).size > 1) found.add(subscription.id);
  }
};

/** The baseline of each rule, by the id of its Cypher file. */
const RULES: Record<string, Rule> = {
  'affiliate-sale': affiliateSale,
  'cross-cloud-link': crossCloudLink,
  'cross-region-partnership': crossRegionPartnership,
  'cross-region-sale': crossRegionSale,
  'csp-tenant-as-customer': cspTenantAsCustomer,
  'mpa-not-signed': mpaNotSigned,
  'partner-to-partner-resale': partnerToPartnerResale,
  'provider-direct-sale': providerDirectSale,
  'reseller-billed-directly': resellerBilledDirectly,
  'reseller-customer-of-own-provider': resellerCustomerOfOwnProvider,
  'reseller-not-enrolled': resellerNotEnrolled,
  'reseller-of-record-not-supplied': resellerOfRecordNotSupplied,
  'self-sale': selfSale,
};

/** The rules the baseline implements (the agreement test holds them equal to the catalog's). */
export const BASELINE_RULE_IDS: readonly string[] = Object.keys(RULES).sort();

export interface BaselineRuleResult {
  ruleId: string;
  /** One entry per distinct finding: its subjects, in the order of the rule's @subjects. */
  subjects: string[][];
  ms: number;
}

/** Evaluates the rules (all of them by default) as of a YYYY-MM-DD date, timing each. */
export function evaluateRules(
  graph: BaselineGraph,
  asOf: string,
  ruleIds: readonly string[] = BASELINE_RULE_IDS,
): BaselineRuleResult[] {
  const day = toDay(asOf) as Day;
  return ruleIds.map((ruleId) => {
    const rule = RULES[ruleId];
    if (!rule) throw new Error(`The baseline has no implementation of rule '${ruleId}': add one to ${RULES_FILE}`);
    const started = performance.now();
    const found = new Findings();
    rule(graph, day, found);
    return { ruleId, subjects: found.list(), ms: performance.now() - started };
  });
}
