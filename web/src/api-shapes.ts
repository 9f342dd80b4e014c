// What the explorer reads and sends, named for the modules that use it. Every shape the API defines comes from the
// types `npm run codegen` derives from web/src/operations.graphql (web/src/generated/operations.ts); the few shapes
// here are the explorer's own, built from those.
import {
  type CheckMutation,
  type EdgeFieldsFragment,
  EntityKind,
  type FindingFieldsFragment,
  type GroupMembersQuery,
  type MeQuery,
  type NetworkQuery,
  type NodeFieldsFragment,
  type OverviewQuery,
  PartnerRole,
  type ProposedTransaction,
  type RuleFieldsFragment,
  type ScanRunsQuery,
  Severity,
} from './generated/operations';

export type {
  Cloud,
  EntityKind,
  FindingStatus,
  PartnerRole,
  RelationshipType,
  Role,
  Severity,
} from './generated/operations';

/** The enums' values in the order the schema lists them (severities most severe first). */
export const ENTITY_KINDS = Object.values(EntityKind);
export const PARTNER_ROLES = Object.values(PartnerRole);
export const SEVERITIES = Object.values(Severity);

/** An entity as the explorer draws it (the API's NetworkNode). */
export type NetworkNode = NodeFieldsFragment;
/** A relationship as the explorer draws it; from and to are the API's node keys. */
export type NetworkEdge = EdgeFieldsFragment;
export type Network = NetworkQuery['network'];

export type Overview = OverviewQuery['overview'];
export type OverviewAccount = Overview['regions'][number]['accounts'][number];
export type SeverityCount = Overview['openFindingsBySeverity'][number];

/** A page of one group's members, with the relationship from the hub to each. */
export type GroupPage = GroupMembersQuery['groupMembers'];
export type Principal = MeQuery['me'];
export type RuleInfo = RuleFieldsFragment;
export type ScanRunInfo = ScanRunsQuery['scanRuns']['edges'][number]['node'];
export type TransactionCheck = NonNullable<CheckMutation['checkTransaction']>;
/** What the rule matched for a finding (the API's Evidence). */
export type FindingEvidence = FindingFieldsFragment['evidence'];
/** A proposed relationship or subscription: exactly one of the fields. */
export type Proposal = ProposedTransaction;

/** An entity named by a finding's evidence that the explorer can draw. */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export type Finding = FindingFieldsFragment & {
  /** The nodes of its evidence that are entities the explorer draws. */
  entities: EntityRef[];
};

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  /** The PartnerID of a partner account, the domain of a customer. */
  detail: string | null;
  roles: PartnerRole[];
  score: number;
}

/** A facet value with its count (the API's null value, findings without one, left out). */
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
