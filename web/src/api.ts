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
} from './api-shapes';
import { evidenceEntities } from './evidence';
import {
  CheckDocument,
  EntityDocument,
  EvidenceNodesDocument,
  FindingDocument,
  type FindingFieldsFragment,
  type FindingFilter,
  FindingsDocument,
  GroupMembersDocument,
  MeDocument,
  NetworkDocument,
  OverviewDocument,
  RegionsDocument,
  RulesDocument,
  ScanRunsDocument,
  SearchDocument,
  TrendRunsDocument,
  type TypedDocumentString,
} from './generated/operations';
import { TREND_RUNS, type TrendRun } from './trend-chart';

const ENDPOINT = '/graphql';
const REPORTS = '/reports/findings';

/** Sent on every request: the API refuses requests without it that a browser could send cross-site. */
const CSRF_HEADER = 'x-graphql-yoga-csrf';
/** A query answered 503 (Neo4j restarting, or every turn of the server taken) is sent again after the Retry-After the
 * server gives, at most this many times and waiting at most RETRY_MAX_WAIT_MS each time: a read is safe to repeat, and
 * the API resumes by itself (docs/api.md, Operations). Mutations are not repeated. */
const RETRIES_WHEN_UNAVAILABLE = 3;
const RETRY_MAX_WAIT_MS = 5_000;

/** How long the server asks to wait: Retry-After in seconds, one second when it gives none. */
function retryDelayMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after') ?? '1');
  return Math.min(RETRY_MAX_WAIT_MS, Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000);
}

/** Waits, unless the caller gives up first. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted.', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

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
/** The API's largest page. Page sizes go in variables, as page arguments do in any client. */
const PAGE_SIZE = 100;
/** Suggestions under the search box. */
const SUGGESTIONS = 8;

function finding(raw: FindingFieldsFragment): Finding {
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

  /** Sends one operation of operations.graphql; its result comes back typed as the operation selects it. */
  async function request<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
    const query = document.toString();
    const repeatable = query.trimStart().startsWith('query');
    let response: Response;
    for (let attempt = 0; ; attempt++) {
      response = await send(ENDPOINT, {
        method: 'POST',
        headers: headers('application/graphql-response+json, application/json'),
        body: JSON.stringify({ query, variables }),
        ...(signal ? { signal } : {}),
      });
      if (response.status !== 503 || !repeatable || attempt >= RETRIES_WHEN_UNAVAILABLE) break;
      await pause(retryDelayMs(response), signal);
    }
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
      const data = await request(MeDocument, {});
      return data.me;
    },

    async search(text, signal, kinds) {
      const wanted = kinds ?? ['ORGANIZATION', 'PARTNER', 'CUSTOMER', 'TENANT'];
      const indexed = wanted.filter((kind) => kind !== 'TENANT' && kind !== 'SUBSCRIPTION');
      // Tenant ids are not in the full-text index: an id-like text is also looked up as a tenant.
      const asId = wanted.includes('TENANT') && /^\S{6,}$/.test(text.trim());
      const asText = indexed.length > 0;
      const data = await request(
        SearchDocument,
        { text, kinds: indexed, first: SUGGESTIONS, asText, asId, id: text.trim() },
        signal,
      );
      const hits: SearchHit[] = (data.search?.edges ?? []).map(({ score, node }) => ({
        id: node.id,
        kind: node.kind,
        name: node.name,
        detail: 'mpnId' in node && node.mpnId ? `PartnerID ${node.mpnId}` : 'domain' in node ? node.domain : null,
        roles: 'roles' in node ? node.roles : [],
        score,
      }));
      if (data.tenant) {
        hits.unshift({ ...data.tenant, detail: 'tenant', roles: [], score: Number.POSITIVE_INFINITY });
      }
      return hits;
    },

    async network(root, networkOptions) {
      const data = await request(NetworkDocument, {
        id: root.id,
        kind: root.kind,
        depth: networkOptions.depth,
        limit: networkOptions.limit,
        perGroup: networkOptions.perGroup ?? null,
        filter: {
          ...(networkOptions.asOf ? { activeOn: networkOptions.asOf, onlyActive: true } : {}),
          ...(networkOptions.relationshipTypes ? { relationshipTypes: [...networkOptions.relationshipTypes] } : {}),
          ...(networkOptions.resellerOfRecordCustomers ? { resellerOfRecordCustomers: true } : {}),
        },
      });
      return data.network;
    },

    async entity(kind, id) {
      const data = await request(EntityDocument, { id, kind });
      return data.entity;
    },

    async rules() {
      const data = await request(RulesDocument, { first: PAGE_SIZE });
      return data.rules.edges.map((edge) => edge.node);
    },

    async regions() {
      const data = await request(RegionsDocument, { first: PAGE_SIZE });
      return data.regionStatistics.edges.map((edge) => edge.node.region.name).sort((a, b) => a.localeCompare(b));
    },

    async scanRuns() {
      const data = await request(ScanRunsDocument, { first: PAGE_SIZE });
      return data.scanRuns.edges.map((edge) => edge.node);
    },

    async findings(query, after) {
      const filter: FindingFilter = {};
      if (query.ruleIds.length > 0) filter.ruleIds = query.ruleIds;
      if (query.severities.length > 0) filter.severities = query.severities;
      if (query.regions.length > 0) filter.regions = query.regions;
      if (query.runId) filter.runId = query.runId;
      else filter.statuses = ['OPEN', 'ACKNOWLEDGED'];
      if (query.entity) {
        filter.entityIds = [query.entity.id];
        filter.entityKind = query.entity.kind;
      }
      const data = await request(FindingsDocument, { filter, first: PAGE_SIZE, after });
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
      const data = await request(FindingDocument, { key });
      return data.finding ? finding(data.finding) : null;
    },

    async evidenceNodes(findingKey) {
      const data = await request(EvidenceNodesDocument, { key: findingKey });
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
      const data = await request(OverviewDocument, { perRegion: OVERVIEW_PER_REGION });
      return data.overview;
    },

    async trendRuns() {
      const data = await request(TrendRunsDocument, { first: TREND_RUNS });
      return data.scanRuns.edges.map((edge) => edge.node);
    },

    async groupMembers(group, pageOptions) {
      const data = await request(GroupMembersDocument, {
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
      });
      return data.groupMembers;
    },

    async checkTransaction(proposal, asOf) {
      const data = await request(CheckDocument, { proposal, asOf });
      if (!data.checkTransaction) throw new ApiError('The server answered without a check.', 'INTERNAL');
      return data.checkTransaction;
    },
  };
}
