// The plain rows the API's Cypher returns for each entity, as resolvers receive them.

import type { Cloud, PartnerRole, TenantKind } from '../../model/graph-model';
import type { EvidenceNode } from '../../rules/run-rule';
import type { Severity } from '../../scan/finding';
import type { ScanRunSummary } from '../../scan/scan-history';
import type { FindingStatus } from '../finding-status';

/** An entity kind is its label in the graph (server/model/graph-model.ts NODE_LABELS). */
export const ENTITY_KINDS = ['Organization', 'Partner', 'Tenant', 'Customer', 'Subscription'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

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

export interface FindingRow {
  key: string;
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  subjects: string[];
  region: string | null;
  partnerId: string | null;
  /** FINDING_STATUS (server/api/finding-status.ts). */
  status: FindingStatus;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  resolvedAt: string | null;
  triage: 'acknowledged' | 'waived' | null;
  triageReason: string | null;
  waivedUntil: string | null;
  triagedAt: string | null;
  triagedBy: string | null;
  /** WAIVER_EXPIRED (server/api/finding-status.ts). */
  waiverExpired: boolean;
}

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
