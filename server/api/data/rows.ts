// The plain rows the API's Cypher returns, each declared once as a zod schema that checks it at the read
// (server/db/checked-rows.ts), with its type derived from it, as resolvers receive them.

import { z } from 'zod';
import {
  BILLING_TYPES,
  CLOUDS,
  MANAGEMENT_KINDS,
  PARTNER_ROLES,
  SUBSCRIPTION_STATUSES,
  SUPPLY_STATES,
  TENANT_KINDS,
} from '../../model/graph-model';
import { evidenceNode } from '../../rules/run-rule';
import { SEVERITIES, type Severity } from '../../scan/finding';
import { scanRunSummary } from '../../scan/scan-history';
import { FINDING_STATUSES } from '../finding-status';

/** An entity kind is its label in the graph (server/model/graph-model.ts NODE_LABELS). */
export const ENTITY_KINDS = ['Organization', 'Partner', 'Tenant', 'Customer', 'Subscription'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How an analyst triaged a finding. */
export const TRIAGE_STATES = ['acknowledged', 'waived'] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];

/** A row of cypher/api/entities/organizations.cypher. */
export const organizationRow = z.object({
  kind: z.literal('Organization'),
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
});
export type OrganizationRow = z.infer<typeof organizationRow>;

/** A row of cypher/api/entities/partners.cypher. */
export const partnerRow = z.object({
  kind: z.literal('Partner'),
  id: z.string(),
  mpnId: z.string(),
  name: z.string(),
  status: z.string().nullable(),
  mpaSignedOn: z.string().nullable(),
  onboardedOn: z.string().nullable(),
  enrolledOn: z.string().nullable(),
  roles: z.array(z.enum(PARTNER_ROLES)),
  organizationId: z.string().nullable(),
  tenantId: z.string().nullable(),
  cloud: z.enum(CLOUDS).nullable(),
  countryCode: z.string().nullable(),
  region: z.string().nullable(),
});
export type PartnerRow = z.infer<typeof partnerRow>;

/** A row of cypher/api/entities/tenants.cypher. */
export const tenantRow = z.object({
  kind: z.literal('Tenant'),
  id: z.string(),
  tenantKind: z.enum(TENANT_KINDS),
  cloud: z.enum(CLOUDS),
  countryCode: z.string().nullable(),
  region: z.string().nullable(),
});
export type TenantRow = z.infer<typeof tenantRow>;

/** A row of cypher/api/entities/customers.cypher. */
export const customerRow = z.object({
  kind: z.literal('Customer'),
  id: z.string(),
  name: z.string(),
  domain: z.string().nullable(),
  tenantId: z.string().nullable(),
  cloud: z.enum(CLOUDS).nullable(),
  region: z.string().nullable(),
  countryCode: z.string().nullable(),
  organizationId: z.string().nullable(),
});
export type CustomerRow = z.infer<typeof customerRow>;

/** A row of cypher/api/entities/subscriptions.cypher. */
export const subscriptionRow = z.object({
  kind: z.literal('Subscription'),
  id: z.string(),
  offerId: z.string().nullable(),
  offerName: z.string().nullable(),
  createdOn: z.string(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  billingType: z.enum(BILLING_TYPES).nullable(),
  customerId: z.string().nullable(),
  billedById: z.string().nullable(),
  resellerOfRecordId: z.string().nullable(),
  tenantId: z.string().nullable(),
  cloud: z.enum(CLOUDS).nullable(),
  region: z.string().nullable(),
});
export type SubscriptionRow = z.infer<typeof subscriptionRow>;

export type EntityRow = OrganizationRow | PartnerRow | TenantRow | CustomerRow | SubscriptionRow;

/** A SUPPLIES relationship as the lists under a partner return it. */
export const supplyRow = z.object({
  providerId: z.string(),
  resellerId: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  state: z.enum(SUPPLY_STATES).nullable(),
  active: z.boolean(),
});
export type SupplyRow = z.infer<typeof supplyRow>;

/** A SELLS_TO relationship as the lists under a partner or customer return it. */
export const saleRow = z.object({
  partnerId: z.string(),
  customerId: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  active: z.boolean(),
});
export type SaleRow = z.infer<typeof saleRow>;

/** A MANAGES relationship: a sale's fields and the kind of access. */
export const managementRow = saleRow.extend({ kind: z.enum(MANAGEMENT_KINDS) });
export type ManagementRow = z.infer<typeof managementRow>;

/** An OWNS relationship as the lists under an organization return it. */
export const ownershipRow = z.object({
  ownerId: z.string(),
  ownedId: z.string(),
  share: z.number(),
  directsManagement: z.boolean(),
  since: z.string().nullable(),
});
export type OwnershipRow = z.infer<typeof ownershipRow>;

/** A row of cypher/api/entities/countries.cypher. */
export const countryRow = z.object({
  code: z.string(),
  name: z.string(),
  currencies: z.array(z.string()),
  region: z.string().nullable(),
});
export type CountryRow = z.infer<typeof countryRow>;

/** A row of cypher/api/entities/regions.cypher. */
export const regionRow = z.object({ name: z.string() });
export type RegionRow = z.infer<typeof regionRow>;

export interface ViolationSummary {
  openFindings: number;
  maxSeverity: Severity | null;
}

/** An entity by kind and id (ids are unique per kind only). */
export const entityRef = z.object({ kind: z.enum(ENTITY_KINDS), id: z.string() });
export type EntityRef = z.infer<typeof entityRef>;

/** A row of cypher/api/findings/by-key.cypher: a finding as recorded, with its triage. */
export const findingRow = z.object({
  key: z.string(),
  ruleId: z.string(),
  title: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  subjects: z.array(z.string()),
  region: z.string().nullable(),
  partnerId: z.string().nullable(),
  /** FINDING_STATUS (server/api/finding-status.ts). */
  status: z.enum(FINDING_STATUSES),
  firstSeenAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  triage: z.enum(TRIAGE_STATES).nullable(),
  triageReason: z.string().nullable(),
  waivedUntil: z.string().nullable(),
  triagedAt: z.string().nullable(),
  triagedBy: z.string().nullable(),
  /** WAIVER_EXPIRED (server/api/finding-status.ts). */
  waiverExpired: z.boolean(),
});
export type FindingRow = z.infer<typeof findingRow>;

/** A row of cypher/api/findings/evidence.cypher: a finding's stored evidence (JSON text), or null and the entities
 * it CONCERNS when it was recorded without. */
export const storedEvidenceRow = z.object({
  key: z.string(),
  evidence: z.string().nullable(),
  concerned: z.array(evidenceNode),
});
export type StoredEvidenceRow = z.infer<typeof storedEvidenceRow>;

/** A row of cypher/api/scans/runs-by-id.cypher: a run and the one recorded just before it. */
export const scanRunRow = scanRunSummary.extend({ previousId: z.string().nullable() });
export type ScanRunRow = z.infer<typeof scanRunRow>;

/** One page of a list, and how long the whole list is (the id pages of cypher/api/entities/all-*.cypher, and the
 * lists under a parent). */
export function listPage<S extends z.ZodType>(item: S) {
  return z.object({ total: z.number(), items: z.array(item) });
}
export type ListPage<S extends z.ZodType> = z.infer<ReturnType<typeof listPage<S>>>;

/** A row of the pages of ids (cypher/api/entities/all-*.cypher, cypher/api/scans/runs-page.cypher). */
export const idPageRow = listPage(z.string());
