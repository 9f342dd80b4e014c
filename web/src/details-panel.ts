// The details of what is selected: an entity's properties, relationships and findings (with the clause each cites
// and the ways to fix it), a group, or one finding and its evidence.
import type { Api, EntityRecord, GroupRef } from './api';
import type { EntityKind, Finding, PartnerRole } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { entityProperties } from './entity-properties';
import { entityNoun, formatCount, primaryRole, relationWord } from './entity-words';
import { evidenceLinks } from './evidence';
import { type Explorer, GROUP_PAGE } from './explorer';
import { severityTag } from './findings-table';
import { entityKey, parseEntityKey } from './graph-data';
import { groupPanel } from './group-panel';
import type { Store } from './store';
import { findingsQueryKey } from './view-state';

export interface DetailsDeps {
  store: Store<AppState>;
  api: Pick<Api, 'entity' | 'finding' | 'groupMembers'>;
  explorer: Explorer;
  /** Fills the what-if form from the selected entity. */
  propose(entity: { kind: EntityRecord['kind']; id: string; name: string }): void;
}

function findingCard(finding: Finding, explorer: Explorer, selected: boolean): HTMLElement {
  return h(
    'article',
    { className: `finding-card sev-border-${finding.severity.toLowerCase()}` },
    h('p', {}, severityTag(finding.severity), ' ', h('strong', {}, finding.title)),
    h('p', {}, finding.message),
    finding.rule
      ? h('p', { className: 'clause' }, h('span', { className: 'label' }, 'Cites: '), finding.rule.clause)
      : null,
    finding.rule && finding.rule.remediation.length > 0
      ? h(
          'div',
          {},
          h('span', { className: 'label' }, 'Ways to fix it:'),
          h(
            'ul',
            {},
            finding.rule.remediation.map((r) => h('li', {}, r)),
          ),
        )
      : null,
    selected
      ? null
      : h(
          'button',
          { type: 'button', className: 'small', onclick: () => explorer.select({ type: 'finding', key: finding.key }) },
          'Show evidence',
        ),
  );
}

/** The findings of one entity under the list's filters, page by page; `noRun`: no scan was run by the as-of date. */
type EntityFindings =
  | { state: 'loading'; findings: Finding[] }
  | {
      state: 'ready';
      findings: Finding[];
      totalCount: number;
      endCursor: string | null;
      hasNextPage: boolean;
      noRun: boolean;
    }
  | { state: 'error'; message: string };

function problem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function setupDetailsPanel(element: HTMLElement, deps: DetailsDeps): void {
  const { store, api, explorer } = deps;
  const records = new Map<string, EntityRecord | null>();
  /** By entity key and the filters of the list: the API's entity filter, so every finding counts, not only those loaded. */
  const entityFindings = new Map<string, EntityFindings>();
  /** Answers asked for before the list last reloaded are dropped. */
  let findingsGeneration = 0;
  /** Findings selected that the list has not loaded (chosen from an entity's findings, or a shared link); undefined
   * while asked for. */
  const findingRecords = new Map<string, Finding | null | { problem: string } | undefined>();
  let token = 0;

  const renderIfSelected = (key: string) => {
    const selection = store.get().view.selection;
    if (selection?.key === key) render(store.get());
  };

  const loadEntityFindings = (
    cacheKey: string,
    key: string,
    ref: { kind: EntityKind; id: string },
    earlier: Finding[],
    after: string | null,
  ) => {
    const generation = findingsGeneration;
    entityFindings.set(cacheKey, { state: 'loading', findings: earlier });
    explorer
      .findingsOf(ref, after)
      .then((page) => {
        if (generation !== findingsGeneration) return;
        entityFindings.set(cacheKey, {
          state: 'ready',
          findings: [...earlier, ...(page?.findings ?? [])],
          totalCount: page?.totalCount ?? 0,
          endCursor: page?.endCursor ?? null,
          hasNextPage: page?.hasNextPage ?? false,
          noRun: page === null,
        });
        renderIfSelected(key);
      })
      .catch((error: unknown) => {
        if (generation !== findingsGeneration) return;
        entityFindings.set(cacheKey, { state: 'error', message: problem(error) });
        renderIfSelected(key);
      });
  };

  const findingsSection = (state: AppState, key: string, ref: { kind: EntityKind; id: string }, open: number) => {
    const cacheKey = `${key}\u0000${findingsQueryKey(state.view)}`;
    let listed = entityFindings.get(cacheKey);
    if (!listed) {
      // Once the list is ready, the scan run its as-of date stands for is known (and the user is signed in).
      if (state.findings.status.state === 'ready') loadEntityFindings(cacheKey, key, ref, [], null);
      listed = { state: 'loading', findings: [] };
    }
    const selectedFinding = state.view.selection?.type === 'finding' ? state.view.selection.key : null;
    if (listed.state === 'error') {
      return [
        h('h3', {}, 'Findings'),
        h('p', { className: 'error', role: 'alert' }, `The findings could not be loaded: ${listed.message}`),
      ];
    }
    const cards = listed.findings.map((finding) => findingCard(finding, explorer, finding.key === selectedFinding));
    if (listed.state === 'loading') {
      return [h('h3', {}, 'Findings'), ...cards, h('p', { className: 'loading' }, 'Loading the findings…')];
    }
    const { findings, totalCount, endCursor, hasNextPage, noRun } = listed;
    return [
      h('h3', {}, `Findings (${totalCount})`),
      findings.length === 0
        ? h(
            'p',
            { className: 'empty' },
            noRun ? 'No scan was run by the as-of date.' : 'No findings concern it under these filters.',
          )
        : null,
      ...cards,
      hasNextPage
        ? h(
            'button',
            { type: 'button', onclick: () => loadEntityFindings(cacheKey, key, ref, findings, endCursor) },
            `More findings (${formatCount(totalCount - findings.length)} not shown)`,
          )
        : null,
      !state.view.filters.asOf && open > totalCount
        ? h(
            'p',
            { className: 'hint' },
            `${open - totalCount} more open findings concern it; clear the filters to list them.`,
          )
        : null,
    ];
  };

  const nodeDetails = (state: AppState, key: string): (HTMLElement | null)[] => {
    const ref = parseEntityKey(key);
    const node = state.graph.nodes.get(key);
    if (!ref) return [];
    const record = records.get(key);
    if (record === undefined) {
      const mine = ++token;
      api
        .entity(ref.kind, ref.id)
        .then((loaded) => {
          records.set(key, loaded);
          if (mine === token) render(store.get());
        })
        .catch((error: unknown) => {
          if (mine === token)
            clear(
              element,
              h(
                'p',
                { className: 'error', role: 'alert' },
                `The details could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
              ),
            );
        });
    }
    const name = record?.name ?? node?.name ?? ref.id;
    const roles = node?.roles ?? (record?.roles as PartnerRole[] | undefined) ?? [];
    const expanded = state.view.expanded.includes(key);
    const isRoot = state.graph.rootKey === key;
    const isProvider = roles.includes('INDIRECT_PROVIDER');
    const names = new Map([...state.graph.nodes.values()].map((n) => [n.key, n.name]));
    const links = [...state.drawing.visible.edges].filter((edge) => edge.source === key || edge.target === key);
    const open = node?.violations.openFindings ?? 0;

    return [
      h('h2', { className: 'details-title' }, name),
      h(
        'p',
        { className: 'details-kind' },
        entityNoun(ref.kind, primaryRole(roles)),
        node?.region ? ` · ${node.region}` : '',
      ),
      h(
        'div',
        { className: 'button-row' },
        isRoot
          ? null
          : h('button', { type: 'button', onclick: () => explorer.openRoot(ref, roles) }, 'Explore from here'),
        isRoot && isProvider
          ? h(
              'button',
              {
                type: 'button',
                onclick: () =>
                  explorer.changeView(
                    (view) => ({
                      ...view,
                      source: view.source === 'chain' ? 'network' : 'chain',
                      expanded: [],
                      opened: [],
                    }),
                    'push',
                  ),
              },
              state.view.source === 'chain' ? 'Show the whole neighbourhood' : 'Show the supply chain',
            )
          : null,
        node
          ? h(
              'button',
              { type: 'button', onclick: () => (expanded ? explorer.collapse(key) : void explorer.expand(key)) },
              expanded ? 'Collapse neighbours' : 'Expand neighbours',
            )
          : null,
        h(
          'button',
          { type: 'button', onclick: () => deps.propose({ kind: ref.kind, id: ref.id, name }) },
          'Use in what-if',
        ),
      ),
      h('h3', {}, 'Properties'),
      record === undefined
        ? h('p', { className: 'loading' }, 'Loading…')
        : record === null
          ? h('p', { className: 'empty' }, 'This entity is no longer in the graph.')
          : h(
              'dl',
              { className: 'properties' },
              entityProperties(record).flatMap((row) => [
                h('dt', {}, row.label),
                h(
                  'dd',
                  {},
                  row.ref && state.graph.nodes.has(entityKey(row.ref.kind, row.ref.id))
                    ? h(
                        'button',
                        {
                          type: 'button',
                          className: 'link',
                          onclick: () =>
                            explorer.select({
                              type: 'node',
                              key: entityKey(
                                (row.ref as { kind: EntityRecord['kind'] }).kind,
                                (row.ref as { id: string }).id,
                              ),
                            }),
                        },
                        row.value,
                      )
                    : row.value,
                ),
              ]),
            ),
      h('h3', {}, `Relationships in view (${links.length})`),
      links.length === 0
        ? h('p', { className: 'empty' }, 'None drawn. Expand the node to see its neighbours.')
        : h(
            'ul',
            { className: 'relationships' },
            links.slice(0, 50).map((edge) => {
              const outgoing = edge.source === key;
              const other = outgoing ? edge.target : edge.source;
              return h(
                'li',
                { className: edge.active ? '' : 'inactive' },
                outgoing ? `${relationWord(edge.type)} → ` : `← ${relationWord(edge.type)} `,
                h(
                  'button',
                  { type: 'button', className: 'link', onclick: () => explorer.select({ type: 'node', key: other }) },
                  names.get(other) ?? other,
                ),
                edge.active ? '' : ' (not active)',
              );
            }),
            links.length > 50 ? h('li', {}, `and ${links.length - 50} more (see the table view)`) : null,
          ),
      ...findingsSection(state, key, ref, open),
    ];
  };

  /** The group's list keeps its search, order and page while the drawing changes around it. */
  let shownList: { key: string; element: HTMLElement } | null = null;
  const groupList = (key: string, ref: GroupRef, asOf: string | null): HTMLElement => {
    if (shownList?.key !== key) shownList = { key, element: groupPanel(key, ref, { api, explorer, asOf }) };
    return shownList.element;
  };

  const groupDetails = (state: AppState, key: string): HTMLElement[] => {
    const aggregate = state.drawing.visible.aggregates.find((a) => a.key === key);
    if (!aggregate) return [h('p', { className: 'empty' }, 'This group is no longer drawn.')];
    const hub = state.graph.nodes.get(aggregate.hubKey);
    const ref = explorer.groupRef(key);
    const flagged =
      aggregate.severity && aggregate.flagged > 0
        ? h(
            'p',
            {},
            severityTag(aggregate.severity),
            ` ${formatCount(aggregate.flagged)} of them ${aggregate.flagged === 1 ? 'has' : 'have'} open findings; the worst is ${aggregate.severity.toLowerCase()}.`,
          )
        : h('p', {}, 'None of them has open findings.');
    return [
      h('h2', { className: 'details-title' }, aggregate.label),
      h('p', { className: 'details-kind' }, `a group ${hub ? `around ${hub.name}` : ''}`),
      flagged,
      h(
        'p',
        {},
        `${formatCount(aggregate.count)} ${entityNoun(aggregate.kind, aggregate.role, aggregate.count)} are drawn as one node to keep the view readable. Opening the group draws a page of ${GROUP_PAGE}, flagged ones first; opening it again draws the next page.`,
      ),
      h(
        'button',
        { type: 'button', className: 'primary', onclick: () => void explorer.openGroup(key) },
        'Open the group',
      ),
      ref ? groupList(key, ref, state.view.filters.asOf) : null,
    ].filter((part): part is HTMLElement => part !== null);
  };

  const findingDetails = (state: AppState, key: string): (HTMLElement | null)[] => {
    const finding = state.findings.list.find((f) => f.key === key) ?? findingRecords.get(key);
    if (finding === null) return [h('p', { className: 'empty' }, 'No finding has this key.')];
    if (finding && 'problem' in finding) {
      return [h('p', { className: 'error', role: 'alert' }, `The finding could not be loaded: ${finding.problem}`)];
    }
    if (!finding) {
      // Only once the list is ready does it tell whether it holds the finding (and is the user signed in).
      if (state.findings.status.state === 'ready' && !findingRecords.has(key)) {
        findingRecords.set(key, undefined);
        api
          .finding(key)
          .then((loaded) => findingRecords.set(key, loaded))
          .catch((error: unknown) => findingRecords.set(key, { problem: problem(error) }))
          .finally(() => renderIfSelected(key));
      }
      return [h('p', { className: 'loading' }, 'Loading the finding…')];
    }
    const drawn = new Set(state.drawing.visible.nodes.map((n) => n.key));
    const names = new Map(finding.entities.map((entity) => [entityKey(entity.kind, entity.id), entity.name]));
    const links = evidenceLinks(finding.evidence);
    return [
      h('h2', { className: 'details-title' }, finding.title),
      h(
        'p',
        { className: 'details-kind' },
        `finding · ${finding.status.toLowerCase()}`,
        finding.region ? ` · ${finding.region}` : '',
      ),
      findingCard(finding, explorer, true),
      h('h3', {}, 'Evidence'),
      h(
        'ul',
        { className: 'relationships' },
        finding.entities.map((entity) => {
          const key2 = entityKey(entity.kind, entity.id);
          return h(
            'li',
            {},
            `${entityNoun(entity.kind, null)}: `,
            drawn.has(key2)
              ? h(
                  'button',
                  { type: 'button', className: 'link', onclick: () => explorer.select({ type: 'node', key: key2 }) },
                  entity.name,
                )
              : entity.name,
          );
        }),
      ),
      links.length > 0
        ? h(
            'ul',
            { className: 'relationships' },
            links.map((link) =>
              h(
                'li',
                {},
                `${names.get(link.source) ?? link.source} ${relationWord(link.type)} ${names.get(link.target) ?? link.target}`,
              ),
            ),
          )
        : null,
      h('button', { type: 'button', onclick: () => explorer.select(null) }, 'Clear the highlight'),
    ];
  };

  const render = (state: AppState) => {
    const selection = state.view.selection;
    if (!selection) {
      clear(
        element,
        h(
          'p',
          { className: 'empty' },
          'Select a node in the network, a row in a table or a finding to see its details here.',
        ),
      );
      return;
    }
    if (selection.type === 'finding') clear(element, findingDetails(state, selection.key));
    else if (selection.key.startsWith('group:')) clear(element, groupDetails(state, selection.key));
    else clear(element, nodeDetails(state, selection.key));
  };

  store.subscribe((state, previous) => {
    if (state.graph !== previous.graph && state.view.filters.asOf !== previous.view.filters.asOf) records.clear();
    // A fresh load of the list (a new sign-in, other filters) may see other findings: ask again.
    if (previous.findings.status.state === 'loading' && state.findings.status.state === 'ready') {
      findingsGeneration += 1;
      entityFindings.clear();
    }
    if (
      state.view.selection !== previous.view.selection ||
      state.drawing !== previous.drawing ||
      state.findings !== previous.findings ||
      state.view.expanded !== previous.view.expanded
    ) {
      render(state);
    }
  });
  render(store.get());
}
