// The filters: region, rule, severity, partner role and the as-of date, with the number of findings behind each.

import { isRealDate } from '../../server/shared/dates';
import { PARTNER_ROLES, SEVERITIES } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { roleNoun, severityWord } from './entity-words';
import type { Explorer } from './explorer';
import { isoDateInput } from './iso-date';
import type { Store } from './store';
import type { Filters } from './view-state';
import { SEVERITY_COLOURS } from './visual-vocabulary';

export interface FiltersDeps {
  store: Store<AppState>;
  explorer: Explorer;
}

type ListFilter = 'regions' | 'ruleIds' | 'severities' | 'roles';

export function setupFilters(element: HTMLElement, deps: FiltersDeps): void {
  const change = (patch: Partial<Filters>) =>
    deps.explorer.changeView((view) => ({ ...view, filters: { ...view.filters, ...patch } }));

  const toggle = (name: ListFilter, value: string, on: boolean) => {
    const current = deps.store.get().view.filters[name] as string[];
    const next = on ? [...current, value] : current.filter((item) => item !== value);
    change({ [name]: next } as Partial<Filters>);
  };

  const checkbox = (
    name: ListFilter,
    value: string,
    label: Node | string,
    count: number | string | null,
    checked: boolean,
  ) =>
    h(
      'label',
      { className: 'check' },
      h('input', {
        type: 'checkbox',
        name,
        value,
        checked,
        onchange: (event: Event) => toggle(name, value, (event.target as HTMLInputElement).checked),
      }),
      h('span', { className: 'check-label' }, label),
      count !== null ? h('span', { className: 'count', title: 'findings' }, count) : null,
    );

  /** Counts once the findings are loaded; until then a placeholder, never a misleading 0. */
  const countsOf = (facets: { value: string; count: number }[], ready: boolean) => {
    const counts = new Map(facets.map((f) => [f.value, f.count]));
    return { get: (value: string) => (ready ? (counts.get(value) ?? 0) : '…') };
  };

  const render = (state: AppState) => {
    const { filters } = state.view;
    const ready = state.findings.status.state === 'ready';
    const severityCounts = countsOf(state.findings.facets.severities, ready);
    const ruleCounts = countsOf(state.findings.facets.rules, ready);
    const regionCounts = countsOf(state.findings.facets.regions, ready);
    const asOf = isoDateInput({ id: 'filter-as-of', value: filters.asOf ?? '' });
    // A complete date applies as soon as it is typed; clearing the field applies when it is left.
    asOf.addEventListener('input', () => {
      if (isRealDate(asOf.value)) change({ asOf: asOf.value });
    });
    asOf.addEventListener('change', () => {
      if (asOf.value === '') change({ asOf: null });
    });
    const active =
      filters.regions.length + filters.ruleIds.length + filters.severities.length + filters.roles.length > 0 ||
      filters.asOf !== null;
    clear(
      element,
      h(
        'div',
        { className: 'panel-heading' },
        h('h2', {}, 'Filters'),
        active
          ? h(
              'button',
              {
                type: 'button',
                className: 'link',
                onclick: () => change({ regions: [], ruleIds: [], severities: [], roles: [], asOf: null }),
              },
              'Clear all',
            )
          : null,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Severity'),
        SEVERITIES.map((severity) =>
          checkbox(
            'severities',
            severity,
            h(
              'span',
              {},
              h('span', { className: 'swatch', style: `background:${SEVERITY_COLOURS[severity]}` }),
              severityWord(severity),
            ),
            severityCounts.get(severity),
            filters.severities.includes(severity),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Partner role'),
        PARTNER_ROLES.map((role) => checkbox('roles', role, roleNoun(role), null, filters.roles.includes(role))),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'As of'),
        h('label', { for: 'filter-as-of', className: 'visually-hidden' }, 'As-of date'),
        asOf,
        h(
          'p',
          { className: 'hint' },
          filters.asOf ? 'Relationships active on that date; findings of its scan.' : 'Today, with every relationship.',
        ),
      ),
      h(
        'details',
        { open: filters.regions.length > 0 },
        h('summary', {}, 'Region', filters.regions.length ? ` (${filters.regions.length})` : ''),
        h(
          'fieldset',
          { className: 'scroll-list' },
          h('legend', { className: 'visually-hidden' }, 'Region'),
          state.catalog.regions.map((region) =>
            checkbox('regions', region, region, regionCounts.get(region), filters.regions.includes(region)),
          ),
        ),
      ),
      h(
        'details',
        { open: filters.ruleIds.length > 0 },
        h('summary', {}, 'Rule', filters.ruleIds.length ? ` (${filters.ruleIds.length})` : ''),
        h(
          'fieldset',
          { className: 'scroll-list' },
          h('legend', { className: 'visually-hidden' }, 'Rule'),
          state.catalog.rules.map((rule) =>
            checkbox(
              'ruleIds',
              rule.id,
              h('span', { title: rule.description }, rule.title),
              ruleCounts.get(rule.id),
              filters.ruleIds.includes(rule.id),
            ),
          ),
        ),
      ),
    );
  };

  deps.store.subscribe((state, previous) => {
    if (
      state.view.filters !== previous.view.filters ||
      state.findings.facets !== previous.findings.facets ||
      state.catalog !== previous.catalog
    ) {
      // Re-rendering moves focus out of the list; put it back on the control the user was using.
      const focused = document.activeElement as HTMLInputElement | null;
      const key = focused && element.contains(focused) ? `${focused.name}|${focused.value}|${focused.id}` : null;
      const openDetails = [...element.querySelectorAll('details')].map((d) => d.open);
      render(state);
      element.querySelectorAll('details').forEach((d, i) => {
        if (openDetails[i]) d.open = true;
      });
      if (key) {
        const again = [...element.querySelectorAll<HTMLInputElement>('input')].find(
          (input) => `${input.name}|${input.value}|${input.id}` === key,
        );
        again?.focus();
      }
    }
  });
  render(deps.store.get());
}
