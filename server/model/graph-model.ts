// The graph's vocabulary: every label, relationship type and enumerated value the product writes or reads.
// Cypher takes labels and types only from here (never from user text); docs/model.md describes the same model.

export const PARTNER_ROLES = ['indirect-provider', 'indirect-reseller', 'direct-bill'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** Each role is also a label on the Partner node, so rules can start from an index of one role. */
export const ROLE_LABELS: Record<PartnerRole, string> = {
  'indirect-provider': 'IndirectProvider',
  'indirect-reseller': 'IndirectReseller',
  'direct-bill': 'DirectBill',
};

export const TENANT_KINDS = ['csp', 'customer'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const CLOUDS = ['commercial', 'us-government', 'china-21vianet'] as const;
export type Cloud = (typeof CLOUDS)[number];

export const MANAGEMENT_KINDS = ['gdap', 'dap', 'aobo', 'support'] as const;
export type ManagementKind = (typeof MANAGEMENT_KINDS)[number];

export const SUPPLY_STATES = ['active', 'inactive'] as const;
export type SupplyState = (typeof SUPPLY_STATES)[number];

export const SUBSCRIPTION_STATUSES = [
  'none',
  'active',
  'pending',
  'suspended',
  'expired',
  'disabled',
  'deleted',
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const BILLING_TYPES = ['none', 'usage', 'license', 'benefit'] as const;
export type BillingType = (typeof BILLING_TYPES)[number];

export const NODE_LABELS = [
  'Organization',
  'Partner',
  'Tenant',
  'Customer',
  'Subscription',
  'Country',
  'Region',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'ACCOUNT_OF',
  'OWNS',
  'USES_TENANT',
  'ON_TENANT',
  'IN_COUNTRY',
  'IN_REGION',
  'SUPPLIES',
  'SELLS_TO',
  'MANAGES',
  'FOR',
  'BILLED_BY',
  'RESELLER_OF_RECORD',
  'PROVISIONED_ON',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The dates of a partner account. */
export const PARTNER_DATE_PROPERTIES = ['mpaSignedOn', 'onboardedOn', 'enrolledOn'] as const;

/** Parts of a partner account that change apart from the rest and that few rules read: its dates, and its roles (the
 * role labels). A change of one of them alone reaches only the rules whose statements read it, where any other change
 * of the account (its name is in most messages) reaches every rule around it (docs/change-tracking.md). */
export const PARTNER_ASPECTS = ['dates', 'roles'] as const;
export type PartnerAspect = (typeof PARTNER_ASPECTS)[number];

/** The date from which every transacting partner account must have signed the Microsoft Partner Agreement. */
export const MPA_REQUIRED_FROM = '2020-02-01';
