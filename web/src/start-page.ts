// The start view: the whole ecosystem at a glance from the API's aggregates — each region with its open findings by
// severity and its largest indirect providers and direct-bill partners with their counts — to drill down from.
import type { Api } from './api';
import type { OverviewAccount, SeverityCount } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { countedNoun, formatCount, roleWords } from './entity-words';
import type { Explorer } from './explorer';
import { severityTag } from './findings-table';
import type { Store } from './store';
import { type TrendRun, trendChartSvg } from './trend-chart';
import { markOf } from './visual-vocabulary';

export interface StartDeps {
  store: Store<AppState>;
  api: Pick<Api, 'overview' | 'trendRuns'>;
  explorer: Explorer;
}

function severities(counts: readonly SeverityCount[]): HTMLElement {
  const open = counts.filter((row) => row.count > 0);
  return h(
    'span',
    { className: 'severity-counts' },
    open.length === 0
      ? 'no open findings'
      : open.flatMap((row) => [severityTag(row.severity), ` ${formatCount(row.count)} `]),
  );
}

/** Open findings over the recorded runs, by severity and by rule: the same chart as the HTML report's. */
function trend(runs: readonly TrendRun[]): HTMLElement {
  const charts = h('div', { className: 'trend-charts' });
  // The SVG text is built by trendChartSvg with every name escaped.
  charts.innerHTML = trendChartSvg(runs, 'severity') + trendChartSvg(runs, 'rule');
  return h(
    'section',
    { className: 'overview-trend', 'aria-label': 'Trend over recorded runs' },
    h('h3', {}, 'Trend over recorded runs'),
    charts,
  );
}

function accountRow(account: OverviewAccount, open: () => void): HTMLElement {
  const counts = [
    account.resellers > 0 ? countedNoun(account.resellers, 'PARTNER', 'INDIRECT_RESELLER') : null,
    countedNoun(account.customers, 'CUSTOMER'),
    countedNoun(account.subscriptions, 'SUBSCRIPTION'),
  ].filter(Boolean);
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      h(
        'button',
        {
          type: 'button',
          className: `provider mark-${markOf('PARTNER', account.roles)}`,
          onclick: open,
          title: account.name,
        },
        account.name,
      ),
    ),
    h('td', {}, roleWords(account.roles)),
    h('td', { className: 'num' }, counts.join(' · ')),
    h('td', {}, severities(account.openFindingsBySeverity)),
  );
}

export function setupStartPage(element: HTMLElement, deps: StartDeps): void {
  const body = h('div', { className: 'overview', 'aria-live': 'polite' });
  clear(
    element,
    h(
      'div',
      { className: 'start-intro' },
      h('h2', {}, 'The ecosystem at a glance'),
      h(
        'p',
        {},
        'Each CSP region with its open findings, and its largest indirect providers and direct-bill partners. ',
        'Open one to see its supply chain, or search any partner, customer or tenant above.',
      ),
      body,
    ),
  );

  let loaded = false;
  const load = async () => {
    loaded = true;
    clear(body, h('p', { className: 'loading' }, 'Loading the overview…'));
    try {
      const [overview, runs] = await Promise.all([deps.api.overview(), deps.api.trendRuns()]);
      if (overview.regions.length === 0) {
        clear(
          body,
          h('p', { className: 'empty' }, 'No partner account is in the graph yet. Import data with ./csp import FILE.'),
        );
        return;
      }
      clear(
        body,
        h(
          'p',
          { className: 'overview-total' },
          'Open findings in the ecosystem: ',
          severities(overview.openFindingsBySeverity),
        ),
        runs.length > 0 ? trend(runs) : null,
        overview.regions.map((region) =>
          h(
            'section',
            { className: 'overview-region', 'aria-label': region.name },
            h(
              'h3',
              {},
              region.name,
              h(
                'span',
                { className: 'region-counts' },
                ` · ${formatCount(region.accountCount)} providers and direct-bill partners · `,
              ),
              severities(region.openFindingsBySeverity),
            ),
            h(
              'table',
              { className: 'overview-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, 'Partner'),
                  h('th', { scope: 'col' }, 'Roles'),
                  h('th', { scope: 'col' }, 'Counts'),
                  h('th', { scope: 'col' }, 'Open findings'),
                ),
              ),
              h(
                'tbody',
                {},
                region.accounts.map((account) =>
                  accountRow(account, () => deps.explorer.openRoot({ kind: 'PARTNER', id: account.id }, account.roles)),
                ),
              ),
            ),
            region.accountCount > region.accounts.length
              ? h(
                  'p',
                  { className: 'hint' },
                  `and ${formatCount(region.accountCount - region.accounts.length)} smaller ones: search them by name.`,
                )
              : null,
          ),
        ),
      );
    } catch (error) {
      loaded = false;
      clear(
        body,
        h(
          'p',
          { className: 'error', role: 'alert' },
          `The overview could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ),
        h('button', { type: 'button', onclick: () => void load() }, 'Try again'),
      );
    }
  };

  const show = (state: AppState) => {
    element.hidden = state.view.root !== null;
    if (!element.hidden && state.principal && !loaded) void load();
  };
  deps.store.subscribe((state, previous) => {
    if (state.view.root !== previous.view.root || state.principal !== previous.principal) show(state);
  });
  show(deps.store.get());
}
