// Written by `npm run codegen` from server/api/schema/*.graphql: do not edit.
import type { Role } from '../auth/roles';
import type { EntityKind } from '../data/rows';
import type { PartnerRole } from '../../model/graph-model';
import type { TenantKind } from '../../model/graph-model';
import type { Cloud } from '../../model/graph-model';
import type { ManagementKind } from '../../model/graph-model';
import type { SupplyState } from '../../model/graph-model';
import type { SubscriptionStatus } from '../../model/graph-model';
import type { BillingType } from '../../model/graph-model';
import type { RelationshipType } from '../../model/graph-model';
import type { Severity } from '../../scan/finding';
import type { FindingStatus } from '../finding-status';
import type { TriageState } from '../data/rows';
import type { FindingChange } from '../../scan/scan-history';
import type { ScanKind } from '../../scan/scan-plan';
import type { DatedRelationshipType } from '../data/relationships';
import type { UploadedFile } from '../resolvers/scalars';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, PartnerRow, TenantRow, CustomerRow, SubscriptionRow, CountryRow, RegionRow, FindingRow, ScanRunRow, SupplyRow, SaleRow, ManagementRow, OwnershipRow } from '../data/rows';
import type { RuleDefinition } from '../../rules/catalog';
import type { AuditEntryRow } from '../data/audit';
import type { RegionStatisticsRow } from '../data/region-statistics';
import type { ComparisonData, FindingConnectionData } from '../resolvers/scan-run';
import type { RunComparisonRow } from '../../scan/scan-history';
import type { NetworkNode as NetworkNodeData, Network as NetworkData } from '../data/network';
import type { ProviderTreeData } from '../resolvers/provider-tree';
import type { EvidenceNode as EvidenceNodeRow } from '../../rules/run-rule';
import type { FindingFacetsData } from '../data/findings';
import type { ApiContext } from '../context';
import type { Lazy } from '../resolver-values';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant written in ISO 8601 with its time zone, e.g. 2026-05-01T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (an import document). */
  JSON: { input: unknown; output: unknown; }
  /** A file sent with the GraphQL multipart request specification. */
  File: { input: UploadedFile; output: UploadedFile; }
};

export type { Role };

/** Where a page of a connection lies in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type { EntityKind };

export type { PartnerRole };

export type { TenantKind };

export type { Cloud };

export type { ManagementKind };

export type { SupplyState };

export type { SubscriptionStatus };

export type { BillingType };

export type { Severity };

export type { RelationshipType };

/** How many open findings concern an entity, and the worst of their severities (null when none). */
export type ViolationSummary = {
  __typename?: 'ViolationSummary';
  openFindings: Scalars['Int']['output'];
  maxSeverity?: Maybe<Severity>;
};

/** Anything with an id of its own in the graph. */
export type Entity = {
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** the name to show: a tenant shows its id, a subscription its offer name */
  name: Scalars['String']['output'];
  violations: ViolationSummary;
};

export type Organization = Entity & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** ISO code of the country of its seat (any code; it need not be a CSP market) */
  country?: Maybe<Scalars['String']['output']>;
  /** its partner accounts */
  partners: PartnerConnection;
  /** its customer accounts */
  customers: CustomerConnection;
  /** stakes it holds in other organizations */
  owns: OwnershipConnection;
  /** stakes other organizations hold in it */
  ownedBy: OwnershipConnection;
  violations: ViolationSummary;
};


export type OrganizationPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationOwnsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationOwnedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Partner = Entity & {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** the PartnerID (MPN id) */
  mpnId: Scalars['String']['output'];
  roles: Array<PartnerRole>;
  status?: Maybe<Scalars['String']['output']>;
  mpaSignedOn?: Maybe<Scalars['Date']['output']>;
  onboardedOn?: Maybe<Scalars['Date']['output']>;
  enrolledOn?: Maybe<Scalars['Date']['output']>;
  organization?: Maybe<Organization>;
  /** its CSP transaction tenant */
  tenant?: Maybe<Tenant>;
  country?: Maybe<Country>;
  /** the CSP region of its country: its market */
  region?: Maybe<Region>;
  /** resellers it supplies as indirect provider; `active` is evaluated on activeOn (default: today) */
  resellers: SupplyConnection;
  /** providers that supply it */
  providers: SupplyConnection;
  /** customers it has a reseller relationship with */
  customers: SaleConnection;
  /** customers it manages or supports without a sale */
  managedCustomers: ManagementConnection;
  /** subscriptions Microsoft bills it for */
  billedSubscriptions: SubscriptionConnection;
  /** subscriptions naming it as reseller of record */
  recordedSubscriptions: SubscriptionConnection;
  violations: ViolationSummary;
};


export type PartnerResellersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PartnerProvidersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PartnerCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PartnerManagedCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PartnerBilledSubscriptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PartnerRecordedSubscriptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Tenant = Entity & {
  __typename?: 'Tenant';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  tenantKind: TenantKind;
  cloud: Cloud;
  country?: Maybe<Country>;
  /** the CSP region of its country: the market of the customers on it */
  region?: Maybe<Region>;
  /** partner accounts that use it as CSP transaction tenant */
  partners: PartnerConnection;
  /** customer accounts on it */
  customers: CustomerConnection;
  /** subscriptions provisioned on it */
  subscriptions: SubscriptionConnection;
  violations: ViolationSummary;
};


export type TenantPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type TenantCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type TenantSubscriptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Customer = Entity & {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  domain?: Maybe<Scalars['String']['output']>;
  tenant?: Maybe<Tenant>;
  /** the billing address country (shown only; the tenant's country decides the market) */
  country?: Maybe<Country>;
  /** the CSP region of its tenant's country */
  region?: Maybe<Region>;
  organization?: Maybe<Organization>;
  /** partners with a reseller relationship with it */
  partners: SaleConnection;
  /** partners that manage or support it */
  managers: ManagementConnection;
  subscriptions: SubscriptionConnection;
  violations: ViolationSummary;
};


export type CustomerPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CustomerManagersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type CustomerSubscriptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = Entity & {
  __typename?: 'Subscription';
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  offerId?: Maybe<Scalars['String']['output']>;
  offerName?: Maybe<Scalars['String']['output']>;
  createdOn: Scalars['Date']['output'];
  status: SubscriptionStatus;
  billingType?: Maybe<BillingType>;
  customer?: Maybe<Customer>;
  billedBy?: Maybe<Partner>;
  resellerOfRecord?: Maybe<Partner>;
  /** the tenant it is provisioned on */
  tenant?: Maybe<Tenant>;
  violations: ViolationSummary;
};

export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  currencies: Array<Scalars['String']['output']>;
  region?: Maybe<Region>;
};

export type Region = {
  __typename?: 'Region';
  name: Scalars['ID']['output'];
  countries: CountryConnection;
  statistics: RegionStatistics;
};


export type RegionCountriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An indirect provider -> indirect reseller relationship (SUPPLIES). */
export type SupplyEdge = {
  __typename?: 'SupplyEdge';
  cursor: Scalars['String']['output'];
  provider: Partner;
  reseller: Partner;
  since: Scalars['Date']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  state: SupplyState;
  /** whether it is active on the date asked for (since <= date < until) */
  active: Scalars['Boolean']['output'];
};

/** A reseller relationship of a partner with a customer (SELLS_TO). */
export type SaleEdge = {
  __typename?: 'SaleEdge';
  cursor: Scalars['String']['output'];
  partner: Partner;
  customer: Customer;
  since: Scalars['Date']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  active: Scalars['Boolean']['output'];
};

/** Admin or support access of a partner to a customer, without a sale (MANAGES). */
export type ManagementEdge = {
  __typename?: 'ManagementEdge';
  cursor: Scalars['String']['output'];
  partner: Partner;
  customer: Customer;
  managementKind: ManagementKind;
  since: Scalars['Date']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  active: Scalars['Boolean']['output'];
};

/** A stake of one organization in another (OWNS). */
export type OwnershipEdge = {
  __typename?: 'OwnershipEdge';
  cursor: Scalars['String']['output'];
  owner: Organization;
  owned: Organization;
  /** equity share, 0..1 */
  share: Scalars['Float']['output'];
  directsManagement: Scalars['Boolean']['output'];
  since?: Maybe<Scalars['Date']['output']>;
  /** whether the stake gives control: more than half the equity, or the right to direct management */
  controlling: Scalars['Boolean']['output'];
};

export type SupplyConnection = {
  __typename?: 'SupplyConnection';
  edges: Array<SupplyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SaleConnection = {
  __typename?: 'SaleConnection';
  edges: Array<SaleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ManagementConnection = {
  __typename?: 'ManagementConnection';
  edges: Array<ManagementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OwnershipConnection = {
  __typename?: 'OwnershipConnection';
  edges: Array<OwnershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubscriptionEdge = {
  __typename?: 'SubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: Subscription;
};

export type SubscriptionConnection = {
  __typename?: 'SubscriptionConnection';
  edges: Array<SubscriptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryEdge = {
  __typename?: 'CountryEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One full-text match, best first. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  score: Scalars['Float']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Partners, customers and open findings in one CSP region. */
export type RegionStatistics = {
  __typename?: 'RegionStatistics';
  region: Region;
  /** partner accounts whose country lies in the region */
  partners: Scalars['Int']['output'];
  /** customer accounts whose tenant's country lies in the region */
  customers: Scalars['Int']['output'];
  /** open findings about partner accounts of the region (waived ones left out) */
  openFindings: Scalars['Int']['output'];
  openFindingsBySeverity: Array<SeverityCount>;
};

export type SeverityCount = {
  __typename?: 'SeverityCount';
  severity: Severity;
  count: Scalars['Int']['output'];
};

export type RegionStatisticsEdge = {
  __typename?: 'RegionStatisticsEdge';
  cursor: Scalars['String']['output'];
  node: RegionStatistics;
};

export type RegionStatisticsConnection = {
  __typename?: 'RegionStatisticsConnection';
  edges: Array<RegionStatisticsEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A provider's resellers, each with its customers: page the resellers here and each reseller's customers on it. */
export type ProviderTree = {
  __typename?: 'ProviderTree';
  provider: Partner;
  resellers: SupplyConnection;
  /** customers the provider has a reseller relationship with itself */
  directCustomers: SaleConnection;
};

export type Rule = {
  __typename?: 'Rule';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  severity: Severity;
  /** the policy clause it applies (document and section) */
  clause: Scalars['String']['output'];
  description: Scalars['String']['output'];
  remediation: Array<Scalars['String']['output']>;
  /** open findings of this rule (waived ones left out) */
  openFindings: Scalars['Int']['output'];
};

export type RuleEdge = {
  __typename?: 'RuleEdge';
  cursor: Scalars['String']['output'];
  node: Rule;
};

export type RuleConnection = {
  __typename?: 'RuleConnection';
  edges: Array<RuleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { FindingStatus };

export type { TriageState };

export type Triage = {
  __typename?: 'Triage';
  state: TriageState;
  /** why it was waived or acknowledged */
  reason?: Maybe<Scalars['String']['output']>;
  /** a waiver's expiry */
  waivedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** true when a waiver has expired (the finding counts as open again) */
  expired: Scalars['Boolean']['output'];
  at: Scalars['DateTime']['output'];
  /** who triaged it */
  by?: Maybe<Scalars['String']['output']>;
};

/** One breach of one rule, followed by its key from scan to scan. */
export type Finding = {
  __typename?: 'Finding';
  key: Scalars['ID']['output'];
  ruleId: Scalars['ID']['output'];
  rule?: Maybe<Rule>;
  title: Scalars['String']['output'];
  severity: Severity;
  message: Scalars['String']['output'];
  /** ids of the entities that identify the finding, in the order the rule names them */
  subjects: Array<Scalars['ID']['output']>;
  /** the CSP region of the partner account concerned */
  region?: Maybe<Scalars['String']['output']>;
  partner?: Maybe<Partner>;
  status: FindingStatus;
  firstSeenAt?: Maybe<Scalars['DateTime']['output']>;
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  triage?: Maybe<Triage>;
  /** the entities of its evidence */
  entities: EntityConnection;
  /** what the rule matched, as the latest scan that found it recorded it: the entities and the relationships between them */
  evidence: Evidence;
  /** its audit entries (scans are not listed), newest first */
  history?: Maybe<AuditEntryConnection>;
};


/** One breach of one rule, followed by its key from scan to scan. */
export type FindingEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** One breach of one rule, followed by its key from scan to scan. */
export type FindingHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What a rule matched for one finding (docs/rules.md, Columns every rule returns). A finding recorded before scans
 * stored their evidence lists the entities it concerns and no relationships.
 */
export type Evidence = {
  __typename?: 'Evidence';
  /** the matched entities, in the rule's order */
  nodes: Array<EvidenceNode>;
  /** the matched relationships between them (empty for a finding recorded before scans stored them) */
  edges: Array<EvidenceRelationship>;
};

/** An entity of a finding's evidence, as the rule named it. */
export type EvidenceNode = {
  __typename?: 'EvidenceNode';
  id: Scalars['ID']['output'];
  /** the model's node label (docs/model.md): Organization, Partner, Tenant, Customer or Subscription */
  label: Scalars['String']['output'];
  /** the name the rule gave it: a tenant shows its id, a subscription its offer name (or its id) */
  name?: Maybe<Scalars['String']['output']>;
  /** the entity as a network draws it today; null when it is no longer in the graph */
  node?: Maybe<NetworkNode>;
};

/**
 * A relationship of a finding's evidence. from and to are ids of the evidence's nodes; when two of them share an id
 * (a customer account and its tenant may), the type's ends in docs/model.md tell which is meant.
 */
export type EvidenceRelationship = {
  __typename?: 'EvidenceRelationship';
  /** the model's relationship type, e.g. SELLS_TO */
  type: Scalars['String']['output'];
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

export type FacetCount = {
  __typename?: 'FacetCount';
  /** the value (as the filter takes it); null counts findings without one, e.g. without a region */
  value?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
};

/** Counts of the filtered findings by each facet. */
export type FindingFacets = {
  __typename?: 'FindingFacets';
  rules: Array<FacetCount>;
  severities: Array<FacetCount>;
  regions: Array<FacetCount>;
  partners: Array<FacetCount>;
  statuses: Array<FacetCount>;
};

export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  facets: FindingFacets;
};

export type FindingFilter = {
  ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  severities?: InputMaybe<Array<Severity>>;
  /** CSP region names */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<FindingStatus>>;
  /** only findings recorded by this scan run (the findings as of that run) */
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** only findings whose evidence includes one of these entities */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** narrows entityIds to entities of this kind (ids are unique per kind only) */
  entityKind?: InputMaybe<EntityKind>;
};

export type SeverityCounts = {
  __typename?: 'SeverityCounts';
  critical: Scalars['Int']['output'];
  high: Scalars['Int']['output'];
  medium: Scalars['Int']['output'];
  low: Scalars['Int']['output'];
};

export type ScanRun = {
  __typename?: 'ScanRun';
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  finishedAt: Scalars['DateTime']['output'];
  asOf: Scalars['Date']['output'];
  catalogVersion: Scalars['String']['output'];
  ruleIds: Array<Scalars['ID']['output']>;
  /** the findings of each rule of ruleIds, in its order (empty for runs recorded before these were kept) */
  ruleFindings: Array<Scalars['Int']['output']>;
  total: Scalars['Int']['output'];
  bySeverity: SeverityCounts;
  findings: FindingConnection;
  /** the run recorded just before this one */
  previous?: Maybe<ScanRun>;
};


export type ScanRunFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type ScanRunEdge = {
  __typename?: 'ScanRunEdge';
  cursor: Scalars['String']['output'];
  node: ScanRun;
};

export type ScanRunConnection = {
  __typename?: 'ScanRunConnection';
  edges: Array<ScanRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { FindingChange };

export type FindingChangeEdge = {
  __typename?: 'FindingChangeEdge';
  cursor: Scalars['String']['output'];
  change: FindingChange;
  node: Finding;
};

export type FindingChangeConnection = {
  __typename?: 'FindingChangeConnection';
  edges: Array<FindingChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The difference between two scan runs, over the rules both covered. */
export type RunComparison = {
  __typename?: 'RunComparison';
  from: ScanRun;
  to: ScanRun;
  new: Scalars['Int']['output'];
  stillOpen: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  changes: FindingChangeConnection;
};


/** The difference between two scan runs, over the rules both covered. */
export type RunComparisonChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  change?: InputMaybe<FindingChange>;
};

/** How an import went: nothing is written unless every record is valid. */
export type ImportResult = {
  __typename?: 'ImportResult';
  records: Scalars['Int']['output'];
  /** records per collection */
  counts: Array<FacetCount>;
  /** false on a dry run */
  written: Scalars['Boolean']['output'];
};

export type SupplyInput = {
  providerId: Scalars['ID']['input'];
  resellerId: Scalars['ID']['input'];
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
  state?: InputMaybe<SupplyState>;
};

export type SaleInput = {
  partnerId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type ManagementInput = {
  partnerId: Scalars['ID']['input'];
  customerId: Scalars['ID']['input'];
  managementKind: ManagementKind;
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type SubscriptionInput = {
  /** left out: a placeholder id is used */
  id?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  billedById: Scalars['ID']['input'];
  tenantId: Scalars['ID']['input'];
  createdOn: Scalars['Date']['input'];
  resellerOfRecordId?: InputMaybe<Scalars['ID']['input']>;
  offerId?: InputMaybe<Scalars['String']['input']>;
  offerName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SubscriptionStatus>;
  billingType?: InputMaybe<BillingType>;
};

/** A proposed transaction: exactly one of the fields. */
export type ProposedTransaction =
  { supply: SupplyInput; resellerRelationship?: never; subscription?: never; }
  |  { supply?: never; resellerRelationship: SaleInput; subscription?: never; }
  |  { supply?: never; resellerRelationship?: never; subscription: SubscriptionInput; };

/** A relationship to add: exactly one of the fields. */
export type RelationshipInput =
  { supply: SupplyInput; resellerRelationship?: never; managementRelationship?: never; }
  |  { supply?: never; resellerRelationship: SaleInput; managementRelationship?: never; }
  |  { supply?: never; resellerRelationship?: never; managementRelationship: ManagementInput; };

export type { DatedRelationshipType };

export type EndRelationshipInput = {
  type: DatedRelationshipType;
  /** the provider (SUPPLIES) or the partner (SELLS_TO, MANAGES) */
  fromId: Scalars['ID']['input'];
  /** the reseller (SUPPLIES) or the customer (SELLS_TO, MANAGES) */
  toId: Scalars['ID']['input'];
  /** the start date that identifies the relationship */
  since: Scalars['Date']['input'];
  /** MANAGES only: the kind that identifies the relationship */
  managementKind?: InputMaybe<ManagementKind>;
  until: Scalars['Date']['input'];
};

/** A finding the proposal would create, as a scan would report it. */
export type ProposedFinding = {
  __typename?: 'ProposedFinding';
  key: Scalars['ID']['output'];
  ruleId: Scalars['ID']['output'];
  rule?: Maybe<Rule>;
  severity: Severity;
  message: Scalars['String']['output'];
  subjects: Array<Scalars['ID']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  partnerId?: Maybe<Scalars['ID']['output']>;
};

export type TransactionCheck = {
  __typename?: 'TransactionCheck';
  /** the date the rules were evaluated on */
  asOf: Scalars['Date']['output'];
  /** true when the proposal creates no finding */
  compliant: Scalars['Boolean']['output'];
  findings: Array<ProposedFinding>;
};

/** Proposals checked together and one by one. */
export type BatchCheck = {
  __typename?: 'BatchCheck';
  /** the date the rules were evaluated on */
  asOf: Scalars['Date']['output'];
  /** all proposals written together */
  together: TransactionCheck;
  /** each proposal on its own, in the order given */
  proposals: Array<TransactionCheck>;
};

/** A relationship as it stands after a change. */
export type Relationship = {
  __typename?: 'Relationship';
  type: DatedRelationshipType;
  fromId: Scalars['ID']['output'];
  toId: Scalars['ID']['output'];
  since: Scalars['Date']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  managementKind?: Maybe<ManagementKind>;
  state?: Maybe<SupplyState>;
};

export type { ScanKind };

export type ScanOutcome = {
  __typename?: 'ScanOutcome';
  run: ScanRun;
  kind: ScanKind;
  /** why the scan was full or incremental */
  reason: Scalars['String']['output'];
  /** the difference from the run recorded before it (null for the first run) */
  comparison?: Maybe<RunComparison>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** imports one document in the import format (docs/import-format.md), all or nothing */
  importDocument?: Maybe<ImportResult>;
  /** imports CSV files of the import format, uploaded as multipart (file names as in docs/import-format.md) */
  importCsv?: Maybe<ImportResult>;
  /** the findings a proposed relationship or subscription would create; nothing is written */
  checkTransaction?: Maybe<TransactionCheck>;
  /** the findings proposals (at most 200) would create together and one by one (default as-of: the latest proposal's date); nothing is written */
  checkTransactions?: Maybe<BatchCheck>;
  addRelationship?: Maybe<Relationship>;
  endRelationship?: Maybe<Relationship>;
  /**
   * runs the rule catalog (or the rules named) as of a date (default today) and records the run; only on what changed
   * since the previous run when that run allows it, unless full is true
   */
  runScan?: Maybe<ScanOutcome>;
  acknowledgeFinding?: Maybe<Finding>;
  /** waives a finding until a future instant, after which it counts as open again */
  waiveFinding?: Maybe<Finding>;
  reopenFinding?: Maybe<Finding>;
  /** a new key; with a scope (providers or regions, not both) it reads only that part of the graph and changes nothing */
  createApiKey?: Maybe<CreatedApiKey>;
  revokeApiKey?: Maybe<ApiKey>;
};


export type MutationImportDocumentArgs = {
  document: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportCsvArgs = {
  files: Array<Scalars['File']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationCheckTransactionArgs = {
  proposal: ProposedTransaction;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationCheckTransactionsArgs = {
  proposals: Array<ProposedTransaction>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationAddRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationEndRelationshipArgs = {
  input: EndRelationshipInput;
};


export type MutationRunScanArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  full?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationAcknowledgeFindingArgs = {
  key: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWaiveFindingArgs = {
  key: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationReopenFindingArgs = {
  key: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  role: Role;
  scope?: InputMaybe<ScopeInput>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};

/** An entity as the explorer draws it. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** unique within a network: the kind and the id, e.g. Partner:4f2c... */
  key: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** partner roles (empty for other kinds) */
  roles: Array<PartnerRole>;
  /** the CSP region that applies: a partner's own, a customer's or subscription's tenant's, a tenant's */
  region?: Maybe<Scalars['String']['output']>;
  /** ISO code of the entity's country, when it has one */
  country?: Maybe<Scalars['String']['output']>;
  /** the cloud of the tenant involved (a partner's CSP tenant, a customer's or subscription's tenant) */
  cloud?: Maybe<Cloud>;
  violations: ViolationSummary;
};

/** A relationship as the explorer draws it; from and to are node keys. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  key: Scalars['ID']['output'];
  type: RelationshipType;
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  /** dated relationships (SUPPLIES, SELLS_TO, MANAGES) are active on the date asked for; others always are */
  active: Scalars['Boolean']['output'];
  since?: Maybe<Scalars['Date']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
  /** MANAGES: gdap, dap, aobo or support */
  managementKind?: Maybe<ManagementKind>;
  /** OWNS: the equity share */
  share?: Maybe<Scalars['Float']['output']>;
};

/**
 * The neighbours of one drawn entity (the hub) over one relationship type and direction, of one kind, when some of
 * them were left out: the explorer draws them as one group node.
 */
export type NetworkGroup = {
  __typename?: 'NetworkGroup';
  /** the hub's node key */
  hub: Scalars['ID']['output'];
  relationship: RelationshipType;
  /** true when the hub is the relationship's start (a provider SUPPLIES its resellers) */
  hubIsSource: Scalars['Boolean']['output'];
  kind: EntityKind;
  /** all of them */
  total: Scalars['Int']['output'];
  /** those drawn in this network */
  drawn: Scalars['Int']['output'];
  /** members with open findings, and the worst severity among those findings */
  violations: GroupViolations;
};

export type GroupViolations = {
  __typename?: 'GroupViolations';
  flaggedMembers: Scalars['Int']['output'];
  maxSeverity?: Maybe<Severity>;
};

export type Network = {
  __typename?: 'Network';
  root: NetworkNode;
  depth: Scalars['Int']['output'];
  limit: Scalars['Int']['output'];
  /** neighbours taken per hub, relationship type and direction at each hop */
  perGroup: Scalars['Int']['output'];
  nodes: Array<NetworkNode>;
  edges: Array<NetworkEdge>;
  /** every group of neighbours of which some were left out, with its count */
  groups: Array<NetworkGroup>;
  /** true when nodes or edges were left out to stay within the limits */
  truncated: Scalars['Boolean']['output'];
  /** neighbours of drawn entities left out, summed over the groups (an entity in two groups counts in each) */
  omittedNodes: Scalars['Int']['output'];
  /** relationships from drawn nodes to left-out ones */
  omittedEdges: Scalars['Int']['output'];
};

export type NetworkFilter = {
  /** kinds of entity to include (default: all); the root is always included */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** relationship types to follow (default: all) */
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  /** the date on which dated relationships are judged active (default: today) */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** follow only relationships active on activeOn */
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * also, from every partner drawn, its reseller-of-record customers: the customers of subscriptions that name it
   * reseller of record though it has no reseller relationship with them (active on activeOn when onlyActive), with
   * those subscriptions and both relationships, at most perGroup per partner; when more are left out, the partner's
   * group of subscriptions naming it (RESELLER_OF_RECORD) is counted like any other
   */
  resellerOfRecordCustomers?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<NetworkNode>;
  edges: Array<NetworkEdge>;
};

export type Overview = {
  __typename?: 'Overview';
  regions: Array<OverviewRegion>;
  /** open findings of the whole ecosystem by severity */
  openFindingsBySeverity: Array<SeverityCount>;
};

export type OverviewRegion = {
  __typename?: 'OverviewRegion';
  name: Scalars['String']['output'];
  /** indirect providers and direct-bill partners in the region (accounts lists the largest) */
  accountCount: Scalars['Int']['output'];
  /** open findings of the region by severity */
  openFindingsBySeverity: Array<SeverityCount>;
  accounts: Array<OverviewAccount>;
};

/** An indirect provider or direct-bill partner with counts taken from its relationships. */
export type OverviewAccount = {
  __typename?: 'OverviewAccount';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  country?: Maybe<Scalars['String']['output']>;
  roles: Array<PartnerRole>;
  /** indirect resellers it supplies */
  resellers: Scalars['Int']['output'];
  /** customers it sells to itself */
  directCustomers: Scalars['Int']['output'];
  /** its direct customers and its resellers' customers */
  customers: Scalars['Int']['output'];
  /** subscriptions it is billed for */
  subscriptions: Scalars['Int']['output'];
  /** open findings it or a reseller it supplies answers for, by severity */
  openFindingsBySeverity: Array<SeverityCount>;
};

export type GroupSort =
  | 'FLAGGED_FIRST'
  | 'NAME';

export type GroupPage = {
  __typename?: 'GroupPage';
  /** members matching the search */
  totalCount: Scalars['Int']['output'];
  /** members matching the search that have open findings */
  flaggedCount: Scalars['Int']['output'];
  nodes: Array<NetworkNode>;
  /** the relationship from the hub to each member on the page */
  edges: Array<NetworkEdge>;
  hasNextPage: Scalars['Boolean']['output'];
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** the caller */
  me: Principal;
  /** any entity by id; pass kind when an id names entities of several kinds (a customer and its tenant may share one) */
  entity?: Maybe<Entity>;
  organization?: Maybe<Organization>;
  /** a partner account by its id or by its PartnerID (MPN id): give exactly one */
  partner?: Maybe<Partner>;
  tenant?: Maybe<Tenant>;
  customer?: Maybe<Customer>;
  subscription?: Maybe<Subscription>;
  country?: Maybe<Country>;
  region?: Maybe<Region>;
  organizations: OrganizationConnection;
  partners: PartnerConnection;
  customers: CustomerConnection;
  /** full-text search over names, ids, PartnerIDs and domains of organizations, partners and customers */
  search: SearchConnection;
  /**
   * the entities around rootId up to depth (1..3) relationships away, at most limit nodes (1..2000), and at each hop
   * at most perGroup (1..500) neighbours per entity, relationship type and direction; the rest is counted in groups
   */
  network: Network;
  /** an indirect provider with its resellers and, on each, the reseller's customers */
  providerTree: ProviderTree;
  /** the shortest path between two entities (null when none within maxLength, 1..10) */
  shortestPath?: Maybe<Path>;
  rules: RuleConnection;
  rule?: Maybe<Rule>;
  findings: FindingConnection;
  finding?: Maybe<Finding>;
  scanRuns: ScanRunConnection;
  scanRun?: Maybe<ScanRun>;
  /** the difference between two runs: findings new in toRunId, still open, resolved */
  compareRuns: RunComparison;
  regionStatistics: RegionStatisticsConnection;
  apiKeys?: Maybe<ApiKeyConnection>;
  /** audit entries, newest first */
  auditLog?: Maybe<AuditEntryConnection>;
  /**
   * each CSP region with its largest indirect providers and direct-bill partners (at most perRegion, 1..50, by
   * customers) and their counts, and the region's open findings by severity
   */
  overview: Overview;
  /**
   * a page of the neighbours of one entity (the hub) over one relationship type and direction, of one kind: those with
   * open findings first, then by name (or by name alone); search narrows them by name or id
   */
  groupMembers: GroupPage;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EntityKind>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  mpnId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountryArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  name: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PartnerRole>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworkArgs = {
  rootId: Scalars['ID']['input'];
  rootKind?: InputMaybe<EntityKind>;
  depth?: Scalars['Int']['input'];
  filter?: InputMaybe<NetworkFilter>;
  limit?: Scalars['Int']['input'];
  perGroup?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderTreeArgs = {
  providerId: Scalars['ID']['input'];
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  onlyActive?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryShortestPathArgs = {
  fromId: Scalars['ID']['input'];
  fromKind?: InputMaybe<EntityKind>;
  toId: Scalars['ID']['input'];
  toKind?: InputMaybe<EntityKind>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  maxLength?: Scalars['Int']['input'];
};


export type QueryRulesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFindingsArgs = {
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFindingArgs = {
  key: Scalars['ID']['input'];
};


export type QueryScanRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryScanRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompareRunsArgs = {
  fromRunId: Scalars['ID']['input'];
  toRunId: Scalars['ID']['input'];
};


export type QueryRegionStatisticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiKeysArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverviewArgs = {
  perRegion?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupMembersArgs = {
  hubId: Scalars['ID']['input'];
  hubKind: EntityKind;
  relationship: RelationshipType;
  hubIsSource: Scalars['Boolean']['input'];
  kind: EntityKind;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<GroupSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ApiKey = {
  __typename?: 'ApiKey';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** null: the key sees the whole graph */
  scope?: Maybe<Scope>;
};

/** The part of the graph a key or token may see: provider networks (a provider, the resellers it supplies and the customers either sells to) or regions. */
export type Scope = {
  __typename?: 'Scope';
  /** indirect providers' partner account ids */
  providers?: Maybe<Array<Scalars['ID']['output']>>;
  /** CSP region names */
  regions?: Maybe<Array<Scalars['String']['output']>>;
};

export type ScopeInput = {
  providers?: InputMaybe<Array<Scalars['ID']['input']>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A new key: the secret is shown this once and stored only as a hash. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  key: ApiKey;
  secret: Scalars['String']['output'];
};

/** Who called the API. */
export type Principal = {
  __typename?: 'Principal';
  /** api-key:<id> or jwt:<subject> */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** null: the caller sees the whole graph */
  scope?: Maybe<Scope>;
};

/** One recorded import, scan, triage or change. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  id: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  /** the principal id */
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  role: Role;
  /** e.g. import, scan, finding.waive, relationship.add */
  action: Scalars['String']['output'];
  /** succeeded or refused */
  outcome: Scalars['String']['output'];
  /** what it was about: a finding key, a relationship, a run id */
  target?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  /** what was asked and what came of it */
  details?: Maybe<Scalars['JSON']['output']>;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( OrganizationRow )
    | ( PartnerRow )
    | ( TenantRow )
    | ( CustomerRow )
    | ( SubscriptionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Lazy<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Lazy<Scalars['DateTime']['output']>>;
  JSON: ResolverTypeWrapper<Lazy<Scalars['JSON']['output']>>;
  File: ResolverTypeWrapper<Lazy<Scalars['File']['output']>>;
  Role: ResolverTypeWrapper<Lazy<Role>>;
  PageInfo: ResolverTypeWrapper<Lazy<PageInfo>>;
  Boolean: ResolverTypeWrapper<Lazy<Scalars['Boolean']['output']>>;
  String: ResolverTypeWrapper<Lazy<Scalars['String']['output']>>;
  EntityKind: ResolverTypeWrapper<Lazy<EntityKind>>;
  PartnerRole: ResolverTypeWrapper<Lazy<PartnerRole>>;
  TenantKind: ResolverTypeWrapper<Lazy<TenantKind>>;
  Cloud: ResolverTypeWrapper<Lazy<Cloud>>;
  ManagementKind: ResolverTypeWrapper<Lazy<ManagementKind>>;
  SupplyState: ResolverTypeWrapper<Lazy<SupplyState>>;
  SubscriptionStatus: ResolverTypeWrapper<Lazy<SubscriptionStatus>>;
  BillingType: ResolverTypeWrapper<Lazy<BillingType>>;
  Severity: ResolverTypeWrapper<Lazy<Severity>>;
  RelationshipType: ResolverTypeWrapper<Lazy<RelationshipType>>;
  ViolationSummary: ResolverTypeWrapper<Lazy<ViolationSummary>>;
  Int: ResolverTypeWrapper<Lazy<Scalars['Int']['output']>>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  ID: ResolverTypeWrapper<Lazy<Scalars['ID']['output']>>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  Tenant: ResolverTypeWrapper<TenantRow>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  Subscription: ResolverTypeWrapper<SubscriptionRow>;
  Country: ResolverTypeWrapper<CountryRow>;
  Region: ResolverTypeWrapper<RegionRow>;
  SupplyEdge: ResolverTypeWrapper<SupplyRow>;
  SaleEdge: ResolverTypeWrapper<SaleRow>;
  ManagementEdge: ResolverTypeWrapper<ManagementRow>;
  OwnershipEdge: ResolverTypeWrapper<OwnershipRow>;
  Float: ResolverTypeWrapper<Lazy<Scalars['Float']['output']>>;
  SupplyConnection: ResolverTypeWrapper<Lazy<Omit<SupplyConnection, 'edges'> & { edges: Array<ResolversTypes['SupplyEdge']> }>>;
  SaleConnection: ResolverTypeWrapper<Lazy<Omit<SaleConnection, 'edges'> & { edges: Array<ResolversTypes['SaleEdge']> }>>;
  ManagementConnection: ResolverTypeWrapper<Lazy<Omit<ManagementConnection, 'edges'> & { edges: Array<ResolversTypes['ManagementEdge']> }>>;
  OwnershipConnection: ResolverTypeWrapper<Lazy<Omit<OwnershipConnection, 'edges'> & { edges: Array<ResolversTypes['OwnershipEdge']> }>>;
  OrganizationEdge: ResolverTypeWrapper<Lazy<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>>;
  OrganizationConnection: ResolverTypeWrapper<Lazy<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>>;
  PartnerEdge: ResolverTypeWrapper<Lazy<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>>;
  PartnerConnection: ResolverTypeWrapper<Lazy<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerEdge']> }>>;
  CustomerEdge: ResolverTypeWrapper<Lazy<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>>;
  CustomerConnection: ResolverTypeWrapper<Lazy<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>>;
  SubscriptionEdge: ResolverTypeWrapper<Lazy<Omit<SubscriptionEdge, 'node'> & { node: ResolversTypes['Subscription'] }>>;
  SubscriptionConnection: ResolverTypeWrapper<Lazy<Omit<SubscriptionConnection, 'edges'> & { edges: Array<ResolversTypes['SubscriptionEdge']> }>>;
  CountryEdge: ResolverTypeWrapper<Lazy<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>>;
  CountryConnection: ResolverTypeWrapper<Lazy<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>>;
  EntityEdge: ResolverTypeWrapper<Lazy<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>>;
  EntityConnection: ResolverTypeWrapper<Lazy<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>>;
  SearchEdge: ResolverTypeWrapper<Lazy<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>>;
  SearchConnection: ResolverTypeWrapper<Lazy<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>>;
  RegionStatistics: ResolverTypeWrapper<RegionStatisticsRow>;
  SeverityCount: ResolverTypeWrapper<Lazy<SeverityCount>>;
  RegionStatisticsEdge: ResolverTypeWrapper<Lazy<Omit<RegionStatisticsEdge, 'node'> & { node: ResolversTypes['RegionStatistics'] }>>;
  RegionStatisticsConnection: ResolverTypeWrapper<Lazy<Omit<RegionStatisticsConnection, 'edges'> & { edges: Array<ResolversTypes['RegionStatisticsEdge']> }>>;
  ProviderTree: ResolverTypeWrapper<ProviderTreeData>;
  Rule: ResolverTypeWrapper<RuleDefinition>;
  RuleEdge: ResolverTypeWrapper<Lazy<Omit<RuleEdge, 'node'> & { node: ResolversTypes['Rule'] }>>;
  RuleConnection: ResolverTypeWrapper<Lazy<Omit<RuleConnection, 'edges'> & { edges: Array<ResolversTypes['RuleEdge']> }>>;
  FindingStatus: ResolverTypeWrapper<Lazy<FindingStatus>>;
  TriageState: ResolverTypeWrapper<Lazy<TriageState>>;
  Triage: ResolverTypeWrapper<Lazy<Triage>>;
  Finding: ResolverTypeWrapper<FindingRow>;
  Evidence: ResolverTypeWrapper<Lazy<Omit<Evidence, 'nodes'> & { nodes: Array<ResolversTypes['EvidenceNode']> }>>;
  EvidenceNode: ResolverTypeWrapper<EvidenceNodeRow>;
  EvidenceRelationship: ResolverTypeWrapper<Lazy<EvidenceRelationship>>;
  FindingEdge: ResolverTypeWrapper<Lazy<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>>;
  FacetCount: ResolverTypeWrapper<Lazy<FacetCount>>;
  FindingFacets: ResolverTypeWrapper<FindingFacetsData>;
  FindingConnection: ResolverTypeWrapper<FindingConnectionData>;
  FindingFilter: ResolverTypeWrapper<Lazy<FindingFilter>>;
  SeverityCounts: ResolverTypeWrapper<Lazy<SeverityCounts>>;
  ScanRun: ResolverTypeWrapper<ScanRunRow>;
  ScanRunEdge: ResolverTypeWrapper<Lazy<Omit<ScanRunEdge, 'node'> & { node: ResolversTypes['ScanRun'] }>>;
  ScanRunConnection: ResolverTypeWrapper<Lazy<Omit<ScanRunConnection, 'edges'> & { edges: Array<ResolversTypes['ScanRunEdge']> }>>;
  FindingChange: ResolverTypeWrapper<Lazy<FindingChange>>;
  FindingChangeEdge: ResolverTypeWrapper<RunComparisonRow>;
  FindingChangeConnection: ResolverTypeWrapper<Lazy<Omit<FindingChangeConnection, 'edges'> & { edges: Array<ResolversTypes['FindingChangeEdge']> }>>;
  RunComparison: ResolverTypeWrapper<ComparisonData>;
  ImportResult: ResolverTypeWrapper<Lazy<ImportResult>>;
  SupplyInput: ResolverTypeWrapper<Lazy<SupplyInput>>;
  SaleInput: ResolverTypeWrapper<Lazy<SaleInput>>;
  ManagementInput: ResolverTypeWrapper<Lazy<ManagementInput>>;
  SubscriptionInput: ResolverTypeWrapper<Lazy<SubscriptionInput>>;
  ProposedTransaction: ResolverTypeWrapper<Lazy<ProposedTransaction>>;
  RelationshipInput: ResolverTypeWrapper<Lazy<RelationshipInput>>;
  DatedRelationshipType: ResolverTypeWrapper<Lazy<DatedRelationshipType>>;
  EndRelationshipInput: ResolverTypeWrapper<Lazy<EndRelationshipInput>>;
  ProposedFinding: ResolverTypeWrapper<Lazy<Omit<ProposedFinding, 'rule'> & { rule?: Maybe<ResolversTypes['Rule']> }>>;
  TransactionCheck: ResolverTypeWrapper<Lazy<Omit<TransactionCheck, 'findings'> & { findings: Array<ResolversTypes['ProposedFinding']> }>>;
  BatchCheck: ResolverTypeWrapper<Lazy<Omit<BatchCheck, 'together' | 'proposals'> & { together: ResolversTypes['TransactionCheck'], proposals: Array<ResolversTypes['TransactionCheck']> }>>;
  Relationship: ResolverTypeWrapper<Lazy<Relationship>>;
  ScanKind: ResolverTypeWrapper<Lazy<ScanKind>>;
  ScanOutcome: ResolverTypeWrapper<Lazy<Omit<ScanOutcome, 'run' | 'comparison'> & { run: ResolversTypes['ScanRun'], comparison?: Maybe<ResolversTypes['RunComparison']> }>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkNode: ResolverTypeWrapper<NetworkNodeData>;
  NetworkEdge: ResolverTypeWrapper<Lazy<NetworkEdge>>;
  NetworkGroup: ResolverTypeWrapper<Lazy<NetworkGroup>>;
  GroupViolations: ResolverTypeWrapper<Lazy<GroupViolations>>;
  Network: ResolverTypeWrapper<NetworkData>;
  NetworkFilter: ResolverTypeWrapper<Lazy<NetworkFilter>>;
  Path: ResolverTypeWrapper<Lazy<Omit<Path, 'nodes'> & { nodes: Array<ResolversTypes['NetworkNode']> }>>;
  Overview: ResolverTypeWrapper<Lazy<Overview>>;
  OverviewRegion: ResolverTypeWrapper<Lazy<OverviewRegion>>;
  OverviewAccount: ResolverTypeWrapper<Lazy<OverviewAccount>>;
  GroupSort: ResolverTypeWrapper<Lazy<GroupSort>>;
  GroupPage: ResolverTypeWrapper<Lazy<Omit<GroupPage, 'nodes'> & { nodes: Array<ResolversTypes['NetworkNode']> }>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ApiKey: ResolverTypeWrapper<Lazy<ApiKey>>;
  Scope: ResolverTypeWrapper<Lazy<Scope>>;
  ScopeInput: ResolverTypeWrapper<Lazy<ScopeInput>>;
  ApiKeyEdge: ResolverTypeWrapper<Lazy<ApiKeyEdge>>;
  ApiKeyConnection: ResolverTypeWrapper<Lazy<ApiKeyConnection>>;
  CreatedApiKey: ResolverTypeWrapper<Lazy<CreatedApiKey>>;
  Principal: ResolverTypeWrapper<Lazy<Principal>>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryEdge: ResolverTypeWrapper<Lazy<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>>;
  AuditEntryConnection: ResolverTypeWrapper<Lazy<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Lazy<Scalars['Date']['output']>;
  DateTime: Lazy<Scalars['DateTime']['output']>;
  JSON: Lazy<Scalars['JSON']['output']>;
  File: Lazy<Scalars['File']['output']>;
  PageInfo: Lazy<PageInfo>;
  Boolean: Lazy<Scalars['Boolean']['output']>;
  String: Lazy<Scalars['String']['output']>;
  ViolationSummary: Lazy<ViolationSummary>;
  Int: Lazy<Scalars['Int']['output']>;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  ID: Lazy<Scalars['ID']['output']>;
  Organization: OrganizationRow;
  Partner: PartnerRow;
  Tenant: TenantRow;
  Customer: CustomerRow;
  Subscription: SubscriptionRow;
  Country: CountryRow;
  Region: RegionRow;
  SupplyEdge: SupplyRow;
  SaleEdge: SaleRow;
  ManagementEdge: ManagementRow;
  OwnershipEdge: OwnershipRow;
  Float: Lazy<Scalars['Float']['output']>;
  SupplyConnection: Lazy<Omit<SupplyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupplyEdge']> }>;
  SaleConnection: Lazy<Omit<SaleConnection, 'edges'> & { edges: Array<ResolversParentTypes['SaleEdge']> }>;
  ManagementConnection: Lazy<Omit<ManagementConnection, 'edges'> & { edges: Array<ResolversParentTypes['ManagementEdge']> }>;
  OwnershipConnection: Lazy<Omit<OwnershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['OwnershipEdge']> }>;
  OrganizationEdge: Lazy<Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] }>;
  OrganizationConnection: Lazy<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> }>;
  PartnerEdge: Lazy<Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] }>;
  PartnerConnection: Lazy<Omit<PartnerConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerEdge']> }>;
  CustomerEdge: Lazy<Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] }>;
  CustomerConnection: Lazy<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> }>;
  SubscriptionEdge: Lazy<Omit<SubscriptionEdge, 'node'> & { node: ResolversParentTypes['Subscription'] }>;
  SubscriptionConnection: Lazy<Omit<SubscriptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubscriptionEdge']> }>;
  CountryEdge: Lazy<Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] }>;
  CountryConnection: Lazy<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> }>;
  EntityEdge: Lazy<Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] }>;
  EntityConnection: Lazy<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> }>;
  SearchEdge: Lazy<Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] }>;
  SearchConnection: Lazy<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> }>;
  RegionStatistics: RegionStatisticsRow;
  SeverityCount: Lazy<SeverityCount>;
  RegionStatisticsEdge: Lazy<Omit<RegionStatisticsEdge, 'node'> & { node: ResolversParentTypes['RegionStatistics'] }>;
  RegionStatisticsConnection: Lazy<Omit<RegionStatisticsConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionStatisticsEdge']> }>;
  ProviderTree: ProviderTreeData;
  Rule: RuleDefinition;
  RuleEdge: Lazy<Omit<RuleEdge, 'node'> & { node: ResolversParentTypes['Rule'] }>;
  RuleConnection: Lazy<Omit<RuleConnection, 'edges'> & { edges: Array<ResolversParentTypes['RuleEdge']> }>;
  Triage: Lazy<Triage>;
  Finding: FindingRow;
  Evidence: Lazy<Omit<Evidence, 'nodes'> & { nodes: Array<ResolversParentTypes['EvidenceNode']> }>;
  EvidenceNode: EvidenceNodeRow;
  EvidenceRelationship: Lazy<EvidenceRelationship>;
  FindingEdge: Lazy<Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] }>;
  FacetCount: Lazy<FacetCount>;
  FindingFacets: FindingFacetsData;
  FindingConnection: FindingConnectionData;
  FindingFilter: Lazy<FindingFilter>;
  SeverityCounts: Lazy<SeverityCounts>;
  ScanRun: ScanRunRow;
  ScanRunEdge: Lazy<Omit<ScanRunEdge, 'node'> & { node: ResolversParentTypes['ScanRun'] }>;
  ScanRunConnection: Lazy<Omit<ScanRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['ScanRunEdge']> }>;
  FindingChangeEdge: RunComparisonRow;
  FindingChangeConnection: Lazy<Omit<FindingChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['FindingChangeEdge']> }>;
  RunComparison: ComparisonData;
  ImportResult: Lazy<ImportResult>;
  SupplyInput: Lazy<SupplyInput>;
  SaleInput: Lazy<SaleInput>;
  ManagementInput: Lazy<ManagementInput>;
  SubscriptionInput: Lazy<SubscriptionInput>;
  ProposedTransaction: Lazy<ProposedTransaction>;
  RelationshipInput: Lazy<RelationshipInput>;
  EndRelationshipInput: Lazy<EndRelationshipInput>;
  ProposedFinding: Lazy<Omit<ProposedFinding, 'rule'> & { rule?: Maybe<ResolversParentTypes['Rule']> }>;
  TransactionCheck: Lazy<Omit<TransactionCheck, 'findings'> & { findings: Array<ResolversParentTypes['ProposedFinding']> }>;
  BatchCheck: Lazy<Omit<BatchCheck, 'together' | 'proposals'> & { together: ResolversParentTypes['TransactionCheck'], proposals: Array<ResolversParentTypes['TransactionCheck']> }>;
  Relationship: Lazy<Relationship>;
  ScanOutcome: Lazy<Omit<ScanOutcome, 'run' | 'comparison'> & { run: ResolversParentTypes['ScanRun'], comparison?: Maybe<ResolversParentTypes['RunComparison']> }>;
  Mutation: Record<PropertyKey, never>;
  NetworkNode: NetworkNodeData;
  NetworkEdge: Lazy<NetworkEdge>;
  NetworkGroup: Lazy<NetworkGroup>;
  GroupViolations: Lazy<GroupViolations>;
  Network: NetworkData;
  NetworkFilter: Lazy<NetworkFilter>;
  Path: Lazy<Omit<Path, 'nodes'> & { nodes: Array<ResolversParentTypes['NetworkNode']> }>;
  Overview: Lazy<Overview>;
  OverviewRegion: Lazy<OverviewRegion>;
  OverviewAccount: Lazy<OverviewAccount>;
  GroupPage: Lazy<Omit<GroupPage, 'nodes'> & { nodes: Array<ResolversParentTypes['NetworkNode']> }>;
  Query: Record<PropertyKey, never>;
  ApiKey: Lazy<ApiKey>;
  Scope: Lazy<Scope>;
  ScopeInput: Lazy<ScopeInput>;
  ApiKeyEdge: Lazy<ApiKeyEdge>;
  ApiKeyConnection: Lazy<ApiKeyConnection>;
  CreatedApiKey: Lazy<CreatedApiKey>;
  Principal: Lazy<Principal>;
  AuditEntry: AuditEntryRow;
  AuditEntryEdge: Lazy<Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] }>;
  AuditEntryConnection: Lazy<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> }>;
};

export type AuthDirectiveArgs = {
  requires: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = ApiContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface FileScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['File'], any> {
  name: 'File';
}

export type RoleResolvers = EnumResolverSignature<{ VIEWER?: any, ANALYST?: any, ADMIN?: any }, ResolversTypes['Role']>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityKindResolvers = EnumResolverSignature<{ ORGANIZATION?: any, PARTNER?: any, TENANT?: any, CUSTOMER?: any, SUBSCRIPTION?: any }, ResolversTypes['EntityKind']>;

export type PartnerRoleResolvers = EnumResolverSignature<{ INDIRECT_PROVIDER?: any, INDIRECT_RESELLER?: any, DIRECT_BILL?: any }, ResolversTypes['PartnerRole']>;

export type TenantKindResolvers = EnumResolverSignature<{ CSP?: any, CUSTOMER?: any }, ResolversTypes['TenantKind']>;

export type CloudResolvers = EnumResolverSignature<{ COMMERCIAL?: any, US_GOVERNMENT?: any, CHINA_21VIANET?: any }, ResolversTypes['Cloud']>;

export type ManagementKindResolvers = EnumResolverSignature<{ GDAP?: any, DAP?: any, AOBO?: any, SUPPORT?: any }, ResolversTypes['ManagementKind']>;

export type SupplyStateResolvers = EnumResolverSignature<{ ACTIVE?: any, INACTIVE?: any }, ResolversTypes['SupplyState']>;

export type SubscriptionStatusResolvers = EnumResolverSignature<{ NONE?: any, ACTIVE?: any, PENDING?: any, SUSPENDED?: any, EXPIRED?: any, DISABLED?: any, DELETED?: any }, ResolversTypes['SubscriptionStatus']>;

export type BillingTypeResolvers = EnumResolverSignature<{ NONE?: any, USAGE?: any, LICENSE?: any, BENEFIT?: any }, ResolversTypes['BillingType']>;

export type SeverityResolvers = EnumResolverSignature<{ CRITICAL?: any, HIGH?: any, MEDIUM?: any, LOW?: any }, ResolversTypes['Severity']>;

export type RelationshipTypeResolvers = EnumResolverSignature<{ ACCOUNT_OF?: any, OWNS?: any, USES_TENANT?: any, ON_TENANT?: any, SUPPLIES?: any, SELLS_TO?: any, MANAGES?: any, FOR?: any, BILLED_BY?: any, RESELLER_OF_RECORD?: any, PROVISIONED_ON?: any }, ResolversTypes['RelationshipType']>;

export type ViolationSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ViolationSummary'] = ResolversParentTypes['ViolationSummary']> = {
  openFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxSeverity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Partner' | 'Tenant' | 'Customer' | 'Subscription', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<OrganizationPartnersArgs>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<OrganizationCustomersArgs>>;
  owns?: Resolver<ResolversTypes['OwnershipConnection'], ParentType, ContextType, Partial<OrganizationOwnsArgs>>;
  ownedBy?: Resolver<ResolversTypes['OwnershipConnection'], ParentType, ContextType, Partial<OrganizationOwnedByArgs>>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mpnId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PartnerRole']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mpaSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  onboardedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  resellers?: Resolver<ResolversTypes['SupplyConnection'], ParentType, ContextType, RequireFields<PartnerResellersArgs, 'onlyActive'>>;
  providers?: Resolver<ResolversTypes['SupplyConnection'], ParentType, ContextType, RequireFields<PartnerProvidersArgs, 'onlyActive'>>;
  customers?: Resolver<ResolversTypes['SaleConnection'], ParentType, ContextType, RequireFields<PartnerCustomersArgs, 'onlyActive'>>;
  managedCustomers?: Resolver<ResolversTypes['ManagementConnection'], ParentType, ContextType, RequireFields<PartnerManagedCustomersArgs, 'onlyActive'>>;
  billedSubscriptions?: Resolver<ResolversTypes['SubscriptionConnection'], ParentType, ContextType, Partial<PartnerBilledSubscriptionsArgs>>;
  recordedSubscriptions?: Resolver<ResolversTypes['SubscriptionConnection'], ParentType, ContextType, Partial<PartnerRecordedSubscriptionsArgs>>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenantKind?: Resolver<ResolversTypes['TenantKind'], ParentType, ContextType>;
  cloud?: Resolver<ResolversTypes['Cloud'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<TenantPartnersArgs>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<TenantCustomersArgs>>;
  subscriptions?: Resolver<ResolversTypes['SubscriptionConnection'], ParentType, ContextType, Partial<TenantSubscriptionsArgs>>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['SaleConnection'], ParentType, ContextType, RequireFields<CustomerPartnersArgs, 'onlyActive'>>;
  managers?: Resolver<ResolversTypes['ManagementConnection'], ParentType, ContextType, RequireFields<CustomerManagersArgs, 'onlyActive'>>;
  subscriptions?: Resolver<ResolversTypes['SubscriptionConnection'], ParentType, ContextType, Partial<CustomerSubscriptionsArgs>>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriptionStatus'], ParentType, ContextType>;
  billingType?: Resolver<Maybe<ResolversTypes['BillingType']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  billedBy?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  resellerOfRecord?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  name?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, Partial<RegionCountriesArgs>>;
  statistics?: Resolver<ResolversTypes['RegionStatistics'], ParentType, ContextType>;
};

export type SupplyEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SupplyEdge'] = ResolversParentTypes['SupplyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  reseller?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SupplyState'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SaleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SaleEdge'] = ResolversParentTypes['SaleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ManagementEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ManagementEdge'] = ResolversParentTypes['ManagementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  managementKind?: Resolver<ResolversTypes['ManagementKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OwnershipEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OwnershipEdge'] = ResolversParentTypes['OwnershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  owned?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  directsManagement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  controlling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupplyConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SupplyConnection'] = ResolversParentTypes['SupplyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SaleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SaleConnection'] = ResolversParentTypes['SaleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SaleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ManagementConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ManagementConnection'] = ResolversParentTypes['ManagementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ManagementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OwnershipConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OwnershipConnection'] = ResolversParentTypes['OwnershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OwnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SubscriptionEdge'] = ResolversParentTypes['SubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subscription'], ParentType, ContextType>;
};

export type SubscriptionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SubscriptionConnection'] = ResolversParentTypes['SubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SubscriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionStatisticsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RegionStatistics'] = ResolversParentTypes['RegionStatistics']> = {
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openFindingsBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
};

export type SeverityCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = {
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionStatisticsEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RegionStatisticsEdge'] = ResolversParentTypes['RegionStatisticsEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegionStatistics'], ParentType, ContextType>;
};

export type RegionStatisticsConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RegionStatisticsConnection'] = ResolversParentTypes['RegionStatisticsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionStatisticsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProviderTreeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProviderTree'] = ResolversParentTypes['ProviderTree']> = {
  provider?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  resellers?: Resolver<ResolversTypes['SupplyConnection'], ParentType, ContextType>;
  directCustomers?: Resolver<ResolversTypes['SaleConnection'], ParentType, ContextType>;
};

export type RuleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Rule'] = ResolversParentTypes['Rule']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  clause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remediation?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  openFindings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RuleEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RuleEdge'] = ResolversParentTypes['RuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Rule'], ParentType, ContextType>;
};

export type RuleConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RuleConnection'] = ResolversParentTypes['RuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingStatusResolvers = EnumResolverSignature<{ OPEN?: any, ACKNOWLEDGED?: any, WAIVED?: any, RESOLVED?: any }, ResolversTypes['FindingStatus']>;

export type TriageStateResolvers = EnumResolverSignature<{ ACKNOWLEDGED?: any, WAIVED?: any }, ResolversTypes['TriageState']>;

export type TriageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Triage'] = ResolversParentTypes['Triage']> = {
  state?: Resolver<ResolversTypes['TriageState'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waivedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['Rule']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  triage?: Resolver<Maybe<ResolversTypes['Triage']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<FindingEntitiesArgs>>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<FindingHistoryArgs>>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  nodes?: Resolver<Array<ResolversTypes['EvidenceNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EvidenceRelationship']>, ParentType, ContextType>;
};

export type EvidenceNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceNode'] = ResolversParentTypes['EvidenceNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
};

export type EvidenceRelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceRelationship'] = ResolversParentTypes['EvidenceRelationship']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FindingEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingFacetsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingFacets'] = ResolversParentTypes['FindingFacets']> = {
  rules?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  severities?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type FindingConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['FindingFacets'], ParentType, ContextType>;
};

export type SeverityCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeverityCounts'] = ResolversParentTypes['SeverityCounts']> = {
  critical?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medium?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScanRunResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScanRun'] = ResolversParentTypes['ScanRun']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  catalogVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  ruleFindings?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bySeverity?: Resolver<ResolversTypes['SeverityCounts'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<ScanRunFindingsArgs>>;
  previous?: Resolver<Maybe<ResolversTypes['ScanRun']>, ParentType, ContextType>;
};

export type ScanRunEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScanRunEdge'] = ResolversParentTypes['ScanRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScanRun'], ParentType, ContextType>;
};

export type ScanRunConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScanRunConnection'] = ResolversParentTypes['ScanRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ScanRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingChangeResolvers = EnumResolverSignature<{ NEW?: any, STILL_OPEN?: any, RESOLVED?: any }, ResolversTypes['FindingChange']>;

export type FindingChangeEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingChangeEdge'] = ResolversParentTypes['FindingChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['FindingChange'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type FindingChangeConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingChangeConnection'] = ResolversParentTypes['FindingChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FindingChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RunComparison'] = ResolversParentTypes['RunComparison']> = {
  from?: Resolver<ResolversTypes['ScanRun'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ScanRun'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stillOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['FindingChangeConnection'], ParentType, ContextType, Partial<RunComparisonChangesArgs>>;
};

export type ImportResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DatedRelationshipTypeResolvers = EnumResolverSignature<{ SUPPLIES?: any, SELLS_TO?: any, MANAGES?: any }, ResolversTypes['DatedRelationshipType']>;

export type ProposedFindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProposedFinding'] = ResolversParentTypes['ProposedFinding']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['Rule']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TransactionCheckResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TransactionCheck'] = ResolversParentTypes['TransactionCheck']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ProposedFinding']>, ParentType, ContextType>;
};

export type BatchCheckResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BatchCheck'] = ResolversParentTypes['BatchCheck']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  together?: Resolver<ResolversTypes['TransactionCheck'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['TransactionCheck']>, ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  type?: Resolver<ResolversTypes['DatedRelationshipType'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  managementKind?: Resolver<Maybe<ResolversTypes['ManagementKind']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['SupplyState']>, ParentType, ContextType>;
};

export type ScanKindResolvers = EnumResolverSignature<{ FULL?: any, INCREMENTAL?: any }, ResolversTypes['ScanKind']>;

export type ScanOutcomeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScanOutcome'] = ResolversParentTypes['ScanOutcome']> = {
  run?: Resolver<ResolversTypes['ScanRun'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScanKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['RunComparison']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  importDocument?: Resolver<Maybe<ResolversTypes['ImportResult']>, ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'document' | 'dryRun'>>;
  importCsv?: Resolver<Maybe<ResolversTypes['ImportResult']>, ParentType, ContextType, RequireFields<MutationImportCsvArgs, 'files' | 'dryRun'>>;
  checkTransaction?: Resolver<Maybe<ResolversTypes['TransactionCheck']>, ParentType, ContextType, RequireFields<MutationCheckTransactionArgs, 'proposal'>>;
  checkTransactions?: Resolver<Maybe<ResolversTypes['BatchCheck']>, ParentType, ContextType, RequireFields<MutationCheckTransactionsArgs, 'proposals'>>;
  addRelationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  endRelationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<MutationEndRelationshipArgs, 'input'>>;
  runScan?: Resolver<Maybe<ResolversTypes['ScanOutcome']>, ParentType, ContextType, RequireFields<MutationRunScanArgs, 'full'>>;
  acknowledgeFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<MutationAcknowledgeFindingArgs, 'key'>>;
  waiveFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<MutationWaiveFindingArgs, 'key' | 'reason' | 'until'>>;
  reopenFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<MutationReopenFindingArgs, 'key'>>;
  createApiKey?: Resolver<Maybe<ResolversTypes['CreatedApiKey']>, ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name' | 'role'>>;
  revokeApiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
};

export type NetworkNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PartnerRole']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cloud?: Resolver<Maybe<ResolversTypes['Cloud']>, ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['ViolationSummary'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  managementKind?: Resolver<Maybe<ResolversTypes['ManagementKind']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type NetworkGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkGroup'] = ResolversParentTypes['NetworkGroup']> = {
  hub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  hubIsSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  drawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['GroupViolations'], ParentType, ContextType>;
};

export type GroupViolationsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GroupViolations'] = ResolversParentTypes['GroupViolations']> = {
  flaggedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxSeverity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  root?: Resolver<ResolversTypes['NetworkNode'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perGroup?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['NetworkGroup']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omittedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omittedEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  regions?: Resolver<Array<ResolversTypes['OverviewRegion']>, ParentType, ContextType>;
  openFindingsBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
};

export type OverviewRegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OverviewRegion'] = ResolversParentTypes['OverviewRegion']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openFindingsBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  accounts?: Resolver<Array<ResolversTypes['OverviewAccount']>, ParentType, ContextType>;
};

export type OverviewAccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OverviewAccount'] = ResolversParentTypes['OverviewAccount']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PartnerRole']>, ParentType, ContextType>;
  resellers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subscriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openFindingsBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
};

export type GroupPageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GroupPage'] = ResolversParentTypes['GroupPage']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flaggedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<ResolversTypes['Principal'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, Partial<QueryPartnerArgs>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType, RequireFields<QueryTenantArgs, 'id'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  subscription?: Resolver<Maybe<ResolversTypes['Subscription']>, ParentType, ContextType, RequireFields<QuerySubscriptionArgs, 'id'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'name'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<QueryPartnersArgs>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'rootId' | 'depth' | 'limit' | 'perGroup'>>;
  providerTree?: Resolver<ResolversTypes['ProviderTree'], ParentType, ContextType, RequireFields<QueryProviderTreeArgs, 'providerId' | 'onlyActive'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'toId' | 'maxLength'>>;
  rules?: Resolver<ResolversTypes['RuleConnection'], ParentType, ContextType, Partial<QueryRulesArgs>>;
  rule?: Resolver<Maybe<ResolversTypes['Rule']>, ParentType, ContextType, RequireFields<QueryRuleArgs, 'id'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<QueryFindingsArgs>>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<QueryFindingArgs, 'key'>>;
  scanRuns?: Resolver<ResolversTypes['ScanRunConnection'], ParentType, ContextType, Partial<QueryScanRunsArgs>>;
  scanRun?: Resolver<Maybe<ResolversTypes['ScanRun']>, ParentType, ContextType, RequireFields<QueryScanRunArgs, 'id'>>;
  compareRuns?: Resolver<ResolversTypes['RunComparison'], ParentType, ContextType, RequireFields<QueryCompareRunsArgs, 'fromRunId' | 'toRunId'>>;
  regionStatistics?: Resolver<ResolversTypes['RegionStatisticsConnection'], ParentType, ContextType, Partial<QueryRegionStatisticsArgs>>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'perRegion'>>;
  groupMembers?: Resolver<ResolversTypes['GroupPage'], ParentType, ContextType, RequireFields<QueryGroupMembersArgs, 'hubId' | 'hubKind' | 'relationship' | 'hubIsSource' | 'kind' | 'sort'>>;
};

export type ApiKeyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Scope']>, ParentType, ContextType>;
};

export type ScopeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Scope'] = ResolversParentTypes['Scope']> = {
  providers?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  regions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  key?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrincipalResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Principal'] = ResolversParentTypes['Principal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Scope']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  File?: GraphQLScalarType;
  Role?: RoleResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  EntityKind?: EntityKindResolvers;
  PartnerRole?: PartnerRoleResolvers;
  TenantKind?: TenantKindResolvers;
  Cloud?: CloudResolvers;
  ManagementKind?: ManagementKindResolvers;
  SupplyState?: SupplyStateResolvers;
  SubscriptionStatus?: SubscriptionStatusResolvers;
  BillingType?: BillingTypeResolvers;
  Severity?: SeverityResolvers;
  RelationshipType?: RelationshipTypeResolvers;
  ViolationSummary?: ViolationSummaryResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SupplyEdge?: SupplyEdgeResolvers<ContextType>;
  SaleEdge?: SaleEdgeResolvers<ContextType>;
  ManagementEdge?: ManagementEdgeResolvers<ContextType>;
  OwnershipEdge?: OwnershipEdgeResolvers<ContextType>;
  SupplyConnection?: SupplyConnectionResolvers<ContextType>;
  SaleConnection?: SaleConnectionResolvers<ContextType>;
  ManagementConnection?: ManagementConnectionResolvers<ContextType>;
  OwnershipConnection?: OwnershipConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  SubscriptionEdge?: SubscriptionEdgeResolvers<ContextType>;
  SubscriptionConnection?: SubscriptionConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  RegionStatistics?: RegionStatisticsResolvers<ContextType>;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  RegionStatisticsEdge?: RegionStatisticsEdgeResolvers<ContextType>;
  RegionStatisticsConnection?: RegionStatisticsConnectionResolvers<ContextType>;
  ProviderTree?: ProviderTreeResolvers<ContextType>;
  Rule?: RuleResolvers<ContextType>;
  RuleEdge?: RuleEdgeResolvers<ContextType>;
  RuleConnection?: RuleConnectionResolvers<ContextType>;
  FindingStatus?: FindingStatusResolvers;
  TriageState?: TriageStateResolvers;
  Triage?: TriageResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceNode?: EvidenceNodeResolvers<ContextType>;
  EvidenceRelationship?: EvidenceRelationshipResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FindingFacets?: FindingFacetsResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  SeverityCounts?: SeverityCountsResolvers<ContextType>;
  ScanRun?: ScanRunResolvers<ContextType>;
  ScanRunEdge?: ScanRunEdgeResolvers<ContextType>;
  ScanRunConnection?: ScanRunConnectionResolvers<ContextType>;
  FindingChange?: FindingChangeResolvers;
  FindingChangeEdge?: FindingChangeEdgeResolvers<ContextType>;
  FindingChangeConnection?: FindingChangeConnectionResolvers<ContextType>;
  RunComparison?: RunComparisonResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  DatedRelationshipType?: DatedRelationshipTypeResolvers;
  ProposedFinding?: ProposedFindingResolvers<ContextType>;
  TransactionCheck?: TransactionCheckResolvers<ContextType>;
  BatchCheck?: BatchCheckResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  ScanKind?: ScanKindResolvers;
  ScanOutcome?: ScanOutcomeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkGroup?: NetworkGroupResolvers<ContextType>;
  GroupViolations?: GroupViolationsResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  OverviewRegion?: OverviewRegionResolvers<ContextType>;
  OverviewAccount?: OverviewAccountResolvers<ContextType>;
  GroupPage?: GroupPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  Scope?: ScopeResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Principal?: PrincipalResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ApiContext> = {
  auth?: AuthDirectiveResolver<any, any, ContextType>;
};
