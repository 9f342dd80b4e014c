// One group's members, a page at a time: search and sort inside the group (flagged members first by default), and
// a way to draw a member or the whole page beside the hub. The API pages the group; nothing loads all of it.
import type { Api, GroupRef } from './api';
import type { GroupPage } from './api-shapes';
import { clear, h } from './dom';
import { formatCount } from './entity-words';
import type { Explorer } from './explorer';
import { severityTag } from './findings-table';

const PAGE_SIZE = 25;

export interface GroupPanelDeps {
  api: Pick<Api, 'groupMembers'>;
  explorer: Pick<Explorer, 'showGroupPage' | 'select'>;
  asOf: string | null;
}

/** The list for group `id` (named `ref` for the API); keeps its own search, sort and page while it is shown. */
export function groupPanel(id: string, ref: GroupRef, deps: GroupPanelDeps): HTMLElement {
  const search = h('input', { type: 'search', className: 'group-search', 'aria-label': 'Search in the group' });
  const sort = h(
    'select',
    { className: 'group-sort', 'aria-label': 'Order' },
    h('option', { value: 'FLAGGED_FIRST' }, 'Flagged first'),
    h('option', { value: 'NAME' }, 'By name'),
  );
  const summary = h('p', { className: 'group-summary', 'aria-live': 'polite' }, 'Loading the members…');
  const list = h('ul', { className: 'group-members' });
  const previous = h('button', { type: 'button', disabled: true }, 'Previous page');
  const next = h('button', { type: 'button', disabled: true }, 'Next page');
  const drawPage = h('button', { type: 'button', className: 'primary', disabled: true }, 'Draw this page');
  /** Cursors of the pages shown so far: [null] is the first page. */
  let cursors: (string | null)[] = [null];
  let current: GroupPage | null = null;
  let token = 0;

  const show = (page: GroupPage) => {
    current = page;
    const first = (cursors.length - 1) * PAGE_SIZE;
    summary.textContent =
      page.totalCount === 0
        ? 'No member matches.'
        : `${formatCount(first + 1)}–${formatCount(first + page.nodes.length)} of ${formatCount(page.totalCount)}; ${formatCount(page.flaggedCount)} flagged.`;
    clear(
      list,
      page.nodes.map((node) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'group-member',
              title: node.name,
              onclick: () => {
                deps.explorer.showGroupPage(id, {
                  ...page,
                  nodes: [node],
                  edges: page.edges.filter((edge) => edge.from === node.key || edge.to === node.key),
                  hasNextPage: true,
                  endCursor: null,
                });
                deps.explorer.select({ type: 'node', key: `${node.kind}:${node.id}` });
              },
            },
            h('span', { className: 'group-member-name' }, node.name),
            node.violations.maxSeverity
              ? h('span', {}, severityTag(node.violations.maxSeverity), ` ${node.violations.openFindings}`)
              : null,
          ),
        ),
      ),
    );
    previous.disabled = cursors.length <= 1;
    next.disabled = !page.hasNextPage;
    drawPage.disabled = page.nodes.length === 0;
  };

  const load = async () => {
    const mine = ++token;
    summary.textContent = 'Loading the members…';
    try {
      const page = await deps.api.groupMembers(ref, {
        search: search.value.trim(),
        sort: sort.value === 'NAME' ? 'NAME' : 'FLAGGED_FIRST',
        first: PAGE_SIZE,
        after: cursors.at(-1) ?? null,
        asOf: deps.asOf,
      });
      if (mine === token) show(page);
    } catch (error) {
      if (mine === token)
        summary.textContent = `The members could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const restart = () => {
    cursors = [null];
    void load();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(restart, 250);
  });
  sort.addEventListener('change', restart);
  next.addEventListener('click', () => {
    if (!current?.endCursor) return;
    cursors.push(current.endCursor);
    void load();
  });
  previous.addEventListener('click', () => {
    cursors.pop();
    void load();
  });
  drawPage.addEventListener('click', () => {
    if (current) deps.explorer.showGroupPage(id, current);
  });
  void load();
  return h(
    'section',
    { className: 'group-panel', 'aria-label': 'Members of the group' },
    h('div', { className: 'group-controls' }, search, sort),
    summary,
    list,
    h('div', { className: 'group-pager' }, previous, next, drawPage),
  );
}
