// The refusal message: every problem readable, the list capped.
import { describe, expect, it } from 'vitest';
import { formatIssue, ImportError, inReadingOrder, LISTED_ISSUES, quote } from '../../server/import/import-error';

describe('ImportError', () => {
  it('lists each problem with its file, record and field', () => {
    const error = new ImportError([
      { file: 'partners.csv', record: 'line 7', field: 'mpnId', reason: 'must be digits only (at most 20)' },
      { file: 'data.json', record: '', field: '', reason: 'the file is empty' },
    ]);
    expect(error.message).toBe(
      [
        'The import was refused (2 problems); nothing was written:',
        "  partners.csv line 7, field 'mpnId': must be digits only (at most 20)",
        '  data.json: the file is empty',
      ].join('\n'),
    );
    expect(error.issues).toHaveLength(2);
  });

  it('caps the listing and says how many more there are', () => {
    const issues = Array.from({ length: LISTED_ISSUES + 7 }, (_, index) => ({
      file: 'data.json',
      record: `/tenants/${index}`,
      field: 'kind',
      reason: 'is required',
    }));
    const lines = new ImportError(issues).message.split('\n');
    expect(lines).toHaveLength(LISTED_ISSUES + 2);
    expect(lines.at(-1)).toBe('  ... and 7 more');
    expect(lines[1]).toBe(formatIssue(issues[0] as (typeof issues)[number]).replace(/^/, '  '));
  });
});

describe('quote', () => {
  it('shortens long values and says how long they were', () => {
    expect(quote('x'.repeat(100), 10)).toBe("'xxxxxxxxxx... (100 characters)'");
    expect(quote('short')).toBe("'short'");
    expect(quote(1.5)).toBe("'1.5'");
  });
});

describe('inReadingOrder', () => {
  it('keeps files and collections in the order they first appear and sorts records by number', () => {
    const issue = (file: string, record: string, field = 'id') => ({ file, record, field, reason: 'r' });
    const ordered = inReadingOrder([
      issue('data.json', '/tenants/10'),
      issue('data.json', '/partners/2'),
      issue('data.json', '/tenants/2', 'kind'),
      issue('b.csv', 'line 12'),
      issue('data.json', '/tenants/2', 'country'),
      issue('b.csv', 'line 3'),
      issue('data.json', ''),
    ]);
    expect(ordered.map((i) => `${i.file} ${i.record} ${i.field}`)).toEqual([
      'data.json /tenants/2 kind',
      'data.json /tenants/2 country',
      'data.json /tenants/10 id',
      'data.json /partners/2 id',
      'b.csv line 3 id',
      'b.csv line 12 id',
      'data.json  id',
    ]);
  });
});
