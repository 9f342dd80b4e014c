// Written by `npm run codegen` from web/src/operations.graphql and server/api/schema/*.graphql: do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who may call a field: each role may do everything the roles below it may. */
export const Role = {
  /** reads the graph, findings and scan runs */
  Viewer: 'VIEWER',
  /** also triages findings, runs scans and checks proposed transactions */
  Analyst: 'ANALYST',
  /** also imports data, adds and ends relationships and manages API keys */
  Admin: 'ADMIN'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** The kinds of entity of the graph model (docs/model.md). */
export const EntityKind = {
  Organization: 'ORGANIZATION',
  Partner: 'PARTNER',
  Tenant: 'TENANT',
  Customer: 'CUSTOMER',
  Subscription: 'SUBSCRIPTION'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
export const PartnerRole = {
  IndirectProvider: 'INDIRECT_PROVIDER',
  IndirectReseller: 'INDIRECT_RESELLER',
  DirectBill: 'DIRECT_BILL'
} as const;

export type PartnerRole = typeof PartnerRole[keyof typeof PartnerRole];
export const TenantKind = {
  /** a partner's CSP transaction tenant */
  Csp: 'CSP',
  /** a customer-type tenant */
  Customer: 'CUSTOMER'
} as const;

export type TenantKind = typeof TenantKind[keyof typeof TenantKind];
export const Cloud = {
  Commercial: 'COMMERCIAL',
  UsGovernment: 'US_GOVERNMENT',
  China_21Vianet: 'CHINA_21VIANET'
} as const;

export type Cloud = typeof Cloud[keyof typeof Cloud];
export const ManagementKind = {
  Gdap: 'GDAP',
  Dap: 'DAP',
  Aobo: 'AOBO',
  Support: 'SUPPORT'
} as const;

export type ManagementKind = typeof ManagementKind[keyof typeof ManagementKind];
export const SupplyState = {
  Active: 'ACTIVE',
  Inactive: 'INACTIVE'
} as const;

export type SupplyState = typeof SupplyState[keyof typeof SupplyState];
export const SubscriptionStatus = {
  None: 'NONE',
  Active: 'ACTIVE',
  Pending: 'PENDING',
  Suspended: 'SUSPENDED',
  Expired: 'EXPIRED',
  Disabled: 'DISABLED',
  Deleted: 'DELETED'
} as const;

export type SubscriptionStatus = typeof SubscriptionStatus[keyof typeof SubscriptionStatus];
export const BillingType = {
  None: 'NONE',
  Usage: 'USAGE',
  License: 'LICENSE',
  Benefit: 'BENEFIT'
} as const;

export type BillingType = typeof BillingType[keyof typeof BillingType];
export const Severity = {
  Critical: 'CRITICAL',
  High: 'HIGH',
  Medium: 'MEDIUM',
  Low: 'LOW'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** The relationship types of the graph model that connect entities. */
export const RelationshipType = {
  AccountOf: 'ACCOUNT_OF',
  Owns: 'OWNS',
  UsesTenant: 'USES_TENANT',
  OnTenant: 'ON_TENANT',
  Supplies: 'SUPPLIES',
  SellsTo: 'SELLS_TO',
  Manages: 'MANAGES',
  For: 'FOR',
  BilledBy: 'BILLED_BY',
  ResellerOfRecord: 'RESELLER_OF_RECORD',
  ProvisionedOn: 'PROVISIONED_ON'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
export const FindingStatus = {
  /** found by the latest scan of its rule, not triaged */
  Open: 'OPEN',
  /** seen by an analyst; still counts as open */
  Acknowledged: 'ACKNOWLEDGED',
  /** accepted until a date, after which it counts as open again */
  Waived: 'WAIVED',
  /** no longer found by the latest scan of its rule */
  Resolved: 'RESOLVED'
} as const;

export type FindingStatus = typeof FindingStatus[keyof typeof FindingStatus];
export type FindingFilter = {
  ruleIds?: Array<string | number> | null | undefined;
  severities?: Array<Severity> | null | undefined;
  /** CSP region names */
  regions?: Array<string> | null | undefined;
  partnerIds?: Array<string | number> | null | undefined;
  statuses?: Array<FindingStatus> | null | undefined;
  /** only findings recorded by this scan run (the findings as of that run) */
  runId?: string | number | null | undefined;
  /** only findings whose evidence includes one of these entities */
  entityIds?: Array<string | number> | null | undefined;
  /** narrows entityIds to entities of this kind (ids are unique per kind only) */
  entityKind?: EntityKind | null | undefined;
};

export type SupplyInput = {
  providerId: string | number;
  resellerId: string | number;
  since: string;
  until?: string | null | undefined;
  state?: SupplyState | null | undefined;
};

export type SaleInput = {
  partnerId: string | number;
  customerId: string | number;
  since: string;
  until?: string | null | undefined;
};

export type SubscriptionInput = {
  /** left out: a placeholder id is used */
  id?: string | number | null | undefined;
  customerId: string | number;
  billedById: string | number;
  tenantId: string | number;
  createdOn: string;
  resellerOfRecordId?: string | number | null | undefined;
  offerId?: string | null | undefined;
  offerName?: string | null | undefined;
  status?: SubscriptionStatus | null | undefined;
  billingType?: BillingType | null | undefined;
};

/** A proposed transaction: exactly one of the fields. */
export type ProposedTransaction =
  {   supply: SupplyInput; resellerRelationship?: never; subscription?: never; }
  |  { supply?: never;   resellerRelationship: SaleInput; subscription?: never; }
  |  { supply?: never; resellerRelationship?: never;   subscription: SubscriptionInput; };

export type NetworkFilter = {
  /** kinds of entity to include (default: all); the root is always included */
  kinds?: Array<EntityKind> | null | undefined;
  /** relationship types to follow (default: all) */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  /** the date on which dated relationships are judged active (default: today) */
  activeOn?: string | null | undefined;
  /** follow only relationships active on activeOn */
  onlyActive?: boolean | null | undefined;
  /**
   * also, from every partner drawn, its reseller-of-record customers: the customers of subscriptions that name it
   * reseller of record though it has no reseller relationship with them (active on activeOn when onlyActive), with
   * those subscriptions and both relationships, at most perGroup per partner; when more are left out, the partner's
   * group of subscriptions naming it (RESELLER_OF_RECORD) is counted like any other
   */
  resellerOfRecordCustomers?: boolean | null | undefined;
};

export const GroupSort = {
  FlaggedFirst: 'FLAGGED_FIRST',
  Name: 'NAME'
} as const;

export type GroupSort = typeof GroupSort[keyof typeof GroupSort];
export type NodeFieldsFragment = { key: string, id: string, kind: EntityKind, name: string, roles: Array<PartnerRole>, region: string | null, country: string | null, cloud: Cloud | null, violations: { openFindings: number, maxSeverity: Severity | null } };

export type EdgeFieldsFragment = { key: string, type: RelationshipType, from: string, to: string, active: boolean, since: string | null, until: string | null, managementKind: ManagementKind | null, share: number | null };

export type RuleFieldsFragment = { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> };

export type FindingFieldsFragment = { key: string, ruleId: string, title: string, severity: Severity, message: string, subjects: Array<string>, region: string | null, status: FindingStatus, partner: { id: string, name: string } | null, rule: { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> } | null, evidence: { nodes: Array<{ id: string, label: string, name: string | null }>, edges: Array<{ type: string, from: string, to: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, role: Role } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first: number;
  asText: boolean;
  asId: boolean;
  id: string | number;
}>;


export type SearchQuery = { search?: { edges: Array<{ score: number, node:
        | { id: string, kind: EntityKind, name: string }
        | { mpnId: string, roles: Array<PartnerRole>, id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { domain: string | null, id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
       }> }, tenant?:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
   | null };

export type NetworkQueryVariables = Exact<{
  id: string | number;
  kind?: EntityKind | null | undefined;
  depth: number;
  limit: number;
  perGroup?: number | null | undefined;
  filter?: NetworkFilter | null | undefined;
}>;


export type NetworkQuery = { network: { truncated: boolean, omittedNodes: number, omittedEdges: number, root: { key: string, id: string, kind: EntityKind, name: string, roles: Array<PartnerRole>, region: string | null, country: string | null, cloud: Cloud | null, violations: { openFindings: number, maxSeverity: Severity | null } }, nodes: Array<{ key: string, id: string, kind: EntityKind, name: string, roles: Array<PartnerRole>, region: string | null, country: string | null, cloud: Cloud | null, violations: { openFindings: number, maxSeverity: Severity | null } }>, edges: Array<{ key: string, type: RelationshipType, from: string, to: string, active: boolean, since: string | null, until: string | null, managementKind: ManagementKind | null, share: number | null }>, groups: Array<{ hub: string, relationship: RelationshipType, hubIsSource: boolean, kind: EntityKind, total: number, drawn: number, violations: { flaggedMembers: number, maxSeverity: Severity | null } }> } };

export type EntityQueryVariables = Exact<{
  id: string | number;
  kind?: EntityKind | null | undefined;
}>;


export type EntityQuery = { entity:
    | { id: string, kind: EntityKind, name: string, seat: string | null, partners: { totalCount: number }, customers: { totalCount: number }, owns: { totalCount: number }, ownedBy: { totalCount: number }, violations: { openFindings: number, maxSeverity: Severity | null } }
    | { mpnId: string, roles: Array<PartnerRole>, status: string | null, mpaSignedOn: string | null, onboardedOn: string | null, enrolledOn: string | null, id: string, kind: EntityKind, name: string, organization: { id: string, name: string } | null, tenant: { id: string, cloud: Cloud } | null, country: { code: string, name: string } | null, region: { name: string } | null, resellers: { totalCount: number }, providers: { totalCount: number }, customers: { totalCount: number }, managedCustomers: { totalCount: number }, billedSubscriptions: { totalCount: number }, recordedSubscriptions: { totalCount: number }, violations: { openFindings: number, maxSeverity: Severity | null } }
    | { tenantKind: TenantKind, cloud: Cloud, id: string, kind: EntityKind, name: string, country: { code: string, name: string } | null, region: { name: string } | null, partners: { totalCount: number }, customers: { totalCount: number }, subscriptions: { totalCount: number }, violations: { openFindings: number, maxSeverity: Severity | null } }
    | { domain: string | null, id: string, kind: EntityKind, name: string, tenant: { id: string, cloud: Cloud } | null, country: { code: string, name: string } | null, region: { name: string } | null, organization: { id: string, name: string } | null, partners: { totalCount: number }, managers: { totalCount: number }, subscriptions: { totalCount: number }, violations: { openFindings: number, maxSeverity: Severity | null } }
    | { offerId: string | null, offerName: string | null, createdOn: string, billingType: BillingType | null, id: string, kind: EntityKind, name: string, subscriptionStatus: SubscriptionStatus, customer: { id: string, name: string } | null, billedBy: { id: string, name: string } | null, resellerOfRecord: { id: string, name: string } | null, tenant: { id: string, cloud: Cloud } | null, violations: { openFindings: number, maxSeverity: Severity | null } }
   | null };

export type RulesQueryVariables = Exact<{
  first: number;
}>;


export type RulesQuery = { rules: { edges: Array<{ node: { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> } }> } };

export type RegionsQueryVariables = Exact<{
  first: number;
}>;


export type RegionsQuery = { regionStatistics: { edges: Array<{ node: { region: { name: string } } }> } };

export type ScanRunsQueryVariables = Exact<{
  first: number;
}>;


export type ScanRunsQuery = { scanRuns: { edges: Array<{ node: { id: string, asOf: string, startedAt: string, total: number } }> } };

export type FindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { rules: Array<{ value: string | null, count: number }>, severities: Array<{ value: string | null, count: number }>, regions: Array<{ value: string | null, count: number }> }, edges: Array<{ node: { key: string, ruleId: string, title: string, severity: Severity, message: string, subjects: Array<string>, region: string | null, status: FindingStatus, partner: { id: string, name: string } | null, rule: { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> } | null, evidence: { nodes: Array<{ id: string, label: string, name: string | null }>, edges: Array<{ type: string, from: string, to: string }> } } }> } };

export type FindingQueryVariables = Exact<{
  key: string | number;
}>;


export type FindingQuery = { finding: { key: string, ruleId: string, title: string, severity: Severity, message: string, subjects: Array<string>, region: string | null, status: FindingStatus, partner: { id: string, name: string } | null, rule: { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> } | null, evidence: { nodes: Array<{ id: string, label: string, name: string | null }>, edges: Array<{ type: string, from: string, to: string }> } } | null };

export type EvidenceNodesQueryVariables = Exact<{
  key: string | number;
}>;


export type EvidenceNodesQuery = { finding: { evidence: { nodes: Array<{ node: { key: string, id: string, kind: EntityKind, name: string, roles: Array<PartnerRole>, region: string | null, country: string | null, cloud: Cloud | null, violations: { openFindings: number, maxSeverity: Severity | null } } | null }> } } | null };

export type OverviewQueryVariables = Exact<{
  perRegion: number;
}>;


export type OverviewQuery = { overview: { openFindingsBySeverity: Array<{ severity: Severity, count: number }>, regions: Array<{ name: string, accountCount: number, openFindingsBySeverity: Array<{ severity: Severity, count: number }>, accounts: Array<{ id: string, name: string, country: string | null, roles: Array<PartnerRole>, resellers: number, directCustomers: number, customers: number, subscriptions: number, openFindingsBySeverity: Array<{ severity: Severity, count: number }> }> }> } };

export type TrendRunsQueryVariables = Exact<{
  first: number;
}>;


export type TrendRunsQuery = { scanRuns: { edges: Array<{ node: { startedAt: string, ruleIds: Array<string>, ruleFindings: Array<number>, bySeverity: { critical: number, high: number, medium: number, low: number } } }> } };

export type GroupMembersQueryVariables = Exact<{
  hub: string | number;
  hubKind: EntityKind;
  relationship: RelationshipType;
  hubIsSource: boolean;
  kind: EntityKind;
  search?: string | null | undefined;
  sort?: GroupSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  activeOn?: string | null | undefined;
}>;


export type GroupMembersQuery = { groupMembers: { totalCount: number, flaggedCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ key: string, id: string, kind: EntityKind, name: string, roles: Array<PartnerRole>, region: string | null, country: string | null, cloud: Cloud | null, violations: { openFindings: number, maxSeverity: Severity | null } }>, edges: Array<{ key: string, type: RelationshipType, from: string, to: string, active: boolean, since: string | null, until: string | null, managementKind: ManagementKind | null, share: number | null }> } };

export type CheckMutationVariables = Exact<{
  proposal: ProposedTransaction;
  asOf?: string | null | undefined;
}>;


export type CheckMutation = { checkTransaction: { asOf: string, compliant: boolean, findings: Array<{ key: string, ruleId: string, severity: Severity, message: string, subjects: Array<string>, region: string | null, rule: { id: string, title: string, severity: Severity, clause: string, description: string, remediation: Array<string> } | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeFields on NetworkNode {
  key
  id
  kind
  name
  roles
  region
  country
  cloud
  violations {
    openFindings
    maxSeverity
  }
}
    `, {"fragmentName":"NodeFields"}) as unknown as TypedDocumentString<NodeFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on NetworkEdge {
  key
  type
  from
  to
  active
  since
  until
  managementKind
  share
}
    `, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}
    `, {"fragmentName":"RuleFields"}) as unknown as TypedDocumentString<RuleFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingFields on Finding {
  key
  ruleId
  title
  severity
  message
  subjects
  region
  status
  partner {
    id
    name
  }
  rule {
    ...RuleFields
  }
  evidence {
    nodes {
      id
      label
      name
    }
    edges {
      type
      from
      to
    }
  }
}
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}`, {"fragmentName":"FindingFields"}) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [EntityKind!], $first: Int!, $asText: Boolean!, $asId: Boolean!, $id: ID!) {
  search(text: $text, kinds: $kinds, first: $first) @include(if: $asText) {
    edges {
      score
      node {
        id
        kind
        name
        ... on Partner {
          mpnId
          roles
        }
        ... on Customer {
          domain
        }
      }
    }
  }
  tenant: entity(id: $id, kind: TENANT) @include(if: $asId) {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($id: ID!, $kind: EntityKind, $depth: Int!, $limit: Int!, $perGroup: Int, $filter: NetworkFilter) {
  network(
    rootId: $id
    rootKind: $kind
    depth: $depth
    limit: $limit
    perGroup: $perGroup
    filter: $filter
  ) {
    root {
      ...NodeFields
    }
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    groups {
      hub
      relationship
      hubIsSource
      kind
      total
      drawn
      violations {
        flaggedMembers
        maxSeverity
      }
    }
    truncated
    omittedNodes
    omittedEdges
  }
}
    fragment NodeFields on NetworkNode {
  key
  id
  kind
  name
  roles
  region
  country
  cloud
  violations {
    openFindings
    maxSeverity
  }
}
fragment EdgeFields on NetworkEdge {
  key
  type
  from
  to
  active
  since
  until
  managementKind
  share
}`) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!, $kind: EntityKind) {
  entity(id: $id, kind: $kind) {
    id
    kind
    name
    violations {
      openFindings
      maxSeverity
    }
    ... on Organization {
      seat: country
      partners(first: 0) {
        totalCount
      }
      customers(first: 0) {
        totalCount
      }
      owns(first: 0) {
        totalCount
      }
      ownedBy(first: 0) {
        totalCount
      }
    }
    ... on Partner {
      mpnId
      roles
      status
      mpaSignedOn
      onboardedOn
      enrolledOn
      organization {
        id
        name
      }
      tenant {
        id
        cloud
      }
      country {
        code
        name
      }
      region {
        name
      }
      resellers(first: 0) {
        totalCount
      }
      providers(first: 0) {
        totalCount
      }
      customers(first: 0) {
        totalCount
      }
      managedCustomers(first: 0) {
        totalCount
      }
      billedSubscriptions(first: 0) {
        totalCount
      }
      recordedSubscriptions(first: 0) {
        totalCount
      }
    }
    ... on Tenant {
      tenantKind
      cloud
      country {
        code
        name
      }
      region {
        name
      }
      partners(first: 0) {
        totalCount
      }
      customers(first: 0) {
        totalCount
      }
      subscriptions(first: 0) {
        totalCount
      }
    }
    ... on Customer {
      domain
      tenant {
        id
        cloud
      }
      country {
        code
        name
      }
      region {
        name
      }
      organization {
        id
        name
      }
      partners(first: 0) {
        totalCount
      }
      managers(first: 0) {
        totalCount
      }
      subscriptions(first: 0) {
        totalCount
      }
    }
    ... on Subscription {
      offerId
      offerName
      createdOn
      subscriptionStatus: status
      billingType
      customer {
        id
        name
      }
      billedBy {
        id
        name
      }
      resellerOfRecord {
        id
        name
      }
      tenant {
        id
        cloud
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const RulesDocument = new TypedDocumentString(`
    query Rules($first: Int!) {
  rules(first: $first) {
    edges {
      node {
        ...RuleFields
      }
    }
  }
}
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}`) as unknown as TypedDocumentString<RulesQuery, RulesQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions($first: Int!) {
  regionStatistics(first: $first) {
    edges {
      node {
        region {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const ScanRunsDocument = new TypedDocumentString(`
    query ScanRuns($first: Int!) {
  scanRuns(first: $first) {
    edges {
      node {
        id
        asOf
        startedAt
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScanRunsQuery, ScanRunsQueryVariables>;
export const FindingsDocument = new TypedDocumentString(`
    query Findings($filter: FindingFilter, $first: Int!, $after: String) {
  findings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      rules {
        value
        count
      }
      severities {
        value
        count
      }
      regions {
        value
        count
      }
    }
    edges {
      node {
        ...FindingFields
      }
    }
  }
}
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}
fragment FindingFields on Finding {
  key
  ruleId
  title
  severity
  message
  subjects
  region
  status
  partner {
    id
    name
  }
  rule {
    ...RuleFields
  }
  evidence {
    nodes {
      id
      label
      name
    }
    edges {
      type
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<FindingsQuery, FindingsQueryVariables>;
export const FindingDocument = new TypedDocumentString(`
    query Finding($key: ID!) {
  finding(key: $key) {
    ...FindingFields
  }
}
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}
fragment FindingFields on Finding {
  key
  ruleId
  title
  severity
  message
  subjects
  region
  status
  partner {
    id
    name
  }
  rule {
    ...RuleFields
  }
  evidence {
    nodes {
      id
      label
      name
    }
    edges {
      type
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<FindingQuery, FindingQueryVariables>;
export const EvidenceNodesDocument = new TypedDocumentString(`
    query EvidenceNodes($key: ID!) {
  finding(key: $key) {
    evidence {
      nodes {
        node {
          ...NodeFields
        }
      }
    }
  }
}
    fragment NodeFields on NetworkNode {
  key
  id
  kind
  name
  roles
  region
  country
  cloud
  violations {
    openFindings
    maxSeverity
  }
}`) as unknown as TypedDocumentString<EvidenceNodesQuery, EvidenceNodesQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($perRegion: Int!) {
  overview(perRegion: $perRegion) {
    openFindingsBySeverity {
      severity
      count
    }
    regions {
      name
      accountCount
      openFindingsBySeverity {
        severity
        count
      }
      accounts {
        id
        name
        country
        roles
        resellers
        directCustomers
        customers
        subscriptions
        openFindingsBySeverity {
          severity
          count
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const TrendRunsDocument = new TypedDocumentString(`
    query TrendRuns($first: Int!) {
  scanRuns(first: $first) {
    edges {
      node {
        startedAt
        ruleIds
        ruleFindings
        bySeverity {
          critical
          high
          medium
          low
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrendRunsQuery, TrendRunsQueryVariables>;
export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($hub: ID!, $hubKind: EntityKind!, $relationship: RelationshipType!, $hubIsSource: Boolean!, $kind: EntityKind!, $search: String, $sort: GroupSort, $first: Int, $after: String, $activeOn: Date) {
  groupMembers(
    hubId: $hub
    hubKind: $hubKind
    relationship: $relationship
    hubIsSource: $hubIsSource
    kind: $kind
    search: $search
    sort: $sort
    first: $first
    after: $after
    activeOn: $activeOn
  ) {
    totalCount
    flaggedCount
    hasNextPage
    endCursor
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment NodeFields on NetworkNode {
  key
  id
  kind
  name
  roles
  region
  country
  cloud
  violations {
    openFindings
    maxSeverity
  }
}
fragment EdgeFields on NetworkEdge {
  key
  type
  from
  to
  active
  since
  until
  managementKind
  share
}`) as unknown as TypedDocumentString<GroupMembersQuery, GroupMembersQueryVariables>;
export const CheckDocument = new TypedDocumentString(`
    mutation Check($proposal: ProposedTransaction!, $asOf: Date) {
  checkTransaction(proposal: $proposal, asOf: $asOf) {
    asOf
    compliant
    findings {
      key
      ruleId
      severity
      message
      subjects
      region
      rule {
        ...RuleFields
      }
    }
  }
}
    fragment RuleFields on Rule {
  id
  title
  severity
  clause
  description
  remediation
}`) as unknown as TypedDocumentString<CheckMutation, CheckMutationVariables>;