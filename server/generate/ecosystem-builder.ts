// Writes the entities and relationships of a generated ecosystem as import-format rows, with realistic defaults
// (dates that keep an account compliant, offers, statuses) that callers override to plant a violation.
import type { Cloud, ManagementKind, PartnerRole, TenantKind } from '../model/graph-model';
import { day, formatDay } from '../shared/dates';
import type { EcosystemFiles } from './ecosystem-files';
import type { Identifiers } from './identifiers';
import type { Random } from './prng';
import type { Region } from './region-catalog';
import { MPA_ROLLOUT, OFFERS, SUBSCRIPTION_STATUSES } from './shape';

const MPA_REQUIRED = day('2020-02-01');

export interface OrganizationRef {
  id: string;
  name: string;
}

export interface Supply {
  provider: PartnerRef;
  since: number;
}

export interface PartnerRef {
  id: string;
  tenantId: string;
  organizationId: string;
  country: string;
  region: Region;
  roles: readonly PartnerRole[];
  /** The first day the account transacts. */
  start: number;
  /** Its active supply relationships (kept only for the small number of accounts still being filled). */
  suppliedBy: Supply[];
}

export interface CustomerRef {
  id: string;
  tenantId: string;
  /** The tenant's country: decides the customer's region. */
  country: string;
  region: Region;
}

export interface PartnerOptions {
  region: Region;
  roles: readonly PartnerRole[];
  start: number;
  country?: string;
  organization?: OrganizationRef;
  /** `null` leaves the date out; left undefined, a date that keeps the account compliant from `start` on. */
  mpaSignedOn?: number | null;
  onboardedOn?: number | null;
  enrolledOn?: number | null;
}

export interface CustomerOptions {
  region: Region;
  /** The tenant's country; a country of the region when left out. */
  country?: string;
  /** The billing address country; the tenant's country when left out. */
  billingCountry?: string;
  organization?: OrganizationRef;
  /** An existing tenant to put the customer account on (the account then takes its id); a new one otherwise. */
  tenantId?: string;
  cloud?: Cloud;
}

export interface SubscriptionOptions {
  customer: CustomerRef;
  billedBy: PartnerRef;
  resellerOfRecord?: PartnerRef;
  /** Where it is provisioned; the customer's tenant when left out. */
  tenantId?: string;
  createdOn: number;
}

export class EcosystemBuilder {
  customers = 0;

  constructor(
    private readonly files: EcosystemFiles,
    readonly ids: Identifiers,
    readonly random: Random,
    readonly asOf: number,
    private readonly onCustomer: (customers: number) => void,
  ) {}

  /** A uniform day in [from, to]. */
  between(from: number, to: number): number {
    return this.random.int(from, Math.max(from, to));
  }

  organization(country: string, name = this.ids.customerName()): OrganizationRef {
    const id = this.ids.guid();
    this.files.write('organizations', { id, name, country });
    return { id, name };
  }

  ownership(owner: OrganizationRef, owned: OrganizationRef, share: number, directsManagement: boolean, since: number) {
    this.files.write('ownerships', {
      ownerId: owner.id,
      ownedId: owned.id,
      share: Math.round(share * 100) / 100,
      directsManagement,
      since: formatDay(since),
    });
  }

  tenant(country: string, kind: TenantKind, cloud: Cloud = 'commercial', id = this.ids.guid()): string {
    this.files.write('tenants', { id, country, kind, cloud });
    return id;
  }

  /** A partner account on its own CSP tenant, with a fresh organization unless one is given. */
  partner(options: PartnerOptions): PartnerRef {
    const { region, roles, start } = options;
    const country = options.country ?? region.country(this.random);
    const organization = options.organization ?? this.organization(country, this.ids.partnerName());
    const tenantId = this.tenant(country, 'csp');
    const id = this.ids.guid();
    const defaultMpa =
      start < MPA_ROLLOUT ? this.between(MPA_ROLLOUT, MPA_REQUIRED - 1) : start - this.random.int(1, 60);
    const dates = {
      mpaSignedOn: options.mpaSignedOn === undefined ? defaultMpa : options.mpaSignedOn,
      onboardedOn: options.onboardedOn === undefined ? start - this.random.int(30, 200) : options.onboardedOn,
      enrolledOn: options.enrolledOn === undefined ? start - this.random.int(1, 25) : options.enrolledOn,
    };
    this.files.write('partners', {
      id,
      mpnId: this.ids.mpnId(),
      name: `${organization.name} ${country}`,
      organizationId: organization.id,
      tenantId,
      country,
      roles: roles.join(';'),
      status: 'active',
      mpaSignedOn: dates.mpaSignedOn === null ? undefined : formatDay(dates.mpaSignedOn),
      onboardedOn: dates.onboardedOn === null ? undefined : formatDay(dates.onboardedOn),
      enrolledOn: dates.enrolledOn === null ? undefined : formatDay(dates.enrolledOn),
    });
    return { id, tenantId, organizationId: organization.id, country, region, roles, start, suppliedBy: [] };
  }

  customer(options: CustomerOptions): CustomerRef {
    const { region } = options;
    const country = options.country ?? region.country(this.random);
    const id = options.tenantId ?? this.tenant(country, 'customer', options.cloud);
    const name = options.organization?.name ?? this.ids.customerName();
    this.files.write('customers', {
      id,
      name,
      tenantId: id,
      country: options.billingCountry ?? country,
      domain: this.ids.domain(name),
      organizationId: options.organization?.id,
    });
    this.customers += 1;
    this.onCustomer(this.customers);
    return { id, tenantId: id, country, region };
  }

  /** A provider -> reseller relationship; one that ended by the as-of date is written as inactive. */
  supply(provider: PartnerRef, reseller: PartnerRef, since: number, until?: number): void {
    this.files.write('supplies', {
      providerId: provider.id,
      resellerId: reseller.id,
      since: formatDay(since),
      until: until === undefined ? undefined : formatDay(until),
      state: until !== undefined && until <= this.asOf ? 'inactive' : 'active',
    });
    if (until === undefined) reseller.suppliedBy.push({ provider, since });
  }

  sellsTo(partner: PartnerRef, customer: CustomerRef, since: number, until?: number): void {
    this.files.write('resellerRelationships', {
      partnerId: partner.id,
      customerId: customer.id,
      since: formatDay(since),
      until: until === undefined ? undefined : formatDay(until),
    });
  }

  manages(partner: PartnerRef, customer: CustomerRef, kind: ManagementKind, since: number): void {
    this.files.write('managementRelationships', {
      partnerId: partner.id,
      customerId: customer.id,
      kind,
      since: formatDay(since),
      until: undefined,
    });
  }

  subscription(options: SubscriptionOptions): string {
    const id = this.ids.guid();
    const offer = this.random.weighted(OFFERS, (item) => item.weight);
    this.files.write('subscriptions', {
      id,
      customerId: options.customer.id,
      billedById: options.billedBy.id,
      tenantId: options.tenantId ?? options.customer.tenantId,
      createdOn: formatDay(options.createdOn),
      resellerOfRecordId: options.resellerOfRecord?.id,
      offerId: offer.offerId,
      offerName: offer.offerName,
      status: this.random.weighted(SUBSCRIPTION_STATUSES, ([, weight]) => weight)[0],
      billingType: offer.billingType,
    });
    return id;
  }

  /** Lets the files drain when enough is buffered; call after each customer. */
  settle(): Promise<void> {
    return this.files.settle();
  }
}
