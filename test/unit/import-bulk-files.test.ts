// The offline importer's CSV files: values exactly as given (quotes, commas and line breaks quoted, an empty text
// kept as a value, an absent one left empty), booleans and numbers as the importer reads them, nothing escaped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { createRandom } from '../../server/generate/prng';
import { BulkFiles, importerCell } from '../../server/import/bulk-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function filesIn(write: (files: BulkFiles) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'csp-bulk-'));
  dirs.push(dir);
  const files = new BulkFiles(dir);
  write(files);
  const { nodes, relationships } = files.close();
  return { files, read: (name: string) => readFileSync(path.join(dir, `${name}.csv`), 'utf8'), nodes, relationships };
}

describe('BulkFiles', () => {
  it('writes each value as it is, quoted only when it must be', () => {
    const { read, files } = filesIn((bulk) => {
      bulk.add('organizations', { id: 'o1', name: 'Contoso, "Europe"', country: 'FR' });
      bulk.add('organizations', { id: 'o2', name: '=SUM(A1)', country: undefined });
      bulk.add('organizations', { id: 'o3', name: 'two\nlines', country: '' });
      bulk.add('ownerships', {
        ownerId: 'o1',
        ownedId: 'o2',
        share: 0.5,
        directsManagement: true,
        since: '2020-01-01',
      });
    });
    expect(read('organizations')).toBe(
      [
        'id:ID(Organization),name,country,:LABEL',
        'o1,"Contoso, ""Europe""",FR,Organization',
        'o2,=SUM(A1),,Organization',
        'o3,"two\nlines","",Organization',
        '',
      ].join('\n'),
    );
    expect(read('owns')).toBe(
      [
        ':START_ID(Organization),:END_ID(Organization),:TYPE,share:double,directsManagement:boolean,since:date',
        'o1,o2,OWNS,0.5,true,2020-01-01',
        '',
      ].join('\n'),
    );
    expect(files.multiline).toBe(true);
  });

  it('says no field spans lines when none does, and names the files it wrote by kind', () => {
    const { files, nodes, relationships } = filesIn((bulk) => {
      bulk.addCountries(['FR', 'DE']);
      bulk.add('tenants', { id: 't1', kind: 'customer', cloud: 'commercial', country: 'FR' });
    });
    expect(files.multiline).toBe(false);
    expect(nodes.map((file) => path.basename(file)).sort()).toEqual(['countries.csv', 'tenants.csv']);
    expect(relationships.map((file) => path.basename(file))).toEqual(['tenantCountry.csv']);
  });

  it('writes cells as an RFC 4180 writer quoting empty texts and line breaks does', () => {
    const random = createRandom('importer-cells');
    const pieces = ['a', ' ', ',', '"', '""', '\n', '\r', '\r\n', 'Zoë', '東京', '=1', ';', "'"];
    for (let index = 0; index < 2000; index++) {
      const cells = Array.from({ length: random.int(1, 4) }, () => {
        if (random.chance(0.1)) return undefined;
        if (random.chance(0.1)) return random.chance(0.5) ? random.int(-5, 5) / 4 : random.chance(0.5);
        return Array.from({ length: random.int(0, 4) }, () => pieces[random.int(0, pieces.length - 1)]).join('');
      });
      const expected = stringify([cells], {
        quoted_match: [/^$/, /[\r\n]/],
        record_delimiter: 'unix',
        cast: { boolean: (value: boolean) => String(value) },
      });
      expect({ cells, line: `${cells.map(importerCell).join(',')}\n` }).toEqual({ cells, line: expected });
    }
  });
});
