// Wires the page: one store, one API client, the explorer, and each module on the element it owns.
import './page.css';
import { createApi } from './api';
import { initialAppState } from './app-state';
import { sessionCredentials } from './credentials';
import { setupDetailsPanel } from './details-panel';
import { createExplorer } from './explorer';
import { setupFilters } from './filters-panel';
import { setupFindingsTable } from './findings-table';
import { setupGraphError } from './graph-error';
import { setupLegend } from './legend';
import { setupMainViews } from './main-views';
import { setupNetworkTable } from './network-table';
import { setupNetworkView } from './network-view';
import { setupPaneResizer } from './pane-resizer';
import { setupPanelTabs } from './panel-tabs';
import { setupReportActions, setupShareActions } from './report-actions';
import { setupSearch } from './search-box';
import { setupSession } from './session';
import { setupSignIn } from './sign-in';
import { setupStartPage } from './start-page';
import { setupStatusLine } from './status-line';
import { createStore } from './store';
import { setupToolbar } from './toolbar';
import { decodeViewState, encodeViewState } from './view-state';
import { setupWhatIf } from './what-if-form';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no element #${id}`);
  return found;
}

const credentials = sessionCredentials();
const api = createApi({ credentials: () => credentials.get() });
const store = createStore(initialAppState(decodeViewState(window.location.search)));
const explorer = createExplorer({
  api,
  store,
  history: {
    push: (query) => window.history.pushState(null, '', `${window.location.pathname}${query}`),
    replace: (query) => window.history.replaceState(null, '', `${window.location.pathname}${query}`),
  },
  encode: encodeViewState,
  forgetCredentials: () => credentials.clear(),
  hasCredentials: () => credentials.get() !== null,
});
window.addEventListener('popstate', () => explorer.restore(decodeViewState(window.location.search)));

const search = setupSearch(element('search'), {
  api,
  label: 'Search the graph',
  pick: (hit) => explorer.openRoot({ kind: hit.kind, id: hit.id }, hit.roles),
});
setupSignIn(element('sign-in'), { store, explorer, credentials, focusAfter: () => search.input.focus() });
setupSession(element('session'), { store, explorer });
setupFilters(element('filters'), { store, explorer });
setupLegend(element('legend'));
const renderer = setupNetworkView(element('network'), { store, explorer });
setupNetworkTable(element('network-table'), { store, explorer });
setupMainViews({ network: element('network'), table: element('network-table') }, { store });
setupStartPage(element('start'), { store, api, explorer });
setupGraphError(element('graph-error'), { store, explorer, back: () => window.history.back() });
setupPaneResizer(element('findings-resizer'), element('findings'), element('main'));
setupToolbar(element('toolbar'), { store, explorer, renderer });
setupShareActions(element('share-actions'), { store, renderer });
setupStatusLine(element('status'), { store, renderer });
setupFindingsTable(element('findings-list'), { store, explorer });
setupReportActions(element('report-actions'), { store, api });
const tabs = setupPanelTabs(element('panel-tabs'), [
  ['Details', element('details')],
  ['What-if', element('what-if')],
]);
const whatIf = setupWhatIf(element('what-if'), { store, api });
setupDetailsPanel(element('details'), {
  store,
  api,
  explorer,
  propose: (entity) => {
    whatIf.propose(entity);
    tabs.show('what-if');
  },
});
store.subscribe((state, previous) => {
  // A new selection brings the details forward.
  if (state.view.selection !== previous.view.selection && state.view.selection) tabs.show('details');
});

void explorer.start();
