// Converts a Partner Center export into the import format's records. docs/partner-center-import.md says which records
// and relationships each Partner Center record implies, and where their dates come from when Partner Center has none.
import { BILLING_TYPES, MPA_REQUIRED_FROM, SUBSCRIPTION_STATUSES } from '../../model/graph-model';
import { quote } from '../import-error';
import type { CollectionKey } from '../import-schema';
import { DocumentBuilder, type Fields, type Origin } from './document-builder';
import { type OwnAccount, organizationIdOf, readOwnAccount } from './own-account';
import { choicesOf, FieldReader, fieldValue, type PcIssue, type PcPlace, type PcRecord, pcIssue } from './pc-record';
import { type CustomerFileRecord, EXPORT_LAYOUT, type PartnerCenterExport } from './read-export';

/** Looks up PartnerIDs among the partner accounts already in the graph: PartnerID -> account id. */
/** The error codes of Partner Center's answer to an MPA check for a reseller that has not signed (HTTP 400). */
const UNSIGNED_ERROR_CODES = new Set([2203, 2206]);

export type FindPartnersByMpnId = (mpnIds: string[]) => Promise<Map<string, string>>;

export interface Conversion {
  /** The import format's JSON document. */
  document: Fields;
  /** For each collection, where each of its records came from. */
  origins: Record<CollectionKey, Origin[]>;
  /** Problems of the export itself, in its own terms. */
  issues: PcIssue[];
}

/** relationshipToPartner: a reseller relationship is a sale (SELLS_TO); none is no relationship at all. */
const RELATIONSHIPS_TO_PARTNER = { reseller: true, none: false };
const UNMAPPED_RELATIONSHIP =
  "advisor, syndication and microsoft_support relationships are neither a sale nor a management relationship of the product's model, " +
  "so this import does not map them: take the customer out of the export, or load it in the product's own format";
const RESELLER_RELATIONSHIP_TYPE = { IsIndirectCloudSolutionProviderOf: true };
const RELATIONSHIP_STATES = { active: 'active', inactive: 'inactive' } as const;
/** In reconciliation files, Partner Center writes -1 as the reseller of a subscription whose reseller was removed. */
const NO_RESELLER_MPN_ID = '-1';
/** Where a customer record, and a billing profile, hold the billing country. */
const COUNTRY_FIELD = 'billingProfile.defaultAddress.country';
const PROFILE_COUNTRY_FIELD = 'defaultAddress.country';

interface Reseller {
  at: PcPlace;
  id: string;
  mpnId: string | undefined;
  name: string | undefined;
  location: string | undefined;
  state: 'active' | 'inactive' | undefined;
}

interface Customer {
  at: PcPlace;
  id: string;
  tenantId: string;
  sells: boolean | undefined;
  associatedPartnerId: string | undefined;
}

/** A PartnerID named by a record, to be found among the export's accounts or in the graph. */
interface PartnerReference {
  at: PcPlace;
  field: string;
  mpnId: string;
}

/** A subscription read, before the PartnerIDs it names are resolved to partner accounts. */
interface Subscription {
  at: PcPlace;
  fields: Fields;
  origin: Record<string, string>;
  /** The billing partner by PartnerID; undefined means the exporting account. */
  billedBy: PartnerReference | undefined;
  reseller: PartnerReference | undefined;
}

const API_SUBSCRIPTION_FIELDS = {
  id: 'id',
  customerId: '',
  tenantId: '',
  billedById: '',
  createdOn: 'creationDate',
  resellerOfRecordId: 'partnerId',
  offerId: 'offerId',
  offerName: 'offerName',
  status: 'status',
  billingType: 'billingType',
};

function earliest(dates: Map<string, string>, key: string, date: unknown): void {
  if (typeof date !== 'string') return;
  const known = dates.get(key);
  if (known === undefined || date < known) dates.set(key, date);
}

function pair(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

class ExportConverter {
  readonly issues: PcIssue[];
  readonly out = new DocumentBuilder();
  private readonly resellers = new Map<string, Reseller>();
  /** PartnerID -> account id, for the accounts of the export (the exporting account first); undefined for an account
   * whose id is missing, so that what names it is not refused a second time. */
  private readonly accountsByMpnId = new Map<string, string | undefined>();
  private readonly customers = new Map<string, Customer>();
  private readonly subscriptions: Subscription[] = [];
  private readonly subscriptionIds = new Set<string>();
  private readonly customerTenants: { value: Fields; origin: Origin }[] = [];
  private readonly agreementStatus = new Map<string, { signed: boolean | undefined; at: PcPlace }>();

  constructor(
    private readonly source: PartnerCenterExport,
    private readonly own: OwnAccount,
    issues: PcIssue[],
  ) {
    this.issues = issues;
    if (own.mpnId !== undefined) this.accountsByMpnId.set(own.mpnId, own.id);
  }

  reader(record: PcRecord): FieldReader {
    return new FieldReader(record, this.issues);
  }

  readResellers(): void {
    for (const record of this.source.resellers) {
      const reader = this.reader(record);
      const id = reader.text('id', true);
      reader.choice('relationshipType', RESELLER_RELATIONSHIP_TYPE, {
        hint: `${EXPORT_LAYOUT.resellers} holds the response of GET /v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf`,
      });
      const reseller = {
        at: record.at,
        // Microsoft's resource table names the reseller's PartnerID mpnId; its samples return it as partnerId.
        mpnId:
          reader.raw('mpnId') === undefined && reader.raw('partnerId') !== undefined
            ? reader.text('partnerId')
            : reader.text('mpnId', true),
        name: reader.text('name', true),
        location: reader.text('location', true)?.toUpperCase(),
        state: reader.choice('state', RELATIONSHIP_STATES),
      };
      if (reseller.mpnId !== undefined && !this.accountsByMpnId.has(reseller.mpnId)) {
        this.accountsByMpnId.set(reseller.mpnId, id);
      }
      if (id !== undefined && !this.resellers.has(id)) this.resellers.set(id, { ...reseller, id });
    }
  }

  /** The customers: those of the listing, then those fetched by id that the listing lacks. The listing
   * (GET /v1/customers) never carries the billing address, so a customer's country comes from its own record when it
   * has one, else from its details (GET /v1/customers/{id}), else from its billing profile. */
  readCustomers(): void {
    const details = this.byCustomer(this.source.customerDetails);
    const profiles = this.byCustomer(this.source.billingProfiles);
    const listed = new Set<string>();
    for (const record of this.source.customers) {
      const id = this.readCustomer(record, details, profiles);
      if (id !== undefined) listed.add(id);
    }
    for (const { customerId, record } of this.source.customerDetails) {
      const reader = this.reader(record);
      const id = reader.text('id');
      if (id !== undefined && id !== customerId) {
        reader.problem('id', `${quote(id)} is not the customer its file is named after (${quote(customerId)})`);
        continue;
      }
      if (!listed.has(customerId)) this.readCustomer(record, details, profiles);
    }
    for (const { customerId, record } of this.source.billingProfiles) {
      if (listed.has(customerId) || details.has(customerId)) continue;
      this.reader(record).problem(
        '',
        `names customer ${quote(customerId)} (its file name), which is in neither ${EXPORT_LAYOUT.customers} nor ` +
          `${EXPORT_LAYOUT.customerDetails}`,
      );
    }
  }

  /** The first record of each customer's file. */
  private byCustomer(records: readonly CustomerFileRecord[]): Map<string, PcRecord> {
    const found = new Map<string, PcRecord>();
    for (const { customerId, record } of records) if (!found.has(customerId)) found.set(customerId, record);
    return found;
  }

  /** The customer's billing country and the field it was read from: its own record's, else its details', else its
   * billing profile's; absent from all, a problem that says which calls give it. */
  private customerCountry(
    reader: FieldReader,
    id: string | undefined,
    details: Map<string, PcRecord>,
    profiles: Map<string, PcRecord>,
  ): { country: string | undefined; field: string } {
    const own = reader.text(COUNTRY_FIELD);
    if (own !== undefined || id === undefined) {
      if (own === undefined) reader.problem(COUNTRY_FIELD, 'is required');
      return { country: own?.toUpperCase(), field: COUNTRY_FIELD };
    }
    const sources: [PcRecord | undefined, string][] = [
      [details.get(id), COUNTRY_FIELD],
      [profiles.get(id), PROFILE_COUNTRY_FIELD],
    ];
    for (const [record, field] of sources) {
      if (record === undefined || record === reader.record) continue;
      const source = this.reader(record);
      // A value that is there but unreadable has its own problem at its own file; the customer has no other.
      if (source.raw(field) === undefined) continue;
      return { country: source.text(field)?.toUpperCase(), field: `${record.at.file} ${field}` };
    }
    reader.problem(
      COUNTRY_FIELD,
      `is required, and Partner Center's customer list (GET /v1/customers) never returns it: add the customer as ` +
        `GET /v1/customers/${id} returns it (${EXPORT_LAYOUT.customerDetails}/${id}.json), or its billing profile as ` +
        `GET /v1/customers/${id}/profiles/billing returns it (${EXPORT_LAYOUT.billingProfiles}/${id}.json)`,
    );
    return { country: undefined, field: COUNTRY_FIELD };
  }

  /** One customer record (of the listing, or fetched by id); its id, when it has one. */
  private readCustomer(
    record: PcRecord,
    details: Map<string, PcRecord>,
    profiles: Map<string, PcRecord>,
  ): string | undefined {
    const reader = this.reader(record);
    const id = reader.text('id', true);
    const tenantGiven = reader.text('companyProfile.tenantId');
    const tenantId = tenantGiven ?? id;
    const { country, field: countryField } = this.customerCountry(reader, id, details, profiles);
    const fields = {
      id: 'id',
      name: 'companyProfile.companyName',
      tenantId: tenantGiven === undefined ? 'id' : 'companyProfile.tenantId',
      country: countryField,
      domain: 'companyProfile.domain',
    };
    this.out.add(
      'customers',
      {
        id,
        name: reader.text('companyProfile.companyName', true),
        tenantId,
        country,
        domain: reader.text('companyProfile.domain'),
      },
      { at: record.at, fields },
    );
    const sells = reader.choice('relationshipToPartner', RELATIONSHIPS_TO_PARTNER, {
      required: true,
      hint: UNMAPPED_RELATIONSHIP,
    });
    const associatedPartnerId = reader.text('associatedPartnerId');
    if (id === undefined || tenantId === undefined) return id;
    if (!this.customers.has(id)) this.customers.set(id, { at: record.at, id, tenantId, sells, associatedPartnerId });
    this.customerTenant(tenantId, country, {
      at: record.at,
      fields: { id: fields.tenantId, country: fields.country },
    });
    return id;
  }

  /** A customer's tenant, written after the partner accounts' tenants (see writeCustomerTenants). */
  private customerTenant(id: string, country: string | undefined, origin: Origin): void {
    this.customerTenants.push({ value: { id, country, kind: 'customer', cloud: this.own.cloud }, origin });
  }

  /** A tenant that a partner account of the export uses is that account's CSP tenant, whoever else is on it: its
   * record (kind csp, the account's country) was added first and wins. */
  writeCustomerTenants(): void {
    for (const { value, origin } of this.customerTenants) this.out.addOnce('tenants', String(value.id), value, origin);
  }

  readSubscriptions(): void {
    for (const { customerId, record } of this.source.subscriptions) {
      const reader = this.reader(record);
      const id = reader.text('id', true);
      const partnerId = reader.text('partnerId');
      const fields: Fields = {
        id,
        customerId,
        tenantId: this.customers.get(customerId)?.tenantId ?? customerId,
        createdOn: reader.date('creationDate', { required: true }),
        offerId: reader.text('offerId'),
        offerName: reader.text('offerName'),
        status: reader.choice('status', choicesOf(SUBSCRIPTION_STATUSES)),
        billingType: reader.choice('billingType', choicesOf(BILLING_TYPES)),
      };
      if (id !== undefined) this.subscriptionIds.add(id);
      this.subscriptions.push({
        at: record.at,
        fields,
        origin: API_SUBSCRIPTION_FIELDS,
        billedBy: undefined,
        reseller: partnerId === undefined ? undefined : { at: record.at, field: 'partnerId', mpnId: partnerId },
      });
    }
  }

  /** Reconciliation rows: one per charge, so a subscription has many; the subscriptions export wins over them. */
  readReconciliation(): void {
    const firstRows = new Map<string, { at: PcPlace; values: Record<string, string | undefined> }>();
    for (const record of this.source.reconciliation) {
      const reader = this.reader(record);
      const idField =
        fieldValue(record.value, 'SyndicationPartnerSubscriptionNumber').value === undefined
          ? 'SubscriptionId'
          : 'SyndicationPartnerSubscriptionNumber';
      const id = reader.text(idField, true);
      const customerId = reader.text('CustomerId', true);
      if (customerId !== undefined) this.reconciliationCustomer(reader, customerId);
      if (id !== undefined && this.subscriptionIds.has(id)) continue;
      const mpnId = reader.text('MPNID');
      const resellerText = reader.text('ResellerMPNID');
      const values = {
        CustomerId: customerId,
        MPNID: mpnId,
        ResellerMPNID: resellerText === NO_RESELLER_MPN_ID || resellerText === mpnId ? undefined : resellerText,
        SubscriptionStartDate: reader.date('SubscriptionStartDate', { required: true, monthFirst: true }),
      };
      if (id === undefined || values.CustomerId === undefined) continue;
      const first = firstRows.get(id);
      if (first) {
        for (const [field, value] of Object.entries(values)) {
          const earlier = first.values[field];
          // A date that could not be read has its own problem; no value is a value only for the PartnerIDs.
          const unread = field === 'SubscriptionStartDate' && (value === undefined || earlier === undefined);
          if (value === earlier || unread) continue;
          const shown = (text: string | undefined) => (text === undefined ? 'no value' : quote(text));
          reader.problem(
            field,
            `${shown(value)} differs from ${shown(earlier)} on ${first.at.record}, a row of the same subscription`,
          );
        }
        continue;
      }
      firstRows.set(id, { at: record.at, values });
      this.subscriptions.push({
        at: record.at,
        fields: {
          id,
          customerId: values.CustomerId,
          tenantId: this.customers.get(values.CustomerId)?.tenantId ?? values.CustomerId,
          createdOn: values.SubscriptionStartDate,
          offerId: reader.text('OfferId'),
          offerName: reader.text('ProductName'),
        },
        origin: {
          id: idField,
          customerId: 'CustomerId',
          tenantId: 'CustomerId',
          billedById: 'MPNID',
          createdOn: 'SubscriptionStartDate',
          resellerOfRecordId: 'ResellerMPNID',
          offerId: 'OfferId',
          offerName: 'ProductName',
        },
        billedBy: mpnId === undefined ? undefined : { at: record.at, field: 'MPNID', mpnId },
        reseller:
          values.ResellerMPNID === undefined
            ? undefined
            : { at: record.at, field: 'ResellerMPNID', mpnId: values.ResellerMPNID },
      });
    }
  }

  /** A customer the customers export lacks, from the first reconciliation row that gives its name and country. */
  private reconciliationCustomer(reader: FieldReader, id: string): void {
    if (this.customers.has(id)) return;
    const name = reader.text('CustomerName');
    const country = reader.text('CustomerCountry')?.toUpperCase();
    if (name === undefined || country === undefined) return;
    const fields = { id: 'CustomerId', tenantId: 'CustomerId', name: 'CustomerName', country: 'CustomerCountry' };
    this.out.add(
      'customers',
      { id, name, tenantId: id, country, domain: reader.text('CustomerDomainName') },
      { at: reader.at, fields: { ...fields, domain: 'CustomerDomainName' } },
    );
    this.customers.set(id, { at: reader.at, id, tenantId: id, sells: false, associatedPartnerId: undefined });
    this.customerTenant(id, country, { at: reader.at, fields: { id: 'CustomerId', country: 'CustomerCountry' } });
  }

  /** Resolves every PartnerID the subscriptions name: an account of the export, else one in the graph. */
  async resolvePartners(
    findPartners: FindPartnersByMpnId,
  ): Promise<(reference: PartnerReference) => string | undefined> {
    const references = this.subscriptions.flatMap((s) => [s.billedBy, s.reseller]).filter((r) => r !== undefined);
    const unknown = [
      ...new Set(references.map((r) => r.mpnId).filter((id) => /^\d{1,20}$/.test(id) && !this.accountsByMpnId.has(id))),
    ];
    const inGraph = unknown.length > 0 ? await findPartners(unknown) : new Map<string, string>();
    return (reference) => {
      if (this.accountsByMpnId.has(reference.mpnId)) return this.accountsByMpnId.get(reference.mpnId);
      const id = inGraph.get(reference.mpnId);
      if (id !== undefined) return id;
      const reason = /^\d{1,20}$/.test(reference.mpnId)
        ? `names PartnerID ${quote(reference.mpnId)}, which is neither the exporting account (${EXPORT_LAYOUT.partner}), ` +
          `an indirect reseller in ${EXPORT_LAYOUT.resellers} nor a partner account in the graph`
        : `${quote(reference.mpnId)} is not a PartnerID (digits only, at most 20)`;
      this.issues.push(pcIssue(reference.at, reference.field, reason));
      return undefined;
    };
  }

  writeSubscriptions(resolve: (reference: PartnerReference) => string | undefined) {
    const supplySince = new Map<string, string>();
    const customerSince = new Map<string, string>();
    for (const subscription of this.subscriptions) {
      const billedById = subscription.billedBy === undefined ? this.own.id : resolve(subscription.billedBy);
      const resellerId = subscription.reseller === undefined ? undefined : resolve(subscription.reseller);
      const { createdOn, customerId } = subscription.fields;
      if (billedById !== undefined && resellerId !== undefined) {
        earliest(supplySince, pair(billedById, resellerId), createdOn);
      }
      for (const seller of [billedById, resellerId]) {
        if (seller !== undefined && typeof customerId === 'string') {
          earliest(customerSince, pair(seller, customerId), createdOn);
        }
      }
      this.out.add(
        'subscriptions',
        { ...subscription.fields, billedById, resellerOfRecordId: resellerId },
        { at: subscription.at, fields: subscription.origin },
      );
    }
    return { supplySince, customerSince };
  }

  writeOwnAccount(): void {
    const own = this.own;
    const at = own.at;
    const signedByStatus = this.agreementDate(own.mpnId, own.mpaSignedOn);
    this.out.addOnce(
      'organizations',
      own.organization.id,
      { id: own.organization.id, name: own.organization.name, country: own.organization.country },
      { at, fields: own.organization.fields },
    );
    this.out.addOnce(
      'tenants',
      own.id,
      { id: own.id, country: own.country, kind: 'csp', cloud: own.cloud },
      { at, fields: { id: 'account.tenantId', country: 'account.country' } },
    );
    this.out.add(
      'partners',
      {
        id: own.id,
        mpnId: own.mpnId,
        name: own.name,
        organizationId: own.organization.id,
        tenantId: own.id,
        country: own.country,
        roles: own.roles,
        status: own.status,
        mpaSignedOn: own.mpaSignedOn ?? signedByStatus,
        onboardedOn: own.onboardedOn,
        enrolledOn: own.enrolledOn,
      },
      {
        at,
        fields: {
          id: 'account.tenantId',
          mpnId: 'account.mpnId',
          name: 'account.name',
          organizationId: own.organization.fields.id ?? '',
          tenantId: 'account.tenantId',
          country: 'account.country',
          roles: 'account.roles',
          status: 'account.programStatus',
          mpaSignedOn: 'account.mpaSignedOn',
          onboardedOn: 'account.onboardedOn',
          enrolledOn: 'account.enrolledOn',
        },
      },
    );
  }

  /** Reads the agreement statuses; one for a PartnerID that is no account of the export has nowhere to go. */
  readAgreements(): void {
    for (const { mpnId, record } of this.source.agreements) {
      const reader = this.reader(record);
      // A reseller that has not signed comes back as Partner Center's HTTP 400 error body, not as a status.
      const code = Number(reader.raw('code'));
      const signed = UNSIGNED_ERROR_CODES.has(code) ? false : reader.boolean('isAgreementSigned', true);
      if (!this.accountsByMpnId.has(mpnId)) {
        reader.problem(
          '',
          `names PartnerID ${quote(mpnId)} (its file name), which is neither the exporting account nor an indirect ` +
            `reseller in ${EXPORT_LAYOUT.resellers}`,
        );
      }
      this.agreementStatus.set(mpnId, { signed, at: record.at });
    }
  }

  /** Partner Center says whether the agreement is signed, not when: a signed one counts from the day the requirement
   * took effect; one not signed, or with no status, has no date. */
  private agreementDate(mpnId: string | undefined, dateGiven: string | undefined): string | undefined {
    const status = mpnId === undefined ? undefined : this.agreementStatus.get(mpnId);
    if (status?.signed === false && dateGiven !== undefined) {
      this.issues.push(
        pcIssue(
          status.at,
          'isAgreementSigned',
          `says the agreement is not signed, while ${EXPORT_LAYOUT.partner} gives account.mpaSignedOn ${quote(dateGiven)}`,
        ),
      );
    }
    return status?.signed ? MPA_REQUIRED_FROM : undefined;
  }

  writeResellers(supplySince: Map<string, string>): void {
    const own = this.own;
    for (const reseller of this.resellers.values()) {
      const at = reseller.at;
      const organizationId = organizationIdOf(reseller.id);
      this.out.addOnce(
        'organizations',
        organizationId,
        { id: organizationId, name: reseller.name, country: reseller.location },
        { at, fields: { id: 'id', name: 'name', country: 'location' } },
      );
      this.out.addOnce(
        'tenants',
        reseller.id,
        { id: reseller.id, country: reseller.location, kind: 'csp', cloud: own.cloud },
        { at, fields: { id: 'id', country: 'location' } },
      );
      const since = supplySince.get(pair(own.id, reseller.id)) ?? own.exportedOn;
      this.out.add(
        'partners',
        {
          id: reseller.id,
          mpnId: reseller.mpnId,
          name: reseller.name,
          organizationId,
          tenantId: reseller.id,
          country: reseller.location,
          roles: ['indirect-reseller'],
          mpaSignedOn: this.agreementDate(reseller.mpnId, undefined),
          onboardedOn: since,
          enrolledOn: since,
        },
        {
          at,
          fields: {
            id: 'id',
            mpnId: 'mpnId',
            name: 'name',
            organizationId: 'id',
            tenantId: 'id',
            country: 'location',
            roles: '',
            mpaSignedOn: '',
            onboardedOn: '',
            enrolledOn: '',
          },
        },
      );
      const inactive = reseller.state === 'inactive';
      this.out.addOnce(
        'supplies',
        pair(reseller.id, since),
        {
          providerId: own.id,
          resellerId: reseller.id,
          since,
          until: inactive ? own.exportedOn : undefined,
          state: reseller.state,
        },
        { at, fields: { providerId: '', resellerId: 'id', since: '', until: 'state', state: 'state' } },
      );
    }
  }

  writeCustomerRelationships(customerSince: Map<string, string>): void {
    const own = this.own;
    for (const customer of this.customers.values()) {
      const sellers: [string, string][] = [];
      if (customer.sells) sellers.push([own.id, 'relationshipToPartner']);
      if (customer.associatedPartnerId !== undefined) {
        sellers.push([customer.associatedPartnerId, 'associatedPartnerId']);
      }
      for (const [partnerId, field] of sellers) {
        const since = customerSince.get(pair(partnerId, customer.id)) ?? own.exportedOn;
        this.out.addOnce(
          'resellerRelationships',
          `${pair(partnerId, customer.id)}\u0000${since}`,
          { partnerId, customerId: customer.id, since },
          { at: customer.at, fields: { partnerId: field, customerId: 'id', since: '' } },
        );
      }
    }
  }
}

/** Converts the export; PartnerIDs that no account of the export holds are looked up with `findPartners`. */
export async function convertExport(
  source: PartnerCenterExport,
  findPartners: FindPartnersByMpnId,
): Promise<Conversion> {
  const issues = [...source.issues];
  const own = readOwnAccount(source.partner, issues);
  if (!own) {
    const out = new DocumentBuilder();
    return { document: out.document(), origins: out.origins, issues };
  }
  const converter = new ExportConverter(source, own, issues);
  converter.readResellers();
  converter.readAgreements();
  converter.readCustomers();
  converter.readSubscriptions();
  converter.readReconciliation();
  const resolve = await converter.resolvePartners(findPartners);
  converter.writeOwnAccount();
  const { supplySince, customerSince } = converter.writeSubscriptions(resolve);
  converter.writeResellers(supplySince);
  converter.writeCustomerTenants();
  converter.writeCustomerRelationships(customerSince);
  return { document: converter.out.document(), origins: converter.out.origins, issues: converter.issues };
}
