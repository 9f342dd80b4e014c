// What every report format receives: the findings of one scan and the facts of the run that produced them.
import type { TrendRun } from '../../web/src/trend-chart';
import type { Finding } from '../scan/finding';

export interface ReportRule {
  id: string;
  title: string;
  severity: string;
  clause: string;
  description: string;
  remediation: string[];
}

export interface ReportInput {
  asOf: string;
  generatedAt: string;
  catalogVersion: string;
  rules: ReportRule[];
  findings: Finding[];
  /** Recorded runs up to this one, for the trend chart (absent: no chart). */
  runs?: TrendRun[];
}
