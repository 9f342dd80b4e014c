// The explorer's behaviour: what to load from the API when the view changes, and every action the page offers.
import { DEFAULT_GROUP_THRESHOLD } from './aggregate';
import { type Api, ApiError, type FindingQuery, type GroupRef } from './api';
import type { EntityKind, Finding, FindingPage, GroupPage, PartnerRole, RelationshipType } from './api-shapes';
import { type AppState, emptyFindings, type Status, withDrawing } from './app-state';
import { addEvidence } from './evidence';
import {
  emptyGraph,
  entityKey,
  type GraphData,
  graphFromNetwork,
  mergeNetwork,
  parseEntityKey,
  removeOrigin,
} from './graph-data';
import { addNetworkGroupPage } from './group-pages';
import type { Store } from './store';
import { findingsQueryKey, graphQueryKey, type Selection, type ViewState } from './view-state';

/** Nodes asked for when a view opens, and for each expansion. */
const ROOT_LIMIT = 1000;
const EXPAND_LIMIT = 300;
/** Members of a group the network counted, drawn per page when the group is opened. */
export const GROUP_PAGE = DEFAULT_GROUP_THRESHOLD;
/** Neighbours the network brings per entity and relationship before the rest becomes a group node. */
const NETWORK_PER_GROUP = 10;
/** A supply chain: what a provider supplies and sells, and what each of those sells, two steps out; with the
 * customers of subscriptions naming one of them reseller of record where it does not sell to them. */
const CHAIN_TYPES: readonly RelationshipType[] = ['SUPPLIES', 'SELLS_TO'];
/** Findings loaded without asking: enough to flag what a view shows; more on request. */
const FINDINGS_PRELOAD = 500;

export interface UrlHistory {
  push(query: string): void;
  replace(query: string): void;
}

export interface Explorer {
  /** Signs in with credentials already stored, or waits for the user to give some. */
  start(): Promise<void>;
  signIn(): Promise<void>;
  signOut(message?: string): void;
  /** Applies a view from the URL (on load, or when the user goes back or forward). */
  restore(view: ViewState): void;
  openRoot(root: { kind: EntityKind; id: string }, roles?: readonly PartnerRole[]): void;
  changeView(change: (view: ViewState) => ViewState, history?: 'push' | 'replace'): void;
  select(selection: Selection): void;
  expand(key: string): Promise<void>;
  collapse(key: string): void;
  openGroup(id: string): Promise<void>;
  /** The API's name for a group the network counted (null for others). */
  groupRef(id: string): GroupRef | null;
  /** Draws a page of a group's members (from the group's list) beside what is drawn. */
  showGroupPage(id: string, page: GroupPage): void;
  closeGroup(id: string): void;
  loadMoreFindings(): Promise<void>;
  /**
   * A page of the findings concerning one entity, under the filters of the list (same rules, severities, regions
   * and scan run); null when the as-of date has no scan run.
   */
  findingsOf(entity: { kind: EntityKind; id: string }, after: string | null): Promise<FindingPage | null>;
}

export interface ExplorerDeps {
  api: Api;
  store: Store<AppState>;
  history: UrlHistory;
  encode: (view: ViewState) => string;
  /** Forgets stored credentials (they were refused). */
  forgetCredentials: () => void;
  hasCredentials: () => boolean;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createExplorer(deps: ExplorerDeps): Explorer {
  const { api, store } = deps;
  let graphToken = 0;
  let findingsToken = 0;
  let evidenceToken = 0;
  let loadedGraphKey: string | null = null;
  let loadedFindingsKey: string | null = null;

  const set = (change: (state: AppState) => AppState) => store.update((state) => withDrawing(change(state), state));

  /** A refused credential sends the user back to the sign-in form; other errors stay where they happened. */
  function failed(error: unknown): Status {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') explorer.signOut(error.message);
    return { state: 'error', message: message(error) };
  }

  async function loadCatalog(): Promise<void> {
    const [rules, regions, runs] = await Promise.all([api.rules(), api.regions(), api.scanRuns()]);
    set((state) => ({ ...state, catalog: { rules, regions, runs } }));
  }

  async function expansionOf(graph: GraphData, key: string, asOf: string | null): Promise<GraphData> {
    const ref = parseEntityKey(key);
    if (!ref) return graph;
    const network = await api.network(ref, { depth: 1, limit: EXPAND_LIMIT, asOf, perGroup: NETWORK_PER_GROUP });
    return mergeNetwork(graph, network, key);
  }

  async function loadGraph(view: ViewState): Promise<void> {
    const token = ++graphToken;
    loadedGraphKey = graphQueryKey(view);
    if (!view.root) {
      set((state) => ({
        ...state,
        graph: emptyGraph(),
        evidence: null,
        graphStatus: { state: 'idle' },
        graphNote: null,
      }));
      return;
    }
    const root = view.root;
    set((state) => ({ ...state, graphStatus: { state: 'loading', message: 'Loading the network…' } }));
    try {
      const asOf = view.filters.asOf;
      let graph: GraphData;
      let note: string | null = null;
      if (view.source === 'chain') {
        graph = graphFromNetwork(
          await api.network(root, {
            depth: 2,
            limit: ROOT_LIMIT,
            asOf,
            perGroup: NETWORK_PER_GROUP,
            relationshipTypes: CHAIN_TYPES,
            resellerOfRecordCustomers: true,
          }),
        );
      } else {
        const network = await api.network(root, {
          depth: view.depth,
          limit: ROOT_LIMIT,
          asOf,
          perGroup: NETWORK_PER_GROUP,
        });
        graph = graphFromNetwork(network);
        if (network.truncated) {
          note = `${network.omittedNodes.toLocaleString('en-US')} more entities lie within ${view.depth} steps; expand nodes to see them.`;
        }
      }
      for (const key of view.expanded) {
        if (graph.nodes.has(key)) graph = await expansionOf(graph, key, asOf);
      }
      if (token !== graphToken) return;
      set((state) => ({ ...state, graph, evidence: null, graphStatus: { state: 'ready' }, graphNote: note }));
      const selection = store.get().view.selection;
      if (selection?.type === 'finding') await showEvidence(selection.key);
    } catch (error) {
      if (token === graphToken) set((state) => ({ ...state, graphStatus: failed(error) }));
    }
  }

  /** The scan run the as-of filter stands for: the one as of that date, else the latest before it. */
  function runFor(asOf: string): { runId: string | null; note: string } {
    const runs = [...store.get().catalog.runs].sort(
      (a, b) => b.asOf.localeCompare(a.asOf) || b.startedAt.localeCompare(a.startedAt),
    );
    const run = runs.find((candidate) => candidate.asOf <= asOf);
    if (!run)
      return { runId: null, note: `No scan was run as of ${asOf} or before; run one with ./csp scan --as-of ${asOf}.` };
    const when = run.asOf === asOf ? `as of ${asOf}` : `as of ${run.asOf}, the latest on or before ${asOf}`;
    return { runId: run.id, note: `Findings of the scan ${when}.` };
  }

  /** The findings query the view's filters stand for; null when the as-of date has no scan run. */
  function findingQuery(view: ViewState): { query: FindingQuery | null; note: string | null } {
    const { regions, ruleIds, severities, asOf } = view.filters;
    const run = asOf ? runFor(asOf) : { runId: null, note: null };
    if (asOf && !run.runId) return { query: null, note: run.note };
    return { query: { regions, ruleIds, severities, runId: run.runId }, note: run.note };
  }

  async function loadFindings(view: ViewState): Promise<void> {
    const token = ++findingsToken;
    loadedFindingsKey = findingsQueryKey(view);
    set((state) => ({
      ...state,
      findings: { ...state.findings, status: { state: 'loading', message: 'Loading findings…' } },
    }));
    try {
      const { query, note } = findingQuery(view);
      if (!query) {
        if (token === findingsToken)
          set((state) => ({ ...state, findings: { ...emptyFindings(), status: { state: 'ready' }, note } }));
        return;
      }
      // The severity counts hold under the other filters only, so checking one severity leaves the others' counts.
      const [first, unfiltered] = await Promise.all([
        api.findings(query, null),
        query.severities.length > 0 ? api.findings({ ...query, severities: [] }, null) : null,
      ]);
      let page = first;
      const severityFacets = (unfiltered ?? first).facets.severities;
      const list: Finding[] = [...page.findings];
      while (page.hasNextPage && list.length < FINDINGS_PRELOAD) {
        page = await api.findings(query, page.endCursor);
        list.push(...page.findings);
      }
      if (token !== findingsToken) return;
      set((state) => ({
        ...state,
        findings: {
          list,
          totalCount: page.totalCount,
          endCursor: page.endCursor,
          hasNextPage: page.hasNextPage,
          facets: { ...page.facets, severities: severityFacets },
          status: { state: 'ready' },
          note,
          runId: query.runId,
        },
      }));
    } catch (error) {
      if (token === findingsToken)
        set((state) => ({ ...state, findings: { ...state.findings, status: failed(error) } }));
    }
  }

  /** Draws a finding's evidence as its rule matched it and marks it; the graph keeps it until another finding is chosen. */
  async function showEvidence(findingKey: string): Promise<void> {
    const token = ++evidenceToken;
    try {
      const known = store.get().findings.list.find((f) => f.key === findingKey);
      const finding = known ?? (await api.finding(findingKey));
      if (token !== evidenceToken) return;
      if (!finding) {
        set((state) => ({ ...state, graphNote: `No finding has the key '${findingKey}'.` }));
        return;
      }
      const view = store.get().view;
      if (!view.root) {
        const anchor = finding.partner ? { kind: 'PARTNER' as const, id: finding.partner.id } : finding.entities[0];
        if (anchor)
          explorer.changeView(
            (v) => ({ ...v, root: { kind: anchor.kind, id: anchor.id }, source: 'network', expanded: [], opened: [] }),
            'replace',
          );
        return;
      }
      const drawable = await api.evidenceNodes(finding.key);
      if (token !== evidenceToken) return;
      set((state) => {
        const graph = state.evidence ? removeOrigin(state.graph, `finding:${state.evidence.findingKey}`) : state.graph;
        return { ...state, ...addEvidence(graph, finding, drawable, `finding:${finding.key}`) };
      });
    } catch (error) {
      if (token === evidenceToken) set((state) => ({ ...state, graphStatus: failed(error) }));
    }
  }

  function clearEvidence(): void {
    evidenceToken += 1;
    set((state) =>
      state.evidence
        ? { ...state, graph: removeOrigin(state.graph, `finding:${state.evidence.findingKey}`), evidence: null }
        : state,
    );
  }

  /** Loads what the new view needs that the old one did not have. */
  function sync(view: ViewState, previous: ViewState | null): void {
    if (!store.get().principal) return;
    if (graphQueryKey(view) !== loadedGraphKey) void loadGraph(view);
    else if (view.selection !== previous?.selection) {
      if (view.selection?.type === 'finding') void showEvidence(view.selection.key);
      else if (previous?.selection?.type === 'finding') clearEvidence();
    }
    if (findingsQueryKey(view) !== loadedFindingsKey) void loadFindings(view);
  }

  const explorer: Explorer = {
    async start() {
      if (!deps.hasCredentials()) return;
      await explorer.signIn();
    },

    async signIn() {
      try {
        const principal = await api.me();
        set((state) => ({ ...state, principal, signInMessage: null }));
        await loadCatalog();
        sync(store.get().view, null);
      } catch (error) {
        const text =
          error instanceof ApiError && error.code !== 'UNAUTHENTICATED'
            ? message(error)
            : `The key was refused: ${message(error)}`;
        explorer.signOut(text);
      }
    },

    signOut(reason) {
      deps.forgetCredentials();
      graphToken += 1;
      findingsToken += 1;
      loadedGraphKey = null;
      loadedFindingsKey = null;
      set((state) => ({ ...state, principal: null, signInMessage: reason ?? null }));
    },

    restore(view) {
      const previous = store.get().view;
      set((state) => ({ ...state, view }));
      // Expansions and opened groups are part of the data: going back to another set of them reloads the graph.
      if (view.expanded.join() !== previous.expanded.join()) loadedGraphKey = null;
      sync(view, previous);
    },

    openRoot(root, roles = []) {
      const source = root.kind === 'PARTNER' && roles.includes('INDIRECT_PROVIDER') ? 'chain' : 'network';
      explorer.changeView(
        (view) => ({
          ...view,
          root,
          source,
          expanded: [],
          opened: [],
          selection: { type: 'node', key: entityKey(root.kind, root.id) },
        }),
        'push',
      );
    },

    changeView(change, history = 'replace') {
      const previous = store.get().view;
      const view = change(previous);
      if (view === previous) return;
      set((state) => ({ ...state, view }));
      const query = deps.encode(view);
      if (history === 'push') deps.history.push(query);
      else deps.history.replace(query);
      sync(view, previous);
    },

    select(selection) {
      explorer.changeView((view) => ({ ...view, selection }));
    },

    async expand(key) {
      const state = store.get();
      if (state.view.expanded.includes(key) || !state.graph.nodes.has(key)) return;
      explorer.changeView((view) => ({ ...view, expanded: [...view.expanded, key] }));
      set((s) => ({ ...s, graphStatus: { state: 'loading', message: 'Expanding…' } }));
      try {
        const graph = await expansionOf(store.get().graph, key, state.view.filters.asOf);
        set((s) => ({ ...s, graph, graphStatus: { state: 'ready' } }));
      } catch (error) {
        set((s) => ({ ...s, graphStatus: failed(error) }));
      }
    },

    collapse(key) {
      if (!store.get().view.expanded.includes(key)) return;
      explorer.changeView((view) => ({ ...view, expanded: view.expanded.filter((k) => k !== key) }));
      set((state) => ({ ...state, graph: removeOrigin(state.graph, key) }));
    },

    groupRef(id) {
      const group = store.get().graph.groups.get(id);
      const hub = group ? parseEntityKey(group.hubKey) : null;
      if (!group || !hub || group.hubIsSource === undefined) return null;
      return { hub, relationship: group.relationship, hubIsSource: group.hubIsSource, kind: group.kind };
    },

    showGroupPage(id, page) {
      const hubKey = store.get().graph.groups.get(id)?.hubKey;
      if (!hubKey) return;
      if (!store.get().view.opened.includes(id))
        explorer.changeView((view) => ({ ...view, opened: [...view.opened, id] }));
      set((state) => ({ ...state, graph: addNetworkGroupPage(state.graph, id, page) }));
    },

    async openGroup(id) {
      const state = store.get();
      const group = state.graph.groups.get(id);
      const alreadyOpen = state.view.opened.includes(id);
      const ref = explorer.groupRef(id);
      if (ref && group) {
        // The first opening draws the first page (flagged members first); each further one the next page.
        if (alreadyOpen && group.cursor === null) return;
        set((s) => ({ ...s, graphStatus: { state: 'loading', message: 'Loading the group…' } }));
        try {
          const page = await api.groupMembers(ref, {
            search: '',
            sort: 'FLAGGED_FIRST',
            first: GROUP_PAGE,
            after: alreadyOpen ? group.cursor || null : null,
            asOf: state.view.filters.asOf,
          });
          explorer.showGroupPage(id, page);
          set((s) => ({ ...s, graphStatus: { state: 'ready' } }));
        } catch (error) {
          set((s) => ({ ...s, graphStatus: failed(error) }));
        }
        return;
      }
      if (!alreadyOpen) explorer.changeView((view) => ({ ...view, opened: [...view.opened, id] }));
    },

    closeGroup(id) {
      explorer.changeView((view) => ({ ...view, opened: view.opened.filter((g) => g !== id) }));
    },

    async loadMoreFindings() {
      const state = store.get();
      if (!state.findings.hasNextPage) return;
      const token = findingsToken;
      try {
        const { regions, ruleIds, severities } = state.view.filters;
        const page = await api.findings(
          { regions, ruleIds, severities, runId: state.findings.runId },
          state.findings.endCursor,
        );
        if (token !== findingsToken) return;
        set((s) => ({
          ...s,
          findings: {
            ...s.findings,
            list: [...s.findings.list, ...page.findings],
            endCursor: page.endCursor,
            hasNextPage: page.hasNextPage,
          },
        }));
      } catch (error) {
        set((s) => ({ ...s, findings: { ...s.findings, status: failed(error) } }));
      }
    },

    async findingsOf(entity, after) {
      const { query } = findingQuery(store.get().view);
      return query ? api.findings({ ...query, entity }, after) : null;
    },
  };
  return explorer;
}
