// The plain rows the API's Cypher returns for each entity, as resolvers receive them.

import { z } from 'zod';
import type { Cloud, ManagementKind, PartnerRole, SupplyState, TenantKind } from '../../model/graph-model';
import type { EvidenceNode } from '../../rules/run-rule';
import { SEVERITIES, type Severity } from '../../scan/finding';
import type { ScanRunSummary } from '../../scan/scan-history';
import { FINDING_STATUSES } from '../finding-status';

/** An entity kind is its label in the graph (server/model/graph-model.ts NODE_LABELS). */
export const ENTITY_KINDS = ['Organization', 'Partner', 'Tenant', 'Customer', 'Subscription'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How an analyst triaged a finding. */
export const TRIAGE_STATES = ['acknowledged', 'waived'] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];

export interface OrganizationRow {
  kind: 'Organization';
  id: string;
  name: string;
  country: string | null;
}

export interface PartnerRow {
  kind: 'Partner';
  id: string;
  mpnId: string;
  name: string;
  status: string | null;
  mpaSignedOn: string | null;
  onboardedOn: string | null;
  enrolledOn: string | null;
  roles: PartnerRole[];
  organizationId: string | null;
  tenantId: string | null;
  cloud: Cloud | null;
  countryCode: string | null;
  region: string | null;
}

export interface TenantRow {
  kind: 'Tenant';
  id: string;
  tenantKind: TenantKind;
  cloud: Cloud;
  countryCode: string | null;
  region: string | null;
}

export interface CustomerRow {
  kind: 'Customer';
  id: string;
  name: string;
  domain: string | null;
  tenantId: string | null;
  cloud: Cloud | null;
  region: string | null;
  countryCode: string | null;
  organizationId: string | null;
}

export interface SubscriptionRow {
  kind: 'Subscription';
  id: string;
  offerId: string | null;
  offerName: string | null;
  createdOn: string;
  status: string;
  billingType: string | null;
  customerId: string | null;
  billedById: string | null;
  resellerOfRecordId: string | null;
  tenantId: string | null;
  cloud: Cloud | null;
  region: string | null;
}

export type EntityRow = OrganizationRow | PartnerRow | TenantRow | CustomerRow | SubscriptionRow;

/** A SUPPLIES relationship as the lists under a partner return it. */
export interface SupplyRow {
  providerId: string;
  resellerId: string;
  since: string;
  until: string | null;
  state: SupplyState | null;
  active: boolean;
}

/** A SELLS_TO relationship as the lists under a partner or customer return it. */
export interface SaleRow {
  partnerId: string;
  customerId: string;
  since: string;
  until: string | null;
  active: boolean;
}

/** A MANAGES relationship: a sale's fields and the kind of access. */
export interface ManagementRow extends SaleRow {
  kind: ManagementKind;
}

/** An OWNS relationship as the lists under an organization return it. */
export interface OwnershipRow {
  ownerId: string;
  ownedId: string;
  share: number;
  directsManagement: boolean;
  since: string | null;
}

export interface CountryRow {
  code: string;
  name: string;
  currencies: string[];
  region: string | null;
}

export interface RegionRow {
  name: string;
}

export interface ViolationSummary {
  openFindings: number;
  maxSeverity: Severity | null;
}

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

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

/** A finding's stored evidence (JSON text), or null and the entities it CONCERNS when it was recorded without. */
export interface StoredEvidenceRow {
  key: string;
  evidence: string | null;
  concerned: EvidenceNode[];
}

export interface ScanRunRow extends ScanRunSummary {
  previousId: string | null;
}

/** One page of a list under a parent, and how long the whole list is. */
export interface ListPage<T> {
  total: number;
  items: T[];
}
