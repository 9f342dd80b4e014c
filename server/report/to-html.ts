// Findings as one self-contained, printable HTML page: summary by rule, severity, region and partner, then each finding.
import { trendChartSvg } from '../../web/src/trend-chart';
import type { Finding } from '../scan/finding';
import { escapeHtml as h } from './html-escape';
import type { ReportInput } from './report-input';
import { type Count, summarize } from './summarize';

const STYLE = `
  body { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
  .meta { color: #57606a; } table { border-collapse: collapse; margin: .5rem 0 1rem; }
  th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 2rem; }
  .finding { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 4px; padding: .6rem 1rem; margin: .8rem 0; break-inside: avoid; }
  .sev { display: inline-block; font-weight: 600; text-transform: uppercase; font-size: .75rem; padding: .05rem .4rem; border-radius: 3px; color: #fff; }
  .critical { border-left-color: #a40e26; } .sev.critical { background: #a40e26; }
  .high { border-left-color: #bc4c00; } .sev.high { background: #bc4c00; }
  .medium { border-left-color: #9a6700; } .sev.medium { background: #9a6700; }
  .low { border-left-color: #57606a; } .sev.low { background: #57606a; }
  code { font-size: .85em; background: #f6f8fa; padding: 0 .2rem; border-radius: 3px; word-break: break-all; }
  @media print { body { margin: 0; max-width: none; } .finding { page-break-inside: avoid; } }
`;

function countTable(title: string, counts: Count[]): string {
  const rows = counts.map((c) => `<tr><td>${h(c.label)}</td><td class="n">${c.count}</td></tr>`).join('');
  return `<table><thead><tr><th>${h(title)}</th><th>findings</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingHtml(f: Finding): string {
  const names = new Map(f.evidence.nodes.map((n) => [n.id, n.name ?? n.id]));
  const nodes = f.evidence.nodes
    .map((n) => `<li>${h(n.label)} <strong>${h(n.name ?? '')}</strong> <code>${h(n.id)}</code></li>`)
    .join('');
  const edges = f.evidence.edges
    .map((e) => `<li>${h(names.get(e.from) ?? e.from)} <code>${h(e.type)}</code> ${h(names.get(e.to) ?? e.to)}</li>`)
    .join('');
  const remediation = f.remediation.map((r) => `<li>${h(r)}</li>`).join('');
  return `<section class="finding ${h(f.severity)}" id="${h(encodeURIComponent(f.key))}">
  <p><span class="sev ${h(f.severity)}">${h(f.severity)}</span> <strong>${h(f.title)}</strong> <code>${h(f.ruleId)}</code></p>
  <p>${h(f.message)}</p>
  <p class="meta">Clause: ${h(f.clause)}${f.region ? ` · Region: ${h(f.region)}` : ''}</p>
  <div class="grid"><div><h4>Evidence</h4><ul>${nodes}</ul><ul>${edges}</ul></div>
  <div><h4>Remediation</h4><ul>${remediation}</ul></div></div>
</section>`;
}

export function toHtml(input: ReportInput): string {
  const summary = summarize(input.findings);
  const severities = Object.entries(summary.bySeverity).map(([key, count]) => ({ key, label: key, count }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CSP compliance report as of ${h(input.asOf)}</title><style>${STYLE}</style></head>
<body>
<h1>CSP compliance report</h1>
<p class="meta">As of <strong>${h(input.asOf)}</strong> · generated ${h(input.generatedAt)} · rule catalog ${h(input.catalogVersion)} · <strong>${summary.total}</strong> findings</p>
<h2>Summary</h2>
<div class="grid">${countTable('severity', severities)}${countTable('region', summary.byRegion)}</div>
${countTable('rule', summary.byRule)}
${input.runs && input.runs.length > 0 ? `<h2>Trend over recorded runs</h2>\n${trendChartSvg(input.runs, 'severity')}\n${trendChartSvg(input.runs, 'rule')}` : ''}
${countTable('partner account', summary.byPartner.slice(0, 50))}
<h2>Findings</h2>
${input.findings.length === 0 ? '<p>No findings: every rule of the catalog held.</p>' : input.findings.map(findingHtml).join('\n')}
</body></html>
`;
}
