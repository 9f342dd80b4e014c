// docs/partner-center-import.md names every file of the export's layout and every field partner.json may hold, and
// the README links it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config';
import { PARTNER_JSON_FIELDS } from '../../server/import/partner-center/own-account';
import { EXPORT_LAYOUT } from '../../server/import/partner-center/read-export';

const doc = readFileSync(path.join(PROJECT_ROOT, 'docs', 'partner-center-import.md'), 'utf8');

/** The first cells of the table that follows a heading, each cell's backquoted names. */
function tableNames(heading: string): string[] {
  const section = doc.split(`\n${heading}\n`)[1]?.split('\n#')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

describe('docs/partner-center-import.md', () => {
  it('describes every file and folder of the layout', () => {
    const documented = tableNames('## The folder');
    for (const name of Object.values(EXPORT_LAYOUT)) {
      expect(
        documented.some((entry) => entry === name || entry.startsWith(`${name}.`) || entry.startsWith(`${name}/`)),
      ).toBe(true);
    }
  });

  it('describes every field of partner.json', () => {
    const documented = tableNames('### partner.json');
    const fields = [
      ...PARTNER_JSON_FIELDS.top.filter((field) => field !== 'account'),
      ...PARTNER_JSON_FIELDS.account.map((field) => `account.${field}`),
    ];
    expect(fields.filter((field) => !documented.includes(field))).toEqual([]);
    expect(documented.filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('is linked from the README', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/partner-center-import.md)');
  });
});
