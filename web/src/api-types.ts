// The shapes the explorer reads from the GraphQL API (server/api/schema/*.graphql), as plain TypeScript types.

export const ENTITY_KINDS = ['ORGANIZATION', 'PARTNER', 'TENANT', 'CUSTOMER', 'SUBSCRIPTION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const PARTNER_ROLES = ['INDIRECT_PROVIDER', 'INDIRECT_RESELLER', 'DIRECT_BILL'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Cloud = 'COMMERCIAL' | 'US_GOVERNMENT' | 'CHINA_21VIANET';

export type RelationshipType =
  | 'ACCOUNT_OF'
  | 'OWNS'
  | 'USES_TENANT'
  | 'ON_TENANT'
  | 'SUPPLIES'
  | 'SELLS_TO'
  | 'MANAGES'
  | 'FOR'
  | 'BILLED_BY'
  | 'RESELLER_OF_RECORD'
  | 'PROVISIONED_ON';

export type Role = 'VIEWER' | 'ANALYST' | 'ADMIN';

export interface ViolationSummary {
  openFindings: number;
  maxSeverity: Severity | null;
}

/** An entity as the explorer draws it (the API's NetworkNode). */
export interface NetworkNode {
  id: string;
  kind: EntityKind;
  name: string;
  roles: PartnerRole[];
  region: string | null;
  country: string | null;
  cloud: Cloud | null;
  violations: ViolationSummary;
}

/** A relationship as the explorer draws it; from and to are the API's node keys. */
export interface NetworkEdge {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  active: boolean;
  since: string | null;
  until: string | null;
  managementKind: string | null;
  share: number | null;
}

/** Neighbours of one drawn entity over one relationship type and direction, some of them left out. */
export interface NetworkGroupInfo {
  hub: string;
  relationship: RelationshipType;
  hubIsSource: boolean;
  kind: EntityKind;
  total: number;
  drawn: number;
  violations: { flaggedMembers: number; maxSeverity: Severity | null };
}

export interface Network {
  root: NetworkNode & { key: string };
  nodes: (NetworkNode & { key: string })[];
  edges: NetworkEdge[];
  groups: NetworkGroupInfo[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

export interface SeverityCount {
  severity: Severity;
  count: number;
}

export interface OverviewAccount {
  id: string;
  name: string;
  country: string | null;
  roles: PartnerRole[];
  resellers: number;
  directCustomers: number;
  customers: number;
  subscriptions: number;
  openFindingsBySeverity: SeverityCount[];
}

export interface Overview {
  openFindingsBySeverity: SeverityCount[];
  regions: {
    name: string;
    accountCount: number;
    openFindingsBySeverity: SeverityCount[];
    accounts: OverviewAccount[];
  }[];
}

/** A page of one group's members, with the relationship from the hub to each. */
export interface GroupPage {
  totalCount: number;
  flaggedCount: number;
  nodes: (NetworkNode & { key: string })[];
  edges: NetworkEdge[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Principal {
  id: string;
  name: string;
  role: Role;
}

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  /** The PartnerID of a partner account, the domain of a customer. */
  detail: string | null;
  roles: PartnerRole[];
  score: number;
}

export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  clause: string;
  description: string;
  remediation: string[];
}

export type FindingStatus = 'OPEN' | 'ACKNOWLEDGED' | 'WAIVED' | 'RESOLVED';

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

/** An entity of a finding's evidence as the rule named it; `label` is the model's node label (Partner, Tenant, ...). */
export interface EvidenceNode {
  id: string;
  label: string;
  name: string | null;
}

/** A relationship of a finding's evidence; `from` and `to` are ids of its nodes. */
export interface EvidenceEdge {
  type: string;
  from: string;
  to: string;
}

/** What the rule matched for a finding (the API's Evidence). */
export interface FindingEvidence {
  nodes: EvidenceNode[];
  edges: EvidenceEdge[];
}

export interface Finding {
  key: string;
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  subjects: string[];
  region: string | null;
  status: FindingStatus;
  partner: { id: string; name: string } | null;
  rule: RuleInfo | null;
  evidence: FindingEvidence;
  /** The nodes of its evidence that are entities the explorer draws. */
  entities: EntityRef[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FindingPage {
  findings: Finding[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  facets: { rules: FacetCount[]; severities: FacetCount[]; regions: FacetCount[] };
}

export interface ScanRunInfo {
  id: string;
  asOf: string;
  startedAt: string;
  total: number;
}

/** A partner or customer of a provider tree, with the fields the explorer draws. */
export interface TreeMember {
  id: string;
  kind: EntityKind;
  name: string;
  roles: PartnerRole[];
  region: string | null;
  country: string | null;
  cloud: Cloud | null;
  violations: ViolationSummary;
}

export interface ProposedFinding {
  key: string;
  ruleId: string;
  severity: Severity;
  message: string;
  subjects: string[];
  region: string | null;
  rule: RuleInfo | null;
}

export interface TransactionCheck {
  asOf: string;
  compliant: boolean;
  findings: ProposedFinding[];
}

export interface SupplyProposal {
  providerId: string;
  resellerId: string;
  since: string;
}

export interface SaleProposal {
  partnerId: string;
  customerId: string;
  since: string;
}

export interface SubscriptionProposal {
  customerId: string;
  billedById: string;
  tenantId: string;
  createdOn: string;
  resellerOfRecordId?: string;
  offerName?: string;
}

export type Proposal =
  | { supply: SupplyProposal }
  | { resellerRelationship: SaleProposal }
  | { subscription: SubscriptionProposal };
