// Everything the page shows at one moment: who is signed in, the view, the graph, the findings and their status.
import type { FacetCount, Finding, Principal, RuleInfo, ScanRunInfo } from './api-shapes';
import { buildDrawing, type Drawing, type Evidence } from './drawing';
import { emptyGraph, type GraphData } from './graph-data';
import { defaultViewState, type ViewState } from './view-state';

export type Status =
  | { state: 'idle' }
  | { state: 'loading'; message: string }
  | { state: 'ready' }
  | { state: 'error'; message: string };

export interface FindingsState {
  list: Finding[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  facets: { rules: FacetCount[]; severities: FacetCount[]; regions: FacetCount[] };
  status: Status;
  /** Which scan the list comes from, when the as-of filter picked one. */
  note: string | null;
  /** That scan's run id; null: the findings open now. */
  runId: string | null;
}

export interface AppState {
  principal: Principal | null;
  /** Why the user must (again) give credentials, if they must. */
  signInMessage: string | null;
  view: ViewState;
  graph: GraphData;
  graphStatus: Status;
  /** A short note about the last graph change (e.g. what the API left out). */
  graphNote: string | null;
  findings: FindingsState;
  evidence: Evidence | null;
  catalog: { rules: RuleInfo[]; regions: string[]; runs: ScanRunInfo[] };
  drawing: Drawing;
}

export function emptyFindings(): FindingsState {
  return {
    list: [],
    totalCount: 0,
    endCursor: null,
    hasNextPage: false,
    facets: { rules: [], severities: [], regions: [] },
    status: { state: 'idle' },
    note: null,
    runId: null,
  };
}

export function initialAppState(view: ViewState = defaultViewState()): AppState {
  const graph = emptyGraph();
  const findings = emptyFindings();
  return {
    principal: null,
    signInMessage: null,
    view,
    graph,
    graphStatus: { state: 'idle' },
    graphNote: null,
    findings,
    evidence: null,
    catalog: { rules: [], regions: [], runs: [] },
    drawing: buildDrawing(graph, view, findings.list, null),
  };
}

/** Recomputes the drawing when something it depends on changed (by reference), else keeps it. */
export function withDrawing(next: AppState, previous: AppState): AppState {
  const same =
    next.graph === previous.graph &&
    next.findings.list === previous.findings.list &&
    next.evidence === previous.evidence &&
    next.view.filters === previous.view.filters &&
    next.view.opened === previous.view.opened &&
    next.view.selection === previous.view.selection;
  if (same) return next;
  return { ...next, drawing: buildDrawing(next.graph, next.view, next.findings.list, next.evidence) };
}
