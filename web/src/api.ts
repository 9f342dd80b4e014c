// The explorer's only line to the server: the GraphQL endpoint, the credentials header, and every query it sends.
import type {
  EntityKind,
  FacetCount,
  Finding,
  FindingPage,
  GroupPage,
  Network,
  Overview,
  Principal,
  Proposal,
  RelationshipType,
  RuleInfo,
  ScanRunInfo,
  SearchHit,
  Severity,
  TransactionCheck,
  TreeMember,
} from './api-types';
import { evidenceEntities } from './evidence';
import { TREND_RUNS, type TrendRun } from './trend-chart';

const ENDPOINT = '/graphql';
const REPORTS = '/reports/findings';

/** Sent on every request: the API refuses requests without it that a browser could send cross-site. */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The API's error code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, ...), or NETWORK when no answer came. */
    readonly code: string,
  ) {
    super(message);
  }
}

export interface FindingQuery {
  ruleIds: string[];
  severities: Severity[];
  regions: string[];
  /** A scan run: the findings as of that run; null: findings open now. */
  runId: string | null;
  /** Only the findings whose evidence includes this entity. */
  entity?: { kind: EntityKind; id: string };
}

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  [field: string]: unknown;
}

export interface Api {
  me(): Promise<Principal>;
  /** Suggestions, best first; `kinds` narrows them (tenants are found by their exact id). */
  search(text: string, signal?: AbortSignal, kinds?: readonly EntityKind[]): Promise<SearchHit[]>;
  network(root: { kind: EntityKind; id: string }, options: NetworkOptions): Promise<Network>;
  entity(kind: EntityKind, id: string): Promise<EntityRecord | null>;
  rules(): Promise<RuleInfo[]>;
  regions(): Promise<string[]>;
  scanRuns(): Promise<ScanRunInfo[]>;
  findings(query: FindingQuery, after: string | null): Promise<FindingPage>;
  finding(key: string): Promise<Finding | null>;
  /** The entities of a finding's evidence as a network draws them (those still in the graph). */
  evidenceNodes(findingKey: string): Promise<Network['nodes']>;
  checkTransaction(proposal: Proposal, asOf: string | null): Promise<TransactionCheck>;
  /** The findings report rendered by the server: CSV to download, or the printable HTML page. */
  report(format: 'csv' | 'html', query: FindingQuery): Promise<Blob>;
  /** Regions with their largest providers and direct-bill partners, counted by the API. */
  overview(): Promise<Overview>;
  /** The latest recorded scan runs with their findings by severity and by rule, for the trend chart. */
  trendRuns(): Promise<TrendRun[]>;
  /** A page of one group: flagged members first (or by name), narrowed by a search. */
  groupMembers(group: GroupRef, options: GroupPageOptions): Promise<GroupPage>;
}

/** A group as the API names it: the hub, the relationship and its direction, the members' kind. */
export interface GroupRef {
  hub: { kind: EntityKind; id: string };
  relationship: RelationshipType;
  hubIsSource: boolean;
  kind: EntityKind;
}

export interface GroupPageOptions {
  search: string;
  sort: 'FLAGGED_FIRST' | 'NAME';
  first: number;
  after: string | null;
  asOf: string | null;
}

export interface NetworkOptions {
  depth: number;
  limit: number;
  /** Judge dated relationships on this date and follow only those active then; null: all, judged today. */
  asOf: string | null;
  /** Neighbours taken per entity, relationship type and direction (the API's default when absent). */
  perGroup?: number;
  /** Relationship types to follow (all when absent). */
  relationshipTypes?: readonly RelationshipType[];
  /** Also each partner's reseller-of-record customers it does not sell to, with their subscriptions. */
  resellerOfRecordCustomers?: boolean;
}

/** Providers and direct-bill partners listed per region on the overview. */
const OVERVIEW_PER_REGION = 12;
const NODE_FIELDS = 'key id kind name roles region country cloud violations { openFindings maxSeverity }';
const EDGE_FIELDS = 'key type from to active since until managementKind share';
const RULE_FIELDS = 'id title severity clause description remediation';
const FINDING_FIELDS = `key ruleId title severity message subjects region status partner { id name }
  rule { ${RULE_FIELDS} } evidence { nodes { id label name } edges { type from to } }`;
const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

/** The API's largest page. Page sizes go in variables, as page arguments do in any client. */
const PAGE_SIZE = 100;
/** Suggestions under the search box. */
const SUGGESTIONS = 8;

type Json = Record<string, unknown>;

interface RawConnection<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: E[];
}

interface RawMember {
  id: string;
  kind: EntityKind;
  name: string;
  roles?: TreeMember['roles'];
  region: { name: string } | null;
  country: { code: string } | null;
  tenant?: { cloud: TreeMember['cloud'] } | null;
  violations: TreeMember['violations'];
}

type RawFinding = Omit<Finding, 'entities'>;

function finding(raw: RawFinding): Finding {
  return { ...raw, entities: evidenceEntities(raw.evidence) };
}

/** Facet values are strings; the API counts findings without a region under null, which the explorer leaves out. */
function facets(raw: { value: string | null; count: number }[]): FacetCount[] {
  return raw.filter((facet): facet is FacetCount => facet.value !== null);
}

export interface ApiOptions {
  /** The API key or token to send, read on every request (the user may paste another at any time). */
  credentials: () => string | null;
  fetch?: typeof fetch;
}

export function createApi(options: ApiOptions): Api {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  function headers(accept: string): Record<string, string> {
    const result: Record<string, string> = { 'content-type': 'application/json', accept, [CSRF_HEADER]: '1' };
    const credentials = options.credentials();
    if (credentials) result.authorization = `Bearer ${credentials}`;
    return result;
  }

  async function send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchImpl(url, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('The server cannot be reached. Check that it is running, then try again.', 'NETWORK');
    }
  }

  async function request<T>(query: string, variables: Json = {}, signal?: AbortSignal): Promise<T> {
    const response = await send(ENDPOINT, {
      method: 'POST',
      headers: headers('application/graphql-response+json, application/json'),
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await response.json();
    } catch {
      throw new ApiError(`The server answered ${response.status} without a GraphQL result.`, 'NETWORK');
    }
    const [first] = body.errors ?? [];
    if (first) {
      const code = first.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
      throw new ApiError(first.message, code);
    }
    if (!body.data) throw new ApiError('The server answered without data.', 'INTERNAL');
    return body.data;
  }

  return {
    async me() {
      const data = await request<{ me: Principal }>('query Me { me { id name role } }');
      return data.me;
    },

    async search(text, signal, kinds) {
      const wanted = kinds ?? ['ORGANIZATION', 'PARTNER', 'CUSTOMER', 'TENANT'];
      const indexed = wanted.filter((kind) => kind !== 'TENANT' && kind !== 'SUBSCRIPTION');
      // Tenant ids are not in the full-text index: an id-like text is also looked up as a tenant.
      const asId = wanted.includes('TENANT') && /^\S{6,}$/.test(text.trim());
      const asText = indexed.length > 0;
      const data = await request<{
        search?: { edges: { score: number; node: RawMember & { mpnId?: string; domain?: string | null } }[] };
        tenant?: { id: string; kind: EntityKind; name: string } | null;
      }>(
        `query Search($text: String!, $kinds: [EntityKind!], $first: Int!, $asText: Boolean!, $asId: Boolean!, $id: ID!) {
          search(text: $text, kinds: $kinds, first: $first) @include(if: $asText) {
            edges { score node { id kind name ... on Partner { mpnId roles } ... on Customer { domain } } }
          }
          tenant: entity(id: $id, kind: TENANT) @include(if: $asId) { id kind name }
        }`,
        { text, kinds: indexed, first: SUGGESTIONS, asText, asId, id: text.trim() },
        signal,
      );
      const hits: SearchHit[] = (data.search?.edges ?? []).map(({ score, node }) => ({
        id: node.id,
        kind: node.kind,
        name: node.name,
        detail: node.mpnId ? `PartnerID ${node.mpnId}` : (node.domain ?? null),
        roles: node.roles ?? [],
        score,
      }));
      if (data.tenant) {
        hits.unshift({ ...data.tenant, detail: 'tenant', roles: [], score: Number.POSITIVE_INFINITY });
      }
      return hits;
    },

    async network(root, networkOptions) {
      const data = await request<{ network: Network }>(
        `query Network($id: ID!, $kind: EntityKind, $depth: Int!, $limit: Int!, $perGroup: Int, $filter: NetworkFilter) {
          network(rootId: $id, rootKind: $kind, depth: $depth, limit: $limit, perGroup: $perGroup, filter: $filter) {
            root { ${NODE_FIELDS} } nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
            groups { hub relationship hubIsSource kind total drawn violations { flaggedMembers maxSeverity } }
            truncated omittedNodes omittedEdges
          }
        }`,
        {
          id: root.id,
          kind: root.kind,
          depth: networkOptions.depth,
          limit: networkOptions.limit,
          perGroup: networkOptions.perGroup ?? null,
          filter: {
            ...(networkOptions.asOf ? { activeOn: networkOptions.asOf, onlyActive: true } : {}),
            ...(networkOptions.relationshipTypes ? { relationshipTypes: networkOptions.relationshipTypes } : {}),
            ...(networkOptions.resellerOfRecordCustomers ? { resellerOfRecordCustomers: true } : {}),
          },
        },
      );
      return data.network;
    },

    async entity(kind, id) {
      const data = await request<{ entity: EntityRecord | null }>(
        `query Entity($id: ID!, $kind: EntityKind) {
          entity(id: $id, kind: $kind) {
            id kind name violations { openFindings maxSeverity }
            ... on Organization { seat: country
              partners(first: 0) { totalCount } customers(first: 0) { totalCount }
              owns(first: 0) { totalCount } ownedBy(first: 0) { totalCount } }
            ... on Partner { mpnId roles status mpaSignedOn onboardedOn enrolledOn
              organization { id name } tenant { id cloud } country { code name } region { name }
              resellers(first: 0) { totalCount } providers(first: 0) { totalCount } customers(first: 0) { totalCount }
              managedCustomers(first: 0) { totalCount }
              billedSubscriptions(first: 0) { totalCount } recordedSubscriptions(first: 0) { totalCount } }
            ... on Tenant { tenantKind cloud country { code name } region { name }
              partners(first: 0) { totalCount } customers(first: 0) { totalCount } subscriptions(first: 0) { totalCount } }
            ... on Customer { domain tenant { id cloud } country { code name } region { name } organization { id name }
              partners(first: 0) { totalCount } managers(first: 0) { totalCount } subscriptions(first: 0) { totalCount } }
            ... on Subscription { offerId offerName createdOn subscriptionStatus: status billingType
              customer { id name } billedBy { id name } resellerOfRecord { id name } tenant { id cloud } }
          }
        }`,
        { id, kind },
      );
      return data.entity;
    },

    async rules() {
      const data = await request<{ rules: { edges: { node: RuleInfo }[] } }>(
        `query Rules($first: Int!) { rules(first: $first) { edges { node { ${RULE_FIELDS} } } } }`,
        { first: PAGE_SIZE },
      );
      return data.rules.edges.map((edge) => edge.node);
    },

    async regions() {
      const data = await request<{ regionStatistics: { edges: { node: { region: { name: string } } }[] } }>(
        `query Regions($first: Int!) { regionStatistics(first: $first) { edges { node { region { name } } } } }`,
        { first: PAGE_SIZE },
      );
      return data.regionStatistics.edges.map((edge) => edge.node.region.name).sort((a, b) => a.localeCompare(b));
    },

    async scanRuns() {
      const data = await request<{ scanRuns: { edges: { node: ScanRunInfo }[] } }>(
        `query ScanRuns($first: Int!) { scanRuns(first: $first) { edges { node { id asOf startedAt total } } } }`,
        { first: PAGE_SIZE },
      );
      return data.scanRuns.edges.map((edge) => edge.node);
    },

    async findings(query, after) {
      const filter: Json = {};
      if (query.ruleIds.length > 0) filter.ruleIds = query.ruleIds;
      if (query.severities.length > 0) filter.severities = query.severities;
      if (query.regions.length > 0) filter.regions = query.regions;
      if (query.runId) filter.runId = query.runId;
      else filter.statuses = ['OPEN', 'ACKNOWLEDGED'];
      if (query.entity) {
        filter.entityIds = [query.entity.id];
        filter.entityKind = query.entity.kind;
      }
      const data = await request<{
        findings: RawConnection<{ node: RawFinding }> & {
          facets: Record<'rules' | 'severities' | 'regions', { value: string | null; count: number }[]>;
        };
      }>(
        `query Findings($filter: FindingFilter, $first: Int!, $after: String) {
          findings(filter: $filter, first: $first, after: $after) {
            ${PAGE}
            facets { rules { value count } severities { value count } regions { value count } }
            edges { node { ${FINDING_FIELDS} } }
          }
        }`,
        { filter, first: PAGE_SIZE, after },
      );
      const page = data.findings;
      return {
        findings: page.edges.map((edge) => finding(edge.node)),
        totalCount: page.totalCount,
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
        facets: {
          rules: facets(page.facets.rules),
          severities: facets(page.facets.severities),
          regions: facets(page.facets.regions),
        },
      };
    },

    async finding(key) {
      const data = await request<{ finding: RawFinding | null }>(
        `query Finding($key: ID!) { finding(key: $key) { ${FINDING_FIELDS} } }`,
        { key },
      );
      return data.finding ? finding(data.finding) : null;
    },

    async evidenceNodes(findingKey) {
      const data = await request<{
        finding: { evidence: { nodes: { node: Network['nodes'][number] | null }[] } } | null;
      }>(`query EvidenceNodes($key: ID!) { finding(key: $key) { evidence { nodes { node { ${NODE_FIELDS} } } } } }`, {
        key: findingKey,
      });
      return (data.finding?.evidence.nodes ?? []).flatMap((node) => (node.node ? [node.node] : []));
    },

    async report(format, query) {
      const params = new URLSearchParams();
      for (const rule of query.ruleIds) params.append('rule', rule);
      for (const severity of query.severities) params.append('severity', severity);
      for (const region of query.regions) params.append('region', region);
      if (query.runId) params.set('runId', query.runId);
      const response = await send(`${REPORTS}.${format}?${params}`, {
        headers: headers(format === 'csv' ? 'text/csv' : 'text/html'),
      });
      if (!response.ok) {
        // The report's own refusals say { error }; the API's admission (401, 429) answers as it does for GraphQL.
        const body = (await response.json().catch(() => ({}))) as { error?: string; errors?: { message: string }[] };
        const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL';
        const message = body.error ?? body.errors?.[0]?.message;
        throw new ApiError(message ?? `The report could not be made (HTTP ${response.status}).`, code);
      }
      return response.blob();
    },

    async overview() {
      const data = await request<{ overview: Overview }>(
        `query Overview { overview(perRegion: ${OVERVIEW_PER_REGION}) {
          openFindingsBySeverity { severity count }
          regions { name accountCount openFindingsBySeverity { severity count }
            accounts { id name country roles resellers directCustomers customers subscriptions
              openFindingsBySeverity { severity count } } }
        } }`,
      );
      return data.overview;
    },

    async trendRuns() {
      const data = await request<{ scanRuns: { edges: { node: TrendRun }[] } }>(
        `query TrendRuns($first: Int!) { scanRuns(first: $first) { edges { node {
          startedAt ruleIds ruleFindings bySeverity { critical high medium low } } } } }`,
        { first: TREND_RUNS },
      );
      return data.scanRuns.edges.map((edge) => edge.node);
    },

    async groupMembers(group, pageOptions) {
      const data = await request<{ groupMembers: GroupPage }>(
        `query GroupMembers($hub: ID!, $hubKind: EntityKind!, $relationship: RelationshipType!, $hubIsSource: Boolean!,
                            $kind: EntityKind!, $search: String, $sort: GroupSort, $first: Int, $after: String, $activeOn: Date) {
          groupMembers(hubId: $hub, hubKind: $hubKind, relationship: $relationship, hubIsSource: $hubIsSource,
                       kind: $kind, search: $search, sort: $sort, first: $first, after: $after, activeOn: $activeOn) {
            totalCount flaggedCount hasNextPage endCursor nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }
          }
        }`,
        {
          hub: group.hub.id,
          hubKind: group.hub.kind,
          relationship: group.relationship,
          hubIsSource: group.hubIsSource,
          kind: group.kind,
          search: pageOptions.search || null,
          sort: pageOptions.sort,
          first: pageOptions.first,
          after: pageOptions.after,
          activeOn: pageOptions.asOf,
        },
      );
      return data.groupMembers;
    },

    async checkTransaction(proposal, asOf) {
      const data = await request<{ checkTransaction: TransactionCheck }>(
        `mutation Check($proposal: ProposedTransaction!, $asOf: Date) {
          checkTransaction(proposal: $proposal, asOf: $asOf) {
            asOf compliant findings { key ruleId severity message subjects region rule { ${RULE_FIELDS} } }
          }
        }`,
        { proposal, asOf },
      );
      return data.checkTransaction;
    },
  };
}
