// The findings list: filtered by the side panel, selecting a row shows its evidence on the graph, and a selected
// node marks the findings that concern it.
import type { Finding } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { formatCount, severityWord } from './entity-words';
import type { Explorer } from './explorer';
import { entityKey } from './graph-data';
import type { Store } from './store';

export interface FindingsTableDeps {
  store: Store<AppState>;
  explorer: Explorer;
}

export function severityTag(severity: Finding['severity']): HTMLElement {
  return h('span', { className: `sev sev-${severity.toLowerCase()}` }, severityWord(severity));
}

interface ShownRow {
  finding: Finding;
  tr: HTMLTableRowElement;
  inView: HTMLTableCellElement;
  /** The marks it shows now, so an unchanged row is left alone. */
  marks: string;
}

interface ShownTable {
  findings: AppState['findings'];
  rows: Map<string, ShownRow>;
}

export function setupFindingsTable(element: HTMLElement, deps: FindingsTableDeps): void {
  const { store, explorer } = deps;
  const note = h('p', { className: 'hint findings-note', 'aria-live': 'polite' });
  const body = h('div', { className: 'findings-body' });
  clear(element, note, body);

  body.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (!target.matches('button.finding-message')) return;
    const buttons = [...body.querySelectorAll<HTMLButtonElement>('button.finding-message')];
    const next = buttons[buttons.indexOf(target as HTMLButtonElement) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  let shown: ShownTable | null = null;
  const showMessage = (message: HTMLElement) => {
    shown = null;
    clear(body, message);
  };

  const render = (state: AppState) => {
    const { findings, view } = state;
    const count = findings.status.state === 'ready' ? `${formatCount(findings.totalCount)} findings. ` : '';
    const noteText = `${count}${findings.note ?? ''}`;
    if (note.textContent !== noteText) note.textContent = noteText;
    if (!state.principal) {
      showMessage(h('p', { className: 'empty' }, 'Sign in to see the findings.'));
      return;
    }
    if ((findings.status.state === 'loading' || findings.status.state === 'idle') && findings.list.length === 0) {
      showMessage(
        h(
          'p',
          { className: 'loading' },
          findings.status.state === 'loading' ? findings.status.message : 'Loading findings…',
        ),
      );
      return;
    }
    if (findings.status.state === 'error') {
      showMessage(
        h('p', { className: 'error', role: 'alert' }, `The findings could not be loaded: ${findings.status.message}`),
      );
      return;
    }
    if (findings.list.length === 0) {
      const filtered = Object.values(view.filters).some((value) => (Array.isArray(value) ? value.length > 0 : value));
      showMessage(
        h(
          'p',
          { className: 'empty' },
          filtered
            ? 'No finding matches these filters.'
            : 'No open findings. If no scan has run yet, run one (./csp scan) to check the graph against the rules.',
        ),
      );
      return;
    }
    if (shown?.findings !== findings) shown = buildTable(state);
    mark(shown.rows, state);
  };

  /** The table for a list of findings: built again only when the list changes, so a view being drawn or a selection
   * costs a few class changes, not a new table to lay out (hundreds of rows are thousands of elements). */
  const buildTable = (state: AppState): ShownTable => {
    const { findings } = state;
    const rows = new Map<string, ShownRow>();
    const trs = findings.list.map((finding) => {
      const inView = h('td', { className: 'in-view' });
      const tr = h(
        'tr',
        { 'data-key': finding.key },
        h('td', {}, severityTag(finding.severity)),
        h('td', { className: 'rule-cell', title: finding.rule?.clause ?? '' }, finding.title),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              className: 'finding-message link',
              onclick: () => {
                const { selection } = store.get().view;
                const selected = selection?.type === 'finding' && selection.key === finding.key;
                explorer.select(selected ? null : { type: 'finding', key: finding.key });
              },
            },
            finding.message,
          ),
        ),
        h('td', {}, finding.region ?? '—'),
        inView,
      );
      rows.set(finding.key, { finding, tr, inView, marks: '' });
      return tr;
    });
    clear(
      body,
      h(
        'table',
        { className: 'data-table findings-table', 'aria-labelledby': 'findings-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Severity', 'Rule', 'Finding', 'Region', h('span', { title: 'in this view' }, 'In view')].map((title) =>
              h('th', { scope: 'col' }, title),
            ),
          ),
        ),
        h('tbody', {}, trs),
      ),
      findings.hasNextPage
        ? h(
            'button',
            { type: 'button', onclick: () => void explorer.loadMoreFindings() },
            `Load more (${formatCount(findings.list.length)} of ${formatCount(findings.totalCount)} shown)`,
          )
        : null,
    );
    return { findings, rows };
  };

  /** Marks each row selected, related to the selected node, and in view; touches only the rows whose marks change. */
  const mark = (rows: ReadonlyMap<string, ShownRow>, state: AppState) => {
    const { view, drawing } = state;
    const selectedFinding = view.selection?.type === 'finding' ? view.selection.key : null;
    const selectedNode = view.selection?.type === 'node' ? view.selection.key : null;
    const related = new Set((selectedNode ? drawing.findingsByEntity.get(selectedNode) : undefined)?.map((f) => f.key));
    const drawn = new Set(drawing.visible.nodes.map((node) => node.key));
    for (const row of rows.values()) {
      const selected = row.finding.key === selectedFinding;
      const isRelated = related.has(row.finding.key);
      const inView = row.finding.entities.some((entity) => drawn.has(entityKey(entity.kind, entity.id)));
      const marks = `${selected ? 's' : ''}${isRelated ? 'r' : ''}${inView ? 'v' : ''}`;
      if (marks === row.marks) continue;
      row.marks = marks;
      row.tr.className = [selected ? 'selected' : '', isRelated ? 'related' : ''].join(' ');
      row.tr.setAttribute('aria-selected', String(selected));
      clear(row.inView, inView ? h('span', { title: 'Its evidence is in the network view' }, '●') : '');
    }
  };

  store.subscribe((state, previous) => {
    if (
      state.findings !== previous.findings ||
      state.view.selection !== previous.view.selection ||
      state.drawing !== previous.drawing
    ) {
      const focusedKey = (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.key;
      const inside = element.contains(document.activeElement);
      render(state);
      if (inside && focusedKey)
        body.querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(focusedKey)}"] button`)?.focus();
      if (state.view.selection !== previous.view.selection)
        body.querySelector('tr.selected, tr.related')?.scrollIntoView({ block: 'nearest' });
    }
  });
  render(store.get());
}
