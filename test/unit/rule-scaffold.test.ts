// `./csp new-rule`: the scaffold lands beside the rules, stays rejected until filled in, and never overwrites.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRule } from '../../server/rules/catalog';
import { parseFixture } from '../../server/rules/rule-fixture';
import { ScaffoldError, scaffoldRule } from '../../server/rules/scaffold-rule';

const temporary: string[] = [];

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rulesDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'csp-new-rule-'));
  temporary.push(dir);
  mkdirSync(path.join(dir, 'rules'));
  return path.join(dir, 'rules');
}

describe('scaffoldRule', () => {
  it('creates the rule, its anchors file and its fixture, all rejected until the placeholders are replaced', () => {
    const dir = rulesDir();
    const created = scaffoldRule('late-invoice', { rulesDir: dir, asOf: '2024-06-30' });
    expect(created.map((file) => path.basename(file))).toEqual([
      'late-invoice.cypher',
      'late-invoice.anchors.cypher',
      'late-invoice.fixture.json',
    ]);

    const ruleFile = path.join(dir, 'late-invoice.cypher');
    const anchors = readFileSync(path.join(dir, 'late-invoice.anchors.cypher'), 'utf8');
    const rule = parseRule(ruleFile, readFileSync(ruleFile, 'utf8'), anchors);
    expect(rule.id).toBe('late-invoice');
    expect(rule.problems.map((problem) => problem.message)).toEqual(
      ['title', 'severity', 'clause', 'description', 'remediation', 'subjects', 'partner', 'anchor'].map((key) =>
        expect.stringContaining(`still has a TODO placeholder in @${key}: write the real ${key}`),
      ),
    );

    // With the header written, the anchors file's placeholder is what remains.
    const written = readFileSync(ruleFile, 'utf8')
      .replace(/^\/\/ @subjects TODO.*$/m, '// @subjects partner')
      .replace(/^\/\/ @anchor TODO.*$/m, '// @anchor partner (p)')
      .replace(/^\/\/ @severity TODO.*$/m, '// @severity low')
      .replace(/^(\/\/ @\w+) TODO.*$/gm, '$1 Written.');
    expect(parseRule(ruleFile, written, anchors).problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('late-invoice.anchors.cypher still has a TODO placeholder: write the real mapping'),
    ]);

    const fixtureFile = path.join(dir, 'late-invoice.fixture.json');
    const fixture = parseFixture(fixtureFile, readFileSync(fixtureFile, 'utf8'));
    expect(fixture.fixture?.asOf).toBe('2024-06-30');
    expect(fixture.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('has no expect cases'),
      expect.stringContaining('has no silent cases'),
    ]);
  });

  it.each(['Late-Invoice', 'late_invoice', 'late--invoice', '-late', 'late-', '1-late', ''])(
    "refuses the id '%s', which is not kebab-case",
    (id) => {
      const dir = rulesDir();
      expect(() => scaffoldRule(id, { rulesDir: dir })).toThrow(/is not a rule id: write it in kebab-case/);
      expect(existsSync(path.join(dir, `${id}.cypher`))).toBe(false);
    },
  );

  it('refuses an id that exists, leaving its files as they were', () => {
    const dir = rulesDir();
    writeFileSync(path.join(dir, 'taken.cypher'), 'mine');
    writeFileSync(path.join(dir, 'taken.fixture.json'), 'mine too');
    writeFileSync(path.join(dir, 'taken.anchors.cypher'), 'mine three');
    expect(() => scaffoldRule('taken', { rulesDir: dir })).toThrow(ScaffoldError);
    expect(() => scaffoldRule('taken', { rulesDir: dir })).toThrow(/Rule 'taken' exists already .*: choose another id/);
    expect(readFileSync(path.join(dir, 'taken.cypher'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'taken.fixture.json'), 'utf8')).toBe('mine too');
  });

  it('adds only the missing files of an existing rule', () => {
    const dir = rulesDir();
    writeFileSync(path.join(dir, 'half-done.cypher'), 'mine');
    const created = scaffoldRule('half-done', { rulesDir: dir });
    expect(created).toEqual([path.join(dir, 'half-done.anchors.cypher'), path.join(dir, 'half-done.fixture.json')]);
    expect(readFileSync(path.join(dir, 'half-done.cypher'), 'utf8')).toBe('mine');
  });
});
