// Findings as Markdown: a summary table, then each finding with its clause, evidence and remediation.
import type { ReportInput } from './report-input';
import { summarize } from './summarize';

/** Keeps entity names (which come from imported data) from breaking tables or adding markup. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function toMarkdown(input: ReportInput): string {
  const summary = summarize(input.findings);
  const lines: string[] = [
    '# CSP compliance report',
    '',
    `As of **${input.asOf}** · generated ${input.generatedAt} · rule catalog ${input.catalogVersion} · **${summary.total}** findings`,
    '',
    '| severity | findings |',
    '|---|---:|',
    ...Object.entries(summary.bySeverity).map(([severity, count]) => `| ${severity} | ${count} |`),
    '',
    '| rule | findings |',
    '|---|---:|',
    ...summary.byRule.map((c) => `| ${md(c.key)} — ${md(c.label)} | ${c.count} |`),
    '',
    '| region | findings |',
    '|---|---:|',
    ...summary.byRegion.map((c) => `| ${md(c.label)} | ${c.count} |`),
    '',
    '## Findings',
  ];
  for (const f of input.findings) {
    lines.push(
      '',
      `### ${f.severity.toUpperCase()} · ${md(f.ruleId)}`,
      '',
      md(f.message),
      '',
      `- Clause: ${md(f.clause)}`,
      `- Evidence: ${f.evidence.nodes.map((n) => `${md(n.label)} ${md(n.name ?? n.id)} (\`${n.id.replaceAll('`', '')}\`)`).join(', ')}`,
      ...f.evidence.edges.map((e) => `  - \`${e.from.replaceAll('`', '')}\` ${e.type} \`${e.to.replaceAll('`', '')}\``),
      '- Remediation:',
      ...f.remediation.map((r) => `  - ${md(r)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
