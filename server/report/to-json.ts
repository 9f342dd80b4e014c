// Findings as one JSON document: the run's facts, the summary and every finding with its evidence.
import type { ReportInput } from './report-input';
import { summarize } from './summarize';

export function toJson(input: ReportInput): string {
  const { findings, rules, ...run } = input;
  return `${JSON.stringify({ ...run, summary: summarize(findings), rules, findings }, null, 2)}\n`;
}
