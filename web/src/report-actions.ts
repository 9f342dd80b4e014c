// Reports and sharing: the findings as CSV, the printable report, the network as PNG, and a link to this view.
import { todayIso } from '../../server/shared/dates';
import type { Api } from './api';
import type { AppState } from './app-state';
import { clear, download, h } from './dom';
import type { NetworkRenderer } from './network-renderer';
import type { Store } from './store';

export interface ReportDeps {
  store: Store<AppState>;
  api: Pick<Api, 'report'>;
}

export interface ShareDeps {
  store: Store<AppState>;
  renderer: NetworkRenderer;
}

function say(status: HTMLElement, text: string): void {
  status.textContent = text;
}

/** The findings buttons: what the list shows (same filters, same scan), rendered by the server's report formats. */
export function setupReportActions(element: HTMLElement, deps: ReportDeps): void {
  const status = h('span', { className: 'action-status', role: 'status' });
  const query = () => {
    const { view, findings } = deps.store.get();
    const { regions, ruleIds, severities } = view.filters;
    return { regions, ruleIds, severities, runId: findings.runId };
  };
  const csv = h('button', { type: 'button' }, 'Download CSV');
  csv.addEventListener('click', async () => {
    say(status, 'Preparing the CSV…');
    try {
      const blob = await deps.api.report('csv', query());
      download(blob, `csp-findings-${todayIso()}.csv`);
      say(status, 'CSV downloaded.');
    } catch (error) {
      say(status, `The CSV could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const report = h('button', { type: 'button' }, 'Open printable report');
  report.addEventListener('click', async () => {
    // Opened now, while the click still counts as the user's, so no pop-up blocker stops it; filled when ready.
    const tab = window.open('', '_blank');
    say(status, 'Preparing the report…');
    try {
      const blob = await deps.api.report('html', query());
      const url = URL.createObjectURL(blob);
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      say(status, 'The report opened in a new tab.');
    } catch (error) {
      tab?.close();
      say(status, `The report could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  clear(element, csv, report, status);
}

/** The network buttons: export what is drawn as PNG, copy a link that reopens this exact view. */
export function setupShareActions(element: HTMLElement, deps: ShareDeps): void {
  const status = h('span', { className: 'action-status', role: 'status' });
  const png = h('button', { type: 'button', title: 'Save the whole network as an image' }, 'Export PNG');
  png.addEventListener('click', async () => {
    try {
      const blob = await deps.renderer.exportPng();
      const root = deps.store.get().graph.rootKey ?? 'network';
      download(blob, `csp-network-${root.replace(/[^\w.-]+/g, '-')}.png`);
      say(status, 'Image saved.');
    } catch (error) {
      say(status, error instanceof Error ? error.message : String(error));
    }
  });
  const link = h(
    'button',
    { type: 'button', title: 'The link holds the root, the filters and the selection' },
    'Copy link',
  );
  link.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      say(status, 'Link copied.');
    } catch {
      // Without clipboard access (an insecure origin), show the link to copy by hand.
      window.prompt('Copy this link:', window.location.href);
    }
  });
  const update = (state: AppState) => {
    png.disabled = state.graph.nodes.size === 0;
  };
  deps.store.subscribe((state, previous) => {
    if (state.graph !== previous.graph) update(state);
  });
  update(deps.store.get());
  clear(element, png, link, status);
}
