// Open findings over recorded scan runs as a line chart in plain SVG (no library): one line per severity or per rule,
// oldest run on the left. Pure: run data in, SVG text out, so the explorer and the HTML report draw the same chart.

export interface TrendRun {
  startedAt: string;
  bySeverity: Record<string, number>;
  ruleIds: string[];
  ruleFindings: number[];
}

export type TrendBy = 'severity' | 'rule';

/** How many recorded runs the chart shows, the latest ones (in the HTML report and on the explorer's overview). */
export const TREND_RUNS = 30;

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
const SEVERITY_COLORS: Record<string, string> = {
  critical: '#b3001b',
  high: '#e4572e',
  medium: '#f3a712',
  low: '#4c8bf5',
};
const PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 44, right: 170, top: 12, bottom: 28 };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Each series' counts, run by run (oldest first); a rule a run did not evaluate counts as 0 there. */
export function trendSeries(runs: readonly TrendRun[], by: TrendBy): { name: string; counts: number[] }[] {
  const ordered = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (by === 'severity') {
    return SEVERITY_ORDER.map((name) => ({ name, counts: ordered.map((run) => run.bySeverity[name] ?? 0) }));
  }
  const names = [...new Set(ordered.flatMap((run) => run.ruleIds.filter((_, i) => run.ruleFindings[i] !== undefined)))];
  return names.sort().map((name) => ({
    name,
    counts: ordered.map((run) => {
      const index = run.ruleIds.indexOf(name);
      return index < 0 ? 0 : (run.ruleFindings[index] ?? 0);
    }),
  }));
}

/** The chart as an SVG element's text; with fewer than one run, a note instead of axes. */
export function trendChartSvg(runs: readonly TrendRun[], by: TrendBy, title = `Open findings by ${by}`): string {
  const series = trendSeries(runs, by);
  const points = runs.length;
  const top = Math.max(1, ...series.flatMap((s) => s.counts));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points <= 1 ? plotWidth / 2 : (i * plotWidth) / (points - 1));
  const y = (n: number) => PAD.top + plotHeight - (n / top) * plotHeight;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>`;
  if (points === 0)
    return `${head}<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">No recorded runs yet</text></svg>`;
  const axes = [
    `<line x1="${PAD.left}" y1="${y(0)}" x2="${PAD.left + plotWidth}" y2="${y(0)}" stroke="#888"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${y(0)}" stroke="#888"/>`,
    `<text x="${PAD.left - 6}" y="${y(top) + 4}" text-anchor="end" font-size="11">${top}</text>`,
    `<text x="${PAD.left - 6}" y="${y(0) + 4}" text-anchor="end" font-size="11">0</text>`,
    `<text x="${x(0)}" y="${HEIGHT - 8}" font-size="11">${escapeXml(
      [...runs]
        .map((r) => r.startedAt)
        .sort()[0]
        ?.slice(0, 10) ?? '',
    )}</text>`,
  ];
  const lines = series.map((s, index) => {
    const color = (by === 'severity' ? SEVERITY_COLORS[s.name] : undefined) ?? PALETTE[index % PALETTE.length];
    const path = s.counts.map((n, i) => `${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(' ');
    const dots = s.counts
      .map(
        (n, i) =>
          `<circle cx="${x(i).toFixed(1)}" cy="${y(n).toFixed(1)}" r="2.5" fill="${color}"><title>${escapeXml(s.name)}: ${n}</title></circle>`,
      )
      .join('');
    const legendY = PAD.top + 14 * index + 10;
    return (
      `<g class="series" data-series="${escapeXml(s.name)}"><polyline fill="none" stroke="${color}" stroke-width="2" points="${path}"/>${dots}` +
      `<rect x="${WIDTH - PAD.right + 12}" y="${legendY - 8}" width="10" height="10" fill="${color}"/>` +
      `<text x="${WIDTH - PAD.right + 26}" y="${legendY + 1}" font-size="11">${escapeXml(s.name)} (${s.counts.at(-1) ?? 0})</text></g>`
    );
  });
  return `${head}${axes.join('')}${lines.join('')}</svg>`;
}
