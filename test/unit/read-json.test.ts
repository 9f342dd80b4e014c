import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../server/import/read-json';

function reasonOf(text: string): string {
  const parsed = parseJsonText(text, 'import.json');
  if (parsed.ok) throw new Error('expected a parse error');
  return parsed.issue.reason;
}

describe('parseJsonText', () => {
  it('reports a syntax error on one line without echoing the file', () => {
    const reason = reasonOf('x\n{"partners": [{"id": "secret-tenant-id"}]}');
    expect(reason).toMatch(/^is not valid JSON: Unexpected token 'x'/);
    expect(reason).not.toContain('\n');
    expect(reason).not.toContain('secret-tenant-id');
  });

  it('says where it stopped when the parser names a position', () => {
    const parsed = parseJsonText('[\n"a"\nx]', 'import.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issue.record).toBe('line 3, column 1');
  });

  it('tells a cut-off file from a malformed one', () => {
    expect(reasonOf('{"partners": [')).toMatch(/ends too early/);
  });
});
