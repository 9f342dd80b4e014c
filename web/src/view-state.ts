// What the user is looking at — root, filters, selection, what is expanded — and how it reads as a shareable URL.

import { isRealDate } from '../../server/shared/dates';
import { type EntityKind, PARTNER_ROLES, type PartnerRole, SEVERITIES, type Severity } from './api-shapes';
import { entityKey, parseEntityKey } from './graph-data';

export type DataSource = 'network' | 'chain';
export type LayoutName = 'layered' | 'force';
export type MainTab = 'graph' | 'table';

export interface Filters {
  regions: string[];
  ruleIds: string[];
  severities: Severity[];
  roles: PartnerRole[];
  /** The date relationships are judged on, and the scan whose findings are shown; null: today and the latest. */
  asOf: string | null;
}

export type Selection = { type: 'node'; key: string } | { type: 'finding'; key: string } | null;

export interface ViewState {
  root: { kind: EntityKind; id: string } | null;
  /** `chain`: a provider's resellers and their customers; `network`: everything around the root up to `depth`. */
  source: DataSource;
  depth: number;
  layout: LayoutName;
  filters: Filters;
  selection: Selection;
  /** Node keys whose neighbours were expanded, in order. */
  expanded: string[];
  /** Aggregate groups the user opened. */
  opened: string[];
  tab: MainTab;
}

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;
const DEFAULT_DEPTH = 2;

export function defaultViewState(): ViewState {
  return {
    root: null,
    source: 'network',
    depth: DEFAULT_DEPTH,
    layout: 'layered',
    filters: { regions: [], ruleIds: [], severities: [], roles: [], asOf: null },
    selection: null,
    expanded: [],
    opened: [],
    tab: 'graph',
  };
}

/** Longer lists in a URL are cut: a link is for people to share, not a way to send a huge request. */
const MAX_LIST = 50;
const MAX_VALUE_LENGTH = 300;

function list(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= MAX_VALUE_LENGTH);
  return [...new Set(values)].slice(0, MAX_LIST);
}

function oneOf<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return values.map((value) => value.toUpperCase()).filter((value): value is T => allowed.includes(value as T));
}

/** The state a URL's query describes; anything malformed is dropped rather than refused, so old links still open. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = defaultViewState();
  const root = params.get('root');
  const parsedRoot = root && root.length <= MAX_VALUE_LENGTH ? parseEntityKey(root) : null;
  if (parsedRoot) state.root = parsedRoot;
  if (params.get('view') === 'chain') state.source = 'chain';
  const depth = Number(params.get('depth'));
  if (Number.isInteger(depth) && depth >= MIN_DEPTH && depth <= MAX_DEPTH) state.depth = depth;
  if (params.get('layout') === 'force') state.layout = 'force';
  if (params.get('tab') === 'table') state.tab = 'table';
  state.filters.regions = list(params, 'region');
  state.filters.ruleIds = list(params, 'rule');
  state.filters.severities = oneOf(SEVERITIES, list(params, 'severity'));
  state.filters.roles = oneOf(PARTNER_ROLES, list(params, 'role'));
  const asOf = params.get('asOf');
  if (asOf && isRealDate(asOf)) state.filters.asOf = asOf;
  const node = params.get('node');
  const finding = params.get('finding');
  if (node && node.length <= MAX_VALUE_LENGTH && parseEntityKey(node)) state.selection = { type: 'node', key: node };
  else if (finding && finding.length <= MAX_VALUE_LENGTH) state.selection = { type: 'finding', key: finding };
  state.expanded = list(params, 'expand').filter((key) => parseEntityKey(key) !== null);
  state.opened = list(params, 'open').filter((id) => id.startsWith('group:'));
  return state;
}

/** The query string of a state (with its leading '?', or '' for the start page); defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.root) params.set('root', entityKey(state.root.kind, state.root.id));
  if (state.source === 'chain') params.set('view', 'chain');
  if (state.depth !== DEFAULT_DEPTH) params.set('depth', String(state.depth));
  if (state.layout !== 'layered') params.set('layout', state.layout);
  if (state.tab !== 'graph') params.set('tab', state.tab);
  for (const region of state.filters.regions) params.append('region', region);
  for (const rule of state.filters.ruleIds) params.append('rule', rule);
  for (const severity of state.filters.severities) params.append('severity', severity);
  for (const role of state.filters.roles) params.append('role', role);
  if (state.filters.asOf) params.set('asOf', state.filters.asOf);
  if (state.selection) params.set(state.selection.type, state.selection.key);
  for (const key of state.expanded) params.append('expand', key);
  for (const id of state.opened) params.append('open', id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What the graph's data depends on: when this changes the graph is loaded again (filters only change the look). */
export function graphQueryKey(state: ViewState): string {
  const root = state.root ? entityKey(state.root.kind, state.root.id) : '';
  return [root, state.source, state.depth, state.filters.asOf ?? ''].join('\n');
}

/** What the findings list depends on. */
export function findingsQueryKey(state: ViewState): string {
  const { regions, ruleIds, severities, asOf } = state.filters;
  return JSON.stringify([regions, ruleIds, severities, asOf]);
}
