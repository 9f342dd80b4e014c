// Why an import was refused: every problem names the file, the record, the field and the reason.

/** One problem with the input. `record` is a JSON pointer (`/partners/3`) or a CSV line (`line 7`); empty when the
 * problem is the whole file. `field` is empty when the problem is the whole record. */
export interface ImportIssue {
  file: string;
  record: string;
  field: string;
  reason: string;
}

/** How many problems the error message lists before it says how many more there are. */
export const LISTED_ISSUES = 50;

export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.record].filter((part) => part !== '').join(' ');
  return `${where}${issue.field ? `, field '${issue.field}'` : ''}: ${issue.reason}`;
}

function describe(issues: readonly ImportIssue[]): string {
  const count = issues.length === 1 ? 'one problem' : `${issues.length.toLocaleString('en-US')} problems`;
  const listed = issues.slice(0, LISTED_ISSUES).map((issue) => `  ${formatIssue(issue)}`);
  const rest = issues.length - listed.length;
  if (rest > 0) listed.push(`  ... and ${rest.toLocaleString('en-US')} more`);
  return `The import was refused (${count}); nothing was written:\n${listed.join('\n')}`;
}

/** Orders problems as the input is read: by file and collection as they first appear, then by record number, so the
 * problems of one record stand together. */
export function inReadingOrder(issues: readonly ImportIssue[]): ImportIssue[] {
  const groups = new Map<string, number>();
  const keyed = issues.map((issue, index) => {
    const [, prefix = '', number = '-1'] = /^(.*?)(\d*)$/.exec(issue.record) ?? [];
    const group = `${issue.file}\u0000${prefix}`;
    if (!groups.has(group)) groups.set(group, groups.size);
    return { issue, group: groups.get(group) as number, number: Number(number || -1), index };
  });
  keyed.sort((a, b) => a.group - b.group || a.number - b.number || a.index - b.index);
  return keyed.map((entry) => entry.issue);
}

export class ImportError extends Error {
  override name = 'ImportError';
  readonly issues: readonly ImportIssue[];
  constructor(issues: readonly ImportIssue[], options?: ErrorOptions) {
    super(describe(issues), options);
    this.issues = issues;
  }
}

/** A value as an error message shows it: quoted, and cut short so a huge value cannot flood the message. */
export function quote(value: unknown, limit = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const shown =
    text.length > limit ? `${text.slice(0, limit)}... (${text.length.toLocaleString('en-US')} characters)` : text;
  return `'${shown}'`;
}
