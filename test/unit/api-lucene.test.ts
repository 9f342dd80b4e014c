// The search text -> Lucene query translation: every special character escaped, words as prefixes.
import { describe, expect, it } from 'vitest';
import { escapeLucene, fullTextQuery } from '../../server/api/data/lucene';

describe('escapeLucene', () => {
  it('escapes every character of the Lucene query syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });

  it('leaves letters, digits and spaces alone', () => {
    expect(escapeLucene('Contoso Europe 42')).toBe('Contoso Europe 42');
  });
});

describe('fullTextQuery', () => {
  it('searches the text as a phrase or every word as a prefix', () => {
    expect(fullTextQuery('Fabrikam Fr')).toBe('"Fabrikam Fr" OR (fabrikam* AND fr*)');
  });

  it('keeps operators typed by a person as plain words', () => {
    expect(fullTextQuery('a OR b')).toBe('"a OR b" OR (a* AND or* AND b*)');
  });

  it('escapes quotes inside the phrase and drops punctuation from the words', () => {
    expect(fullTextQuery('x") OR *')).toBe('"x\\"\\) OR \\*" OR (x* AND or*)');
    expect(fullTextQuery('*')).toBe('"\\*"');
  });
});
