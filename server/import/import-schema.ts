// The import format as zod schemas, one per collection: the validator and the source of docs/import.schema.json.
import { z } from 'zod';
import {
  BILLING_TYPES,
  CLOUDS,
  MANAGEMENT_KINDS,
  PARTNER_ROLES,
  SUBSCRIPTION_STATUSES,
  SUPPLY_STATES,
  TENANT_KINDS,
} from '../model/graph-model';
import { DATE_PATTERN, isRealDate } from '../shared/dates';

export const IMPORT_FORMAT = 'csp-graph';
export const IMPORT_VERSION = 1;

/** Length limits keep a runaway value (a whole file pasted into one cell) from reaching the graph. */
export const MAX_ID_LENGTH = 256;
export const MAX_NAME_LENGTH = 1000;
export const MAX_SHORT_TEXT_LENGTH = 100;
export const MAX_DOMAIN_LENGTH = 253;

const id = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^\S(?:[\s\S]*\S)?$/, 'must not start or end with white space');
const name = z.string().max(MAX_NAME_LENGTH).regex(/\S/, 'must not be blank');
const shortText = z.string().max(MAX_SHORT_TEXT_LENGTH);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 code in capitals, like FR');
// The pattern goes into the JSON Schema; the refinement (which the JSON Schema cannot say) rejects 2021-02-30.
const date = z
  .string()
  .regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine((text) => !DATE_PATTERN.test(text) || isRealDate(text), 'is not a date that exists')
  .meta({ format: 'date' });

export const organizationSchema = z
  .strictObject({
    id: id.describe('the organization id'),
    name: name.describe('the legal name'),
    country: countryCode.optional().describe('the country of its seat (any code; it need not be a CSP market)'),
  })
  .meta({ title: 'organization', description: 'A legal entity that holds partner or customer accounts.' });

export const ownershipSchema = z
  .strictObject({
    ownerId: id.describe('the owning organization'),
    ownedId: id.describe('the owned organization'),
    share: z.number().min(0).max(1).describe('the equity share, 0..1'),
    directsManagement: z.boolean().default(false).describe('whether the owner has the right to direct management'),
    since: date.optional(),
  })
  .meta({ title: 'ownership', description: 'A stake of one organization in another.' });

export const tenantSchema = z
  .strictObject({
    id: id.describe('the Entra tenant id'),
    country: countryCode.describe("the tenant's country: decides the region of customers on it"),
    kind: z.enum(TENANT_KINDS).describe("csp: a partner's CSP transaction tenant; customer: a customer-type tenant"),
    cloud: z.enum(CLOUDS).default('commercial'),
  })
  .meta({ title: 'tenant', description: 'An Entra tenant.' });

export const partnerSchema = z
  .strictObject({
    id: id.describe('the Partner Center account (tenant) id'),
    mpnId: z
      .string()
      .regex(/^\d{1,20}$/, 'must be digits only (at most 20)')
      .describe('the PartnerID (MPN id)'),
    name: name,
    organizationId: id.describe('the organization that holds the account'),
    tenantId: id.describe('its CSP transaction tenant'),
    country: countryCode.describe("the account's country: decides the partner's region"),
    roles: z
      .array(z.enum(PARTNER_ROLES))
      .min(1, 'must name at least one role')
      .refine((roles) => new Set(roles).size === roles.length, 'names a role twice'),
    status: shortText.optional().describe('the program status'),
    mpaSignedOn: date.optional().describe('when the Microsoft Partner Agreement was signed'),
    onboardedOn: date.optional(),
    enrolledOn: date.optional().describe('when the account was enrolled as an indirect reseller'),
  })
  .meta({ title: 'partner', description: 'One CSP partner account of an organization in one region.' });

export const customerSchema = z
  .strictObject({
    id: id.describe('the customer account id (Partner Center uses the customer tenant id)'),
    name: name,
    tenantId: id.describe("the customer account's tenant"),
    country: countryCode.describe('the billing address country (shown; the tenant country decides the region)'),
    domain: z.string().max(MAX_DOMAIN_LENGTH).regex(/^\S+$/, 'must not contain white space').optional(),
    organizationId: id.optional().describe('the organization behind the customer account'),
  })
  .meta({ title: 'customer', description: 'An end-customer account in Partner Center.' });

export const supplySchema = z
  .strictObject({
    providerId: id.describe('the indirect provider (partner)'),
    resellerId: id.describe('the indirect reseller (partner)'),
    since: date,
    until: date.optional(),
    state: z.enum(SUPPLY_STATES).default('active'),
  })
  .meta({ title: 'supply', description: 'An indirect provider -> indirect reseller relationship.' });

export const resellerRelationshipSchema = z
  .strictObject({
    partnerId: id,
    customerId: id,
    since: date,
    until: date.optional(),
  })
  .meta({ title: 'reseller relationship', description: 'A reseller relationship of a partner with a customer.' });

export const managementRelationshipSchema = z
  .strictObject({
    partnerId: id,
    customerId: id,
    kind: z.enum(MANAGEMENT_KINDS),
    since: date,
    until: date.optional(),
  })
  .meta({ title: 'management relationship', description: 'Admin or support access to a customer, without a sale.' });

export const subscriptionSchema = z
  .strictObject({
    id: id,
    customerId: id,
    billedById: id.describe('the partner Microsoft bills'),
    tenantId: id.describe('the tenant the subscription is provisioned on'),
    createdOn: date,
    resellerOfRecordId: id.optional().describe('the indirect reseller of record (partner)'),
    offerId: z.string().max(MAX_ID_LENGTH).optional(),
    offerName: z.string().max(MAX_NAME_LENGTH).optional(),
    status: z.enum(SUBSCRIPTION_STATUSES).default('active'),
    billingType: z.enum(BILLING_TYPES).optional(),
  })
  .meta({ title: 'subscription', description: 'One purchase.' });

/** Every collection in the order it is written (referenced entities before the records that point at them), with
 * the fields that identify one of its records: an entity's id, a relationship's endpoints (and start date, kind). */
export const COLLECTIONS = {
  organizations: { csvFile: 'organizations.csv', schema: organizationSchema, key: ['id'] },
  ownerships: { csvFile: 'ownerships.csv', schema: ownershipSchema, key: ['ownerId', 'ownedId'] },
  tenants: { csvFile: 'tenants.csv', schema: tenantSchema, key: ['id'] },
  partners: { csvFile: 'partners.csv', schema: partnerSchema, key: ['id'] },
  customers: { csvFile: 'customers.csv', schema: customerSchema, key: ['id'] },
  supplies: { csvFile: 'supplies.csv', schema: supplySchema, key: ['providerId', 'resellerId', 'since'] },
  resellerRelationships: {
    csvFile: 'reseller-relationships.csv',
    schema: resellerRelationshipSchema,
    key: ['partnerId', 'customerId', 'since'],
  },
  managementRelationships: {
    csvFile: 'management-relationships.csv',
    schema: managementRelationshipSchema,
    key: ['partnerId', 'customerId', 'kind', 'since'],
  },
  subscriptions: { csvFile: 'subscriptions.csv', schema: subscriptionSchema, key: ['id'] },
} as const;

export type CollectionKey = keyof typeof COLLECTIONS;
export const COLLECTION_KEYS = Object.keys(COLLECTIONS) as CollectionKey[];
export type RecordOf<K extends CollectionKey> = z.output<(typeof COLLECTIONS)[K]['schema']>;

/** The whole JSON document; the importer checks the same schemas record by record to report every error. */
export const importDocumentSchema = z
  .strictObject({
    format: z.literal(IMPORT_FORMAT),
    version: z.literal(IMPORT_VERSION),
    ...Object.fromEntries(COLLECTION_KEYS.map((key) => [key, z.array(COLLECTIONS[key].schema).optional()])),
  })
  .meta({
    title: 'CSP graph import',
    description: 'Organizations, partner accounts, tenants, customers, subscriptions and their relationships.',
  });

/** How a field's text is read from a CSV cell. */
export type FieldKind = 'text' | 'number' | 'boolean' | 'list';

export interface FieldInfo {
  name: string;
  required: boolean;
  kind: FieldKind;
}

const KIND_OF_TYPE: Record<string, FieldKind> = { number: 'number', boolean: 'boolean', array: 'list' };

/** The fields of a collection, read from its schema so the CSV reader and the docs test follow it. */
export function fieldsOf(key: CollectionKey): FieldInfo[] {
  return Object.entries(COLLECTIONS[key].schema.shape).map(([name, field]) => {
    const wrapped = field.def.type === 'optional' || field.def.type === 'default';
    const inner = wrapped ? (field.def as { innerType: z.ZodType }).innerType : field;
    return { name, required: !wrapped, kind: KIND_OF_TYPE[inner.def.type] ?? 'text' };
  });
}
