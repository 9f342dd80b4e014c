// The CSV reader: header checks, cell conversion and line numbers, without a database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../server/import/import-error';
import type { CollectionKey } from '../../server/import/import-schema';
import type { RecordStream, SourceRecord } from '../../server/import/import-source';
import { openCsvFolder, parseCsvCollection } from '../../server/import/read-csv-folder';
import { validateRecords } from '../../server/import/validate-records';

function read(key: CollectionKey, text: string) {
  const issues: ImportIssue[] = [];
  const records = parseCsvCollection(text, key, `${key}.csv`, issues);
  const validation = validateRecords({ records: { [key]: records }, issues: [] });
  return { records, issues: [...issues, ...validation.issues], valid: validation.valid };
}

describe('parseCsvCollection', () => {
  it('converts cells by field type and leaves empty cells out', () => {
    const { records, issues } = read(
      'ownerships',
      'ownerId,ownedId,share,directsManagement,since\norg-a,org-b,0.6,true,2019-01-01\norg-a,org-c,1,,\n',
    );
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        at: { file: 'ownerships.csv', record: 'line 2' },
        value: { ownerId: 'org-a', ownedId: 'org-b', share: 0.6, directsManagement: true, since: '2019-01-01' },
      },
      { at: { file: 'ownerships.csv', record: 'line 3' }, value: { ownerId: 'org-a', ownedId: 'org-c', share: 1 } },
    ]);
  });

  it('splits roles at semicolons', () => {
    const { valid, issues } = read(
      'partners',
      'id,mpnId,name,organizationId,tenantId,country,roles\np-1,123,P1,o-1,t-1,FR,indirect-provider; direct-bill\n',
    );
    expect(issues).toEqual([]);
    expect(valid.partners[0]?.value.roles).toEqual(['indirect-provider', 'direct-bill']);
  });

  it('accepts the columns in any order, with a byte-order mark and CRLF line ends', () => {
    const { valid, issues } = read('organizations', '\uFEFFname,id\r\n"Contoso, Ltd",org-1\r\n');
    expect(issues).toEqual([]);
    expect(valid.organizations[0]?.value).toEqual({ id: 'org-1', name: 'Contoso, Ltd' });
  });

  it('keeps quotes, line breaks and spaces inside a quoted name, and counts lines from the record start', () => {
    const { valid, issues } = read('organizations', 'id,name\norg-1,"He said ""hi""\nand left "\norg-2,\n');
    expect(valid.organizations[0]?.value.name).toBe('He said "hi"\nand left ');
    expect(issues).toEqual([{ file: 'organizations.csv', record: 'line 4', field: 'name', reason: 'is required' }]);
  });

  it.each<[string, CollectionKey, string, Partial<ImportIssue>, RegExp]>([
    ['an empty file', 'tenants', '', { record: '', field: '' }, /empty; it needs at least the header row/],
    ['a file of blank lines', 'tenants', '\n\n', { record: '', field: '' }, /empty/],
    [
      'a missing required column',
      'tenants',
      'id,country\nt-1,FR\n',
      { record: 'line 1', field: 'kind' },
      /required column/,
    ],
    [
      'an unknown column',
      'tenants',
      'id,country,kind,region\nt-1,FR,csp,Europe\n',
      { record: 'line 1', field: 'region' },
      /not a field of tenants/,
    ],
    [
      'a column in the wrong case',
      'tenants',
      'id,country,kind,Cloud\nt-1,FR,csp,commercial\n',
      { record: 'line 1', field: 'Cloud' },
      /case-sensitive/,
    ],
    ['a column twice', 'organizations', 'id,name,name\no,n,n\n', { record: 'line 1', field: 'name' }, /twice/],
    [
      'a row with too few cells',
      'organizations',
      'id,name\no-1,One\no-2\n',
      { record: 'line 3', field: '' },
      /has 1 cells; the header has 2/,
    ],
    ['an unclosed quote', 'organizations', 'id,name\no-1,"One\n', { field: '' }, /not valid CSV: .*quote/i],
    [
      'a share that is no number',
      'ownerships',
      'ownerId,ownedId,share\na,b,60%\n',
      { record: 'line 2', field: 'share' },
      /must be a number, not the text '60%'/,
    ],
    [
      'a boolean other than true/false',
      'ownerships',
      'ownerId,ownedId,share,directsManagement\na,b,0.5,yes\n',
      { record: 'line 2', field: 'directsManagement' },
      /true or false/,
    ],
    [
      'empty roles',
      'partners',
      'id,mpnId,name,organizationId,tenantId,country,roles\np,1,P,o,t,FR,;\n',
      { record: 'line 2', field: 'roles' },
      /at least one role/,
    ],
  ])('refuses %s', (_name, key, text, where, reason) => {
    const { issues } = read(key, text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: `${key}.csv`, ...where });
    expect(issues[0]?.reason).toMatch(reason);
  });
});

describe('openCsvFolder', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function folderWith(files: Record<string, string>): string {
    folder = mkdtempSync(path.join(tmpdir(), 'csp-import-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    return folder;
  }

  async function recordsOf(stream: RecordStream, key: CollectionKey, issues: ImportIssue[] = []) {
    const records: SourceRecord[] = [];
    for await (const record of stream.records(key, issues)) records.push(record);
    return records;
  }

  it('reads the collections present and ignores files that are not CSV', async () => {
    const dir = folderWith({ 'organizations.csv': 'id,name\no-1,One\n', 'README.md': 'notes' });
    const stream = await openCsvFolder(dir);
    expect(stream.issues).toEqual([]);
    expect(stream.collections).toEqual(['organizations']);
    expect(await recordsOf(stream, 'organizations')).toEqual([
      { at: { file: path.join(dir, 'organizations.csv'), record: 'line 2' }, value: { id: 'o-1', name: 'One' } },
    ]);
  });

  it('streams a file as parseCsvCollection reads its text, problems included', async () => {
    const text = 'id,name,country\no-1,"Two\nlines",FR\n\no-2,Short\no-3,Three,DE\n';
    const dir = folderWith({ 'organizations.csv': text });
    const file = path.join(dir, 'organizations.csv');
    const streamed: ImportIssue[] = [];
    const parsed: ImportIssue[] = [];
    expect(await recordsOf(await openCsvFolder(dir), 'organizations', streamed)).toEqual(
      parseCsvCollection(text, 'organizations', file, parsed),
    );
    expect(streamed).toEqual(parsed);
    expect(parsed).toEqual([{ file, record: 'line 5', field: '', reason: 'has 2 cells; the header has 3' }]);
  });

  it('fails a second read of a file that changed after the first', async () => {
    const dir = folderWith({ 'organizations.csv': 'id,name\no-1,One\n' });
    const stream = await openCsvFolder(dir);
    await recordsOf(stream, 'organizations');
    writeFileSync(path.join(dir, 'organizations.csv'), 'id,name\no-1,Uno\n');
    await expect(recordsOf(stream, 'organizations')).rejects.toThrow(/changed while it was being imported/);
  });

  it('refuses an unknown CSV file, naming the expected ones', async () => {
    const dir = folderWith({ 'organizations.csv': 'id,name\no-1,One\n', 'partner.csv': 'id\n' });
    const stream = await openCsvFolder(dir);
    expect(stream.issues).toEqual([
      {
        file: path.join(dir, 'partner.csv'),
        record: '',
        field: '',
        reason: expect.stringMatching(/not a file of the import format .*partners\.csv/),
      },
    ]);
  });

  it('refuses a folder without CSV files', async () => {
    const dir = folderWith({});
    const stream = await openCsvFolder(dir);
    expect(stream.issues).toEqual([
      { file: dir, record: '', field: '', reason: expect.stringMatching(/holds none of the import's CSV files/) },
    ]);
  });
});
