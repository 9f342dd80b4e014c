// Planted allowed patterns: arrangements RULES.md says must never be flagged, built next to the violations so a
// rule that over-reaches shows up as a finding the ground truth does not have. None records a finding.

import { MANAGEMENT_KINDS } from '../model/graph-model';
import { day } from '../shared/dates';
import type { Plant } from './plant-context';

const multiPartner: Plant = {
  id: 'multi-partner',
  variants: 1,
  plant(context) {
    // One customer buys from two resellers of its region, each supplied by a different provider.
    const t0 = context.start();
    const region = context.region();
    const first = context.provider(region);
    const second = context.provider(region, first);
    const customer = context.customer(region);
    context.throughReseller(customer, context.reseller(region, t0, first), first, t0 + 10, t0 + 20);
    context.throughReseller(customer, context.reseller(region, t0, second), second, t0 + 30, t0 + 40);
  },
};

const multiChannel: Plant = {
  id: 'multi-channel',
  variants: 2,
  plant(context, variant) {
    // A customer buys through reseller R; another partner manages it without selling. In variant 1 the manager is
    // in another region: management is never a sale, so no cross-region finding either.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const customer = context.customer(region);
    context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 10, t0 + 20);
    const managerRegion = variant === 0 ? region : context.otherRegion(region);
    const manager = context.reseller(managerRegion, t0, context.provider(managerRegion));
    context.build.manages(manager, customer, context.random.pick(MANAGEMENT_KINDS), t0 + 30);
  },
};

const ownUseOnCustomerTenant: Plant = {
  id: 'own-use-on-customer-tenant',
  variants: 2,
  plant(context, variant) {
    // Scenario 4 done right: partner organization A buys for its own use from another organization's reseller
    // (variant 0) or direct-bill partner (variant 1), onto a customer-type tenant of its own.
    const t0 = context.start();
    const region = context.region();
    const organization = context.organization(region);
    const customer = context.customer(region, { organization });
    if (variant === 0) {
      const own = context.provider(region);
      const seller = context.provider(region, own);
      context.reseller(region, t0, own, { organization });
      context.throughReseller(customer, context.reseller(region, t0, seller), seller, t0 + 10, t0 + 20);
    } else {
      context.directBill(region, t0, { organization });
      context.direct(customer, context.directBill(region, t0), t0 + 10, t0 + 20);
    }
  },
};

const scenario6Option1: Plant = {
  id: 'scenario-6-option-1',
  variants: 1,
  plant(context) {
    // Reseller R (organization A) of provider Y; A buys from Y, through Y's reseller R2, on a separate
    // customer-type tenant.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const organization = context.organization(region);
    context.reseller(region, t0, provider, { organization });
    const customer = context.customer(region, { organization });
    context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 10, t0 + 20);
  },
};

const scenario6Option2: Plant = {
  id: 'scenario-6-option-2',
  variants: 1,
  plant(context) {
    // Reseller R (organization A) was supplied by Y for 60 days, then by Z. Only after that did A become Y's
    // customer (through Y's reseller R2), on a customer-type tenant of its own: Y no longer supplies R, and Z sells
    // nothing to A. (On R's CSP tenant the purchase would be csp-tenant-as-customer, whoever bills it.)
    const { build } = context;
    const t0 = context.start();
    const region = context.region();
    const former = context.provider(region);
    const current = context.provider(region, former);
    const organization = context.organization(region);
    const reseller = context.reseller(region, t0, undefined, { organization });
    build.supply(former, reseller, t0, t0 + 60);
    build.supply(current, reseller, t0 + 90);
    context.throughReseller(context.customer(region), reseller, current, t0 + 100, t0 + 110);
    const customer = context.customer(region, { organization });
    context.throughReseller(customer, context.reseller(region, t0, former), former, t0 + 150, t0 + 160);
  },
};

const scenario6Option3: Plant = {
  id: 'scenario-6-option-3',
  variants: 1,
  plant(context) {
    // Organization A stays Y's customer (through Y's reseller R2), on a customer-type tenant of its own, and its
    // reseller account R is a reseller of a different provider Z: Y does not supply R, and Z sells nothing to A.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const organization = context.organization(region);
    context.reseller(region, t0, context.provider(region, provider), { organization });
    const customer = context.customer(region, { organization });
    context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 10, t0 + 20);
  },
};

const multiRegionOrganization: Plant = {
  id: 'multi-region-organization',
  variants: 1,
  plant(context) {
    // One organization holds reseller accounts in three regions; each sells only to customers of its own region.
    const t0 = context.start();
    const first = context.region();
    const organization = context.organization(first);
    const regions = [first];
    while (regions.length < 3) {
      const next = context.otherRegion(first);
      if (!regions.includes(next)) regions.push(next);
    }
    for (const region of regions) {
      const provider = context.provider(region);
      const reseller = context.reseller(region, t0, provider, { organization });
      context.throughReseller(context.customer(region), reseller, provider, t0 + 10, t0 + 20);
    }
  },
};

const minorityStake: Plant = {
  id: 'minority-stake',
  variants: 2,
  plant(context, variant) {
    // Organization M holds a minority stake in N (30%, or exactly 50%, never the right to direct management): they
    // are not affiliates, so a sale between them in either direction is allowed.
    const t0 = context.start();
    const region = context.region();
    const owner = context.organization(region);
    const owned = context.organization(region);
    context.build.ownership(owner, owned, variant === 0 ? 0.3 : 0.5, false, t0 - 500);
    const provider = context.provider(region);
    const reseller = context.reseller(region, t0, provider, { organization: variant === 0 ? owner : owned });
    const customer = context.customer(region, { organization: variant === 0 ? owned : owner });
    context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
  },
};

const dualRoleDirectBillReseller: Plant = {
  id: 'dual-role-direct-bill-reseller',
  variants: 1,
  plant(context) {
    // An account with both the direct-bill and indirect-reseller roles bills one customer itself and is reseller of
    // record, through its provider, for another.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const account = context.account(region, ['direct-bill', 'indirect-reseller'], t0);
    context.build.supply(provider, account, t0);
    context.direct(context.customer(region), account, t0 + 10, t0 + 20);
    context.throughReseller(context.customer(region), account, provider, t0 + 10, t0 + 30);
  },
};

const dualRoleProviderDirectBill: Plant = {
  id: 'dual-role-provider-direct-bill',
  variants: 1,
  plant(context) {
    // A baseline account with both the indirect-provider and direct-bill roles bills one new customer with no
    // reseller of record and another through a new reseller it supplies.
    const t0 = context.start();
    const region = context.region();
    const account = context.dualRoleProvider(region);
    const reseller = context.reseller(region, t0, account);
    context.direct(context.customer(region), account, t0 + 10, t0 + 20);
    context.throughReseller(context.customer(region), reseller, account, t0 + 10, t0 + 30);
  },
};

const mpaBeforeRequirement: Plant = {
  id: 'mpa-before-requirement',
  variants: 1,
  plant(context) {
    // A direct-bill partner signs the MPA in spring 2020; its subscription of 2019-06-01 predates the requirement
    // and its next one follows the signature.
    const { build } = context;
    const region = context.region();
    const signedOn = build.between(day('2020-02-02'), day('2020-06-30'));
    const seller = context.directBill(region, build.between(day('2018-01-01'), day('2019-04-01')), {
      mpaSignedOn: signedOn,
    });
    const customer = context.customer(region);
    context.direct(customer, seller, day('2019-05-15'), day('2019-06-01'));
    build.subscription({ customer, billedBy: seller, createdOn: signedOn + 30 });
  },
};

const billingAddressAbroad: Plant = {
  id: 'billing-address-abroad',
  variants: 1,
  plant(context) {
    // The customer's billing address is in another region; its tenant, which decides its region, is in the
    // reseller's region.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const customer = context.customer(region, { billingCountry: context.otherRegion(region).country(context.random) });
    context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 10, t0 + 20);
  },
};

const endedCrossRegionRelationship: Plant = {
  id: 'ended-cross-region-relationship',
  variants: 1,
  plant(context) {
    // A reseller of another region had a reseller relationship with the customer that ended 30 days after it began
    // (inactive on the as-of date, no subscription); the customer now buys in its own region.
    const t0 = context.start();
    const region = context.region();
    const elsewhere = context.otherRegion(region);
    const customer = context.customer(region);
    context.build.sellsTo(context.reseller(elsewhere, t0, context.provider(elsewhere)), customer, t0 + 10, t0 + 40);
    const provider = context.provider(region);
    context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 50, t0 + 60);
  },
};

export const ALLOWED_PLANTS: readonly Plant[] = [
  multiPartner,
  multiChannel,
  ownUseOnCustomerTenant,
  scenario6Option1,
  scenario6Option2,
  scenario6Option3,
  multiRegionOrganization,
  minorityStake,
  dualRoleDirectBillReseller,
  dualRoleProviderDirectBill,
  mpaBeforeRequirement,
  billingAddressAbroad,
  endedCrossRegionRelationship,
];
