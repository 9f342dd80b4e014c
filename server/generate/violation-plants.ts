// Planted violations, one kind per rule of docs/rules.md. Each builds a small isolated pattern of fresh accounts and
// customers (only the region's baseline providers are shared: they are compliant and no customer sits on their
// tenants, so they add no finding of their own) and records every finding the pattern causes, collateral ones
// included.
// Unless a comment says otherwise, everything is in one region, in the commercial cloud, on customer-type tenants,
// active on the as-of date, with agreements and enrollments dated before the account's first transaction.
import { day } from '../shared/dates';
import type { PartnerRef } from './ecosystem-builder';
import type { Plant } from './plant-context';

const MPA_REQUIRED = day('2020-02-01');

const crossRegionSale: Plant = {
  id: 'cross-region-sale',
  variants: 3,
  plant(context, variant) {
    const { truth } = context;
    const t0 = context.start();
    if (variant === 0) {
      // Reseller R (region X) is reseller of record for customer C whose tenant is in region W. Provider Y bills the
      // subscription and is in X too, so Y sells across regions as well: findings R|C and Y|C.
      const region = context.region();
      const provider = context.provider(region);
      const reseller = context.reseller(region, t0, provider);
      const customer = context.customer(context.otherRegion(region));
      context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      truth.add('cross-region-sale', reseller.id, customer.id);
      truth.add('cross-region-sale', provider.id, customer.id);
    } else if (variant === 1) {
      // A direct-bill partner in Canada sells to and bills a customer in the United States (single-country regions
      // are strict): finding D|C.
      const seller = context.directBill(context.catalog.byName('Canada'), t0);
      const customer = context.customer(context.catalog.byName('United States'), { country: 'US' });
      context.direct(customer, seller, t0 + 10, t0 + 20);
      truth.add('cross-region-sale', seller.id, customer.id);
    } else {
      // A US reseller has a reseller relationship (no subscription) with a tenant in Puerto Rico, which the region
      // table puts in Latin America and the Caribbean: finding R|C only (its provider sells nothing to C).
      const region = context.catalog.byName('United States');
      const reseller = context.reseller(region, t0, context.provider(region));
      const customer = context.customer(context.catalog.byName('Latin America and the Caribbean'), { country: 'PR' });
      context.build.sellsTo(reseller, customer, t0 + 10);
      truth.add('cross-region-sale', reseller.id, customer.id);
    }
  },
};

const crossRegionPartnership: Plant = {
  id: 'cross-region-partnership',
  variants: 1,
  plant(context) {
    // Provider Y (region X) supplies a fresh reseller R of region W. R has no customers, so no sale crosses a
    // region: finding Y|R only.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const reseller = context.reseller(context.otherRegion(region), t0, provider);
    context.truth.add('cross-region-partnership', provider.id, reseller.id);
  },
};

const selfSale: Plant = {
  id: 'self-sale',
  variants: 2,
  plant(context, variant) {
    const t0 = context.start();
    const region = context.region();
    const organization = context.organization(region);
    // The customer account belongs to the seller's organization and sits on a customer-type tenant (so the tenant
    // rule stays quiet). The billing provider of variant 0 is another organization: only the seller self-sells.
    const customer = context.customer(region, { organization });
    if (variant === 0) {
      // Reseller R of organization A is reseller of record for A's customer account: finding R|C.
      const provider = context.provider(region);
      const reseller = context.reseller(region, t0, provider, { organization });
      context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      context.truth.add('self-sale', reseller.id, customer.id);
    } else {
      // Direct-bill partner D of organization A bills A's customer account: finding D|C.
      const seller = context.directBill(region, t0, { organization });
      context.direct(customer, seller, t0 + 10, t0 + 20);
      context.truth.add('self-sale', seller.id, customer.id);
    }
  },
};

const affiliateSale: Plant = {
  id: 'affiliate-sale',
  variants: 3,
  plant(context, variant) {
    const { build, truth } = context;
    const t0 = context.start();
    const region = context.region();
    const since = t0 - 1000;
    const parent = context.organization(region);
    const first = context.organization(region);
    if (variant === 0) {
      // Siblings: P holds 80% of S1 and directs the management of S2 (30%, with the right to direct management).
      // S1's reseller sells to S2's customer account: finding R|C.
      const second = context.organization(region);
      build.ownership(parent, first, 0.8, false, since);
      build.ownership(parent, second, 0.3, true, since);
      const provider = context.provider(region);
      const reseller = context.reseller(region, t0, provider, { organization: first });
      const customer = context.customer(region, { organization: second });
      context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      truth.add('affiliate-sale', reseller.id, customer.id);
    } else if (variant === 1) {
      // Transitive control: P holds 60% of S1, S1 holds 75% of S3. P's reseller sells to S3: finding R|C.
      const grandchild = context.organization(region);
      build.ownership(parent, first, 0.6, false, since);
      build.ownership(first, grandchild, 0.75, false, since);
      const provider = context.provider(region);
      const reseller = context.reseller(region, t0, provider, { organization: parent });
      const customer = context.customer(region, { organization: grandchild });
      context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      truth.add('affiliate-sale', reseller.id, customer.id);
    } else {
      // A wholly owned subsidiary's direct-bill account sells to its parent's customer account: finding D|C.
      build.ownership(parent, first, 1, false, since);
      const seller = context.directBill(region, t0, { organization: first });
      const customer = context.customer(region, { organization: parent });
      context.direct(customer, seller, t0 + 10, t0 + 20);
      truth.add('affiliate-sale', seller.id, customer.id);
    }
  },
};

const resellerCustomerOfOwnProvider: Plant = {
  id: 'reseller-customer-of-own-provider',
  variants: 3,
  plant(context, variant) {
    const { truth } = context;
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const organization = context.organization(region);
    const reseller = context.reseller(region, t0, provider, { organization });
    // Organization A's customer account lives on reseller R's CSP tenant and buys only through the indirect chain.
    // Its purchase for its own use on a CSP tenant is also csp-tenant-as-customer C|T, whoever bills it; a
    // subscription on the customer's own tenant is no separate tenant finding.
    const customer = context.customerOnTenantOf(reseller, organization);
    truth.add('reseller-customer-of-own-provider', provider.id, reseller.id, customer.id);
    truth.add('csp-tenant-as-customer', customer.id, reseller.tenantId);
    if (variant === 0) {
      // Y sells to C through another of its resellers, R2 (organization B): no self-sale, since neither R2 nor Y
      // belongs to A.
      context.throughReseller(customer, context.reseller(region, t0, provider), provider, t0 + 10, t0 + 20);
    } else if (variant === 1) {
      // R itself is reseller of record for its own organization's account: also self-sale R|C.
      context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      truth.add('self-sale', reseller.id, customer.id);
    } else {
      // Y has a reseller relationship with C itself, without any subscription.
      context.build.sellsTo(provider, customer, t0 + 10);
    }
  },
};

const cspTenantAsCustomer: Plant = {
  id: 'csp-tenant-as-customer',
  variants: 3,
  plant(context, variant) {
    const { truth } = context;
    const t0 = context.start();
    const region = context.region();
    const organization = context.organization(region);
    if (variant === 0) {
      // Direct-bill partner D (organization B) has a customer account on reseller R's CSP tenant T: finding C|T
      // (the subscription on C's own tenant is part of it). R's provider Y neither sells to C nor supplies D, so
      // reseller-customer-of-own-provider stays quiet.
      const reseller = context.reseller(region, t0, context.provider(region), { organization });
      const customer = context.customerOnTenantOf(reseller, organization);
      context.direct(customer, context.directBill(region, t0), t0 + 10, t0 + 20);
      truth.add('csp-tenant-as-customer', customer.id, reseller.tenantId);
    } else if (variant === 1) {
      // Organization A (a direct-bill partner itself) buys for its own use from D onto a customer-type tenant of
      // its own, but the subscription is provisioned onto A's CSP tenant: finding S|T only.
      const own = context.directBill(region, t0, { organization });
      const customer = context.customer(region, { organization });
      const subscription = context.direct(customer, context.directBill(region, t0), t0 + 10, t0 + 20, own.tenantId);
      truth.add('csp-tenant-as-customer', subscription, own.tenantId);
    } else {
      // Organization A's account D holds the direct-bill and indirect-reseller roles and is supplied by Y; A buys
      // for its own use through Z's reseller onto D's CSP tenant T; neither Y nor its resellers sell to A, so only
      // the tenant rule fires: finding C|T.
      const provider = context.provider(region);
      const own = context.account(region, ['direct-bill', 'indirect-reseller'], t0, { organization });
      context.build.supply(provider, own, t0);
      const customer = context.customerOnTenantOf(own, organization);
      const seller = context.provider(region, provider);
      context.throughReseller(customer, context.reseller(region, t0, seller), seller, t0 + 10, t0 + 20);
      truth.add('csp-tenant-as-customer', customer.id, own.tenantId);
    }
  },
};

const mpaNotSigned: Plant = {
  id: 'mpa-not-signed',
  variants: 3,
  plant(context, variant) {
    const { build, truth } = context;
    const region = context.region();
    const provider = context.provider(region);
    const createdOn = build.between(MPA_REQUIRED, build.asOf - 120);
    const signedOn = createdOn + build.random.int(30, 100);
    if (variant === 0) {
      // Reseller R has been supplied since before the requirement (that relationship needs no MPA) and is reseller
      // of record on a subscription created after 2020-02-01 but before R signed: finding R|S.
      const since = build.between(day('2019-03-01'), day('2020-01-15'));
      const reseller = context.reseller(region, since, provider, { mpaSignedOn: signedOn });
      const customer = context.customer(region);
      const subscription = context.throughReseller(customer, reseller, provider, createdOn - 5, createdOn);
      truth.add('mpa-not-signed', reseller.id, subscription);
    } else if (variant === 1) {
      // Y starts supplying R after the requirement and R never signed: finding R|Y|R (R transacts nothing else).
      const reseller = context.reseller(region, context.start(), provider, { mpaSignedOn: null });
      truth.add('mpa-not-signed', reseller.id, provider.id, reseller.id);
    } else {
      // Direct-bill partner D bills a subscription before it signed: finding D|S.
      const seller = context.directBill(region, createdOn - 30, { mpaSignedOn: signedOn });
      const customer = context.customer(region);
      const subscription = context.direct(customer, seller, createdOn - 5, createdOn);
      truth.add('mpa-not-signed', seller.id, subscription);
    }
  },
};

const resellerNotEnrolled: Plant = {
  id: 'reseller-not-enrolled',
  variants: 2,
  plant(context, variant) {
    const { build, truth } = context;
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    if (variant === 0) {
      // R enrols 100 days after Y starts supplying it; it is reseller of record on one subscription before that
      // and one after. The supply relationship and the early subscription are findings (R|Y, R|S1); the later
      // subscription is not.
      const enrolledOn = t0 + 100;
      const reseller = context.reseller(region, t0, provider, { enrolledOn });
      const customer = context.customer(region);
      const early = context.throughReseller(customer, reseller, provider, t0 + 20, t0 + 30);
      build.subscription({ customer, billedBy: provider, resellerOfRecord: reseller, createdOn: enrolledOn + 10 });
      truth.add('reseller-not-enrolled', reseller.id, early);
      truth.add('reseller-not-enrolled', reseller.id, provider.id);
    } else {
      // R was never onboarded; Y supplies it (R transacts nothing else): finding R|Y.
      const reseller = context.reseller(region, t0, provider, { onboardedOn: null });
      truth.add('reseller-not-enrolled', reseller.id, provider.id);
    }
  },
};

const resellerBilledDirectly: Plant = {
  id: 'reseller-billed-directly',
  variants: 1,
  plant(context) {
    // Reseller-only account R (properly supplied by Y) is the billing partner of a subscription with no reseller of
    // record. R is no provider, so neither provider rule applies: finding R|S.
    const t0 = context.start();
    const region = context.region();
    const reseller = context.reseller(region, t0, context.provider(region));
    const customer = context.customer(region);
    const subscription = context.direct(customer, reseller, t0 + 10, t0 + 20);
    context.truth.add('reseller-billed-directly', reseller.id, subscription);
  },
};

const resellerOfRecordNotSupplied: Plant = {
  id: 'reseller-of-record-not-supplied',
  variants: 3,
  plant(context, variant) {
    const { build, truth } = context;
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const customer = context.customer(region);
    if (variant === 0) {
      // Y supplied R for 60 days (the relationship is written inactive); 40 days after it ended Y bills a
      // subscription naming R as reseller of record: finding Y|R|S.
      const reseller = context.reseller(region, t0);
      build.supply(provider, reseller, t0, t0 + 60);
      const subscription = context.throughReseller(customer, reseller, provider, t0 + 90, t0 + 100);
      truth.add('reseller-of-record-not-supplied', provider.id, reseller.id, subscription);
    } else if (variant === 1) {
      // Y names itself as reseller of record. There is a reseller of record, so this is no provider-direct-sale:
      // finding Y|Y|S.
      const subscription = build.subscription({
        customer,
        billedBy: provider,
        resellerOfRecord: provider,
        createdOn: t0 + 20,
      });
      truth.add('reseller-of-record-not-supplied', provider.id, provider.id, subscription);
    } else {
      // R is supplied by another provider Z of the region, never by Y, yet Y bills with R as reseller of record:
      // finding Y|R|S.
      const reseller = context.reseller(region, t0, context.provider(region, provider));
      const subscription = context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20);
      truth.add('reseller-of-record-not-supplied', provider.id, reseller.id, subscription);
    }
  },
};

const providerDirectSale: Plant = {
  id: 'provider-direct-sale',
  variants: 1,
  plant(context) {
    // Provider-only account Y has a reseller relationship with a customer and bills it with no reseller of record:
    // finding Y|S.
    const t0 = context.start();
    const region = context.region();
    const provider = context.provider(region);
    const customer = context.customer(region);
    const subscription = context.direct(customer, provider, t0 + 10, t0 + 20);
    context.truth.add('provider-direct-sale', provider.id, subscription);
  },
};

const partnerToPartnerResale: Plant = {
  id: 'partner-to-partner-resale',
  variants: 4,
  plant(context, variant) {
    // Every variant is one supply relationship in one region, dated after both accounts signed and the target
    // enrolled: reseller -> reseller, direct-bill -> reseller, provider -> provider, reseller -> provider. Fresh
    // targets sell nothing; a baseline provider as target has no customer on its tenant and bills nothing with the
    // supplier as reseller of record: finding supplier|target only.
    const region = context.region();
    const provider = context.provider(region);
    const other = context.provider(region, provider);
    let t0 = context.start();
    let supplier: PartnerRef;
    let target: PartnerRef;
    if (variant === 0) {
      [supplier, target] = [context.reseller(region, t0, provider), context.reseller(region, t0)];
    } else if (variant === 1) {
      [supplier, target] = [context.directBill(region, t0), context.reseller(region, t0)];
    } else if (variant === 2) {
      // Two baseline providers: instances that meet the same pair get different dates.
      while (!context.claim(`${provider.id}|${other.id}|${t0}`)) t0 = context.start();
      [supplier, target] = [provider, other];
    } else {
      [supplier, target] = [context.reseller(region, t0, provider), other];
    }
    context.build.supply(supplier, target, t0 + 10);
    context.truth.add('partner-to-partner-resale', supplier.id, target.id);
  },
};

const crossCloudLink: Plant = {
  id: 'cross-cloud-link',
  variants: 3,
  plant(context, variant) {
    const { build, truth } = context;
    const t0 = context.start();
    const region = context.catalog.byName('United States');
    const provider = context.provider(region);
    const reseller = context.reseller(region, t0, provider);
    if (variant === 0) {
      // A commercial-cloud reseller manages a customer whose tenant is in the US Government cloud. Management is
      // no sale: finding R|C only.
      const customer = context.customer(region, { country: 'US', cloud: 'us-government' });
      build.manages(reseller, customer, 'gdap', t0 + 10);
      truth.add('cross-cloud-link', reseller.id, customer.id);
    } else if (variant === 1) {
      // A commercial customer's subscription (billed and resold in the commercial cloud) is provisioned onto a
      // customer-type tenant in the US Government cloud: finding S.
      const customer = context.customer(region, { country: 'US' });
      const elsewhere = build.tenant('US', 'customer', 'us-government');
      const subscription = context.throughReseller(customer, reseller, provider, t0 + 10, t0 + 20, elsewhere);
      truth.add('cross-cloud-link', subscription);
    } else {
      // A commercial-cloud reseller has a reseller relationship (no subscription) with a US Government customer:
      // finding R|C (same region, so no cross-region sale).
      const customer = context.customer(region, { country: 'US', cloud: 'us-government' });
      build.sellsTo(reseller, customer, t0 + 10);
      truth.add('cross-cloud-link', reseller.id, customer.id);
    }
  },
};

export const VIOLATION_PLANTS: readonly Plant[] = [
  crossRegionSale,
  crossRegionPartnership,
  selfSale,
  affiliateSale,
  resellerCustomerOfOwnProvider,
  cspTenantAsCustomer,
  mpaNotSigned,
  resellerNotEnrolled,
  resellerBilledDirectly,
  resellerOfRecordNotSupplied,
  providerDirectSale,
  partnerToPartnerResale,
  crossCloudLink,
];
