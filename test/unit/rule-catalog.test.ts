// The rule catalog: the product's rules are sound, and every kind of broken rule, fixture or doc is caught.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOUDS, MPA_REQUIRED_FROM } from '../../server/model/graph-model';
import { anchoredStatement, partStatement } from '../../server/rules/anchors';
import { CatalogError, type CatalogProblem, loadCatalog, parseRule } from '../../server/rules/catalog';
import { DOC_TABLES, RULE_TABLE, SUBJECTS_TABLE, updateRulesDoc } from '../../server/rules/rules-doc';
import { validateCatalog } from '../../server/rules/validate-catalog';

describe("the product's catalog", () => {
  it('has no problems: headers, fixtures and the generated docs tables agree', () => {
    expect(validateCatalog()).toEqual([]);
  });

  it('reads each header into a rule definition', () => {
    const rule = loadCatalog().find((candidate) => candidate.id === 'mpa-not-signed');
    expect(rule).toMatchObject({
      id: 'mpa-not-signed',
      severity: 'high',
      subjects: [
        ['partner', 'subscription'],
        ['partner', 'provider', 'reseller'],
      ],
      file: 'cypher/rules/mpa-not-signed.cypher',
    });
    expect(rule?.remediation.length).toBeGreaterThanOrEqual(2);
    expect(rule?.description).toMatch(/ 2020-02-01 .* on its own\.$/);
    expect(rule?.cypher).not.toMatch(/@id|;\s*$/);
    expect(rule?.source).toMatch(/^\/\/ @id mpa-not-signed\n/);
  });

  it('dates the MPA requirement as the graph model does', () => {
    const rule = loadCatalog().find((candidate) => candidate.id === 'mpa-not-signed');
    expect(rule?.cypher).toContain(`date('${MPA_REQUIRED_FROM}') AS requiredFrom`);
  });

  it('starts cross-cloud-link from every cloud but the commercial one', () => {
    const rule = loadCatalog().find((candidate) => candidate.id === 'cross-cloud-link');
    const lists = [...(rule?.cypher ?? '').matchAll(/t\.cloud IN \[([^\]]*)\]/g)].map((match) =>
      (match[1] ?? '').split(',').map((cloud) => cloud.trim().replace(/'/g, '')),
    );
    // One search per start block: customers, partners, subscriptions.
    expect(lists.length).toBe(3);
    for (const list of lists) expect(list.sort()).toEqual(CLOUDS.filter((cloud) => cloud !== 'commercial').sort());
  });
});

describe('the generated docs tables', () => {
  it('list every rule with its subject forms and partner, and the catalog most severe first', () => {
    const rules = loadCatalog();
    const subjects = SUBJECTS_TABLE.render(rules).split('\n');
    expect(subjects.slice(0, 2)).toEqual(['| rule | subjects | partnerId |', '|---|---|---|']);
    expect(subjects.slice(2).map((row) => row.split(' | ')[0]?.slice(2))).toEqual(rules.map((rule) => rule.id).sort());
    expect(subjects).toContain(
      '| mpa-not-signed | partner, subscription — or — partner, provider, reseller | the partner that has not signed |',
    );
    const catalog = RULE_TABLE.render(rules).split('\n').slice(2);
    expect(catalog).toHaveLength(rules.length);
    expect(catalog.at(-1)).toMatch(/^\| `cross-cloud-link` \| low \| /);
  });
});

// A catalog of one sound rule in a temporary folder, which each test breaks in one way.
const HEADER = {
  id: 'sample-rule',
  title: 'Sample finding',
  severity: 'high',
  clause: 'csp-partner-relationships, sample scenario 5',
  description: 'A partner account sells to itself.',
  remediation: 'Stop selling to yourself.',
  subjects: 'partner, customer',
  partner: 'the partner',
  anchor: 'partner (p)',
};

const ANCHORS = `UNWIND $touched.Partner AS anchor
RETURN anchor;
`;

const QUERY = `WITH date($asOf) AS asOf
MATCH (p:Partner)-[:SELLS_TO]->(c:Customer)
RETURN [p.id, c.id] AS subjects, "Partner '" + p.name + "' sells." AS message, [] AS nodes, [] AS edges,
       null AS region, p.id AS partnerId;
`;

const DATA = {
  format: 'csp-graph',
  version: 1,
  organizations: [{ id: 'o-one', name: 'One' }],
  tenants: [
    { id: 't-p-one', country: 'US', kind: 'csp' },
    { id: 't-c-one', country: 'US', kind: 'customer' },
  ],
  partners: [
    {
      id: 'p-one',
      mpnId: '1',
      name: 'One',
      organizationId: 'o-one',
      tenantId: 't-p-one',
      country: 'US',
      roles: ['direct-bill'],
    },
  ],
  customers: [
    { id: 'c-one', name: 'Customer One', tenantId: 't-c-one', country: 'US' },
    { id: 'c-two', name: 'Customer Two', tenantId: 't-c-one', country: 'US' },
  ],
};

const FIXTURE = {
  asOf: '2024-06-30',
  data: DATA,
  expect: [{ subjects: ['p-one', 'c-one'], case: 'flag: the sample' }],
  silent: [{ subjects: ['p-one', 'c-two'], case: 'not: the other sample' }],
};

function ruleText(header: Record<string, string>, query = QUERY): string {
  const lines = Object.entries(header).map(([key, value]) => `// @${key} ${value}`);
  return `${lines.join('\n')}\n\n${query}`;
}

/** A docs page with the generated tables' markers, empty until updateRulesDoc fills them. */
function rulesDocText(): string {
  return ['# Rules', '', ...DOC_TABLES.flatMap((table) => [table.start, table.end, '']), ''].join('\n');
}

const temporary: string[] = [];

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Sandbox {
  rulesDir: string;
  rulesDoc: string;
  write(name: string, content: string | object): void;
  problems(): CatalogProblem[];
}

/** A sound one-rule catalog, its docs table current; tests then break one thing. */
function sandbox(): Sandbox {
  const root = mkdtempSync(path.join(os.tmpdir(), 'csp-rules-'));
  temporary.push(root);
  const rulesDir = path.join(root, 'rules');
  mkdirSync(rulesDir);
  const rulesDoc = path.join(root, 'rules.md');
  const write = (name: string, content: string | object) =>
    writeFileSync(
      path.join(rulesDir, name),
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  write('sample-rule.cypher', ruleText(HEADER));
  write('sample-rule.fixture.json', FIXTURE);
  write('sample-rule.anchors.cypher', ANCHORS);
  writeFileSync(rulesDoc, rulesDocText());
  updateRulesDoc(rulesDir, rulesDoc);
  return { rulesDir, rulesDoc, write, problems: () => validateCatalog({ rulesDir, rulesDoc }) };
}

/** Asserts exactly one problem, matching `pattern`, that also says what to do. */
function expectOneProblem(problems: CatalogProblem[], pattern: RegExp): void {
  expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(pattern)]);
  expect(problems[0]?.message).toMatch(/: .*\b(add|use|set|rename|create|run|write|keep|make|give|delete|list|fix)\b/i);
}

describe('validateCatalog', () => {
  it('finds nothing wrong with the sound sample', () => {
    expect(sandbox().problems()).toEqual([]);
  });

  it('rejects a missing header key', () => {
    const box = sandbox();
    const { title: _title, ...rest } = HEADER;
    box.write('sample-rule.cypher', ruleText(rest));
    expectOneProblem(box.problems(), /sample-rule\.cypher has no @title: add a line `\/\/ @title \.\.\.`/);
  });

  it('rejects an unknown header key', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, author: 'someone' }));
    expectOneProblem(box.problems(), /unknown header key @author: use only @id, @title/);
  });

  it('rejects a key given twice', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', `// @title Another title\n${ruleText(HEADER)}`);
    expectOneProblem(box.problems(), /has @title 2 times: keep one/);
  });

  it('rejects a rule or an anchors mapping that uses a variable anchored runs reserve', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText(HEADER, QUERY.replace('AS asOf', 'AS asOf, 1 AS catalogRule')));
    expectOneProblem(box.problems(), /sample-rule\.cypher uses the variable catalogRule, which anchored runs reserve/);
    const other = sandbox();
    other.write('sample-rule.anchors.cypher', 'UNWIND $touched.Partner AS anchorId\nRETURN anchorId AS anchor;\n');
    expectOneProblem(
      other.problems(),
      /sample-rule\.anchors\.cypher uses the variable anchorId, which anchored runs reserve/,
    );
  });

  it('rejects an unknown severity', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, severity: 'urgent' }));
    expectOneProblem(box.problems(), /@severity 'urgent': use one of critical, high, medium, low/);
  });

  it('rejects an id unlike its file name', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, id: 'other-rule' }));
    expectOneProblem(box.problems(), /has @id other-rule, but the id must equal the file name/);
  });

  it('rejects two rules with one id', () => {
    const box = sandbox();
    box.write('another-rule.cypher', ruleText(HEADER));
    box.write('another-rule.fixture.json', FIXTURE);
    const messages = box.problems().map((problem) => problem.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /sample-rule\.cypher repeats the id sample-rule of .*another-rule\.cypher: give each rule its own id/,
      ),
    );
  });

  it('rejects a rule without a fixture, pointing at the scaffold', () => {
    const box = sandbox();
    rmSync(path.join(box.rulesDir, 'sample-rule.fixture.json'));
    expectOneProblem(
      box.problems(),
      /sample-rule\.cypher has no fixture: create .*sample-rule\.fixture\.json \(\.\/csp new-rule sample-rule scaffolds one\)/,
    );
  });

  it('rejects a fixture with no expect cases', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', { ...FIXTURE, expect: [] });
    expectOneProblem(box.problems(), /has no expect cases: add at least one/);
  });

  it('rejects a fixture with no silent cases', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', { ...FIXTURE, silent: [] });
    expectOneProblem(box.problems(), /has no silent cases: add at least one/);
  });

  it('rejects a case that does not say which example it is', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', { ...FIXTURE, silent: [{ subjects: ['p-one', 'c-two'], case: 'fine' }] });
    expectOneProblem(box.problems(), /at \/silent\/0\/case: write it as 'not: <the case or allowed pattern it is>'/);
  });

  it('rejects a case naming an entity the data does not hold, or the wrong number of subjects', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', {
      ...FIXTURE,
      expect: [{ subjects: ['p-one', 'c-nobody'], case: 'flag: x' }],
    });
    expectOneProblem(box.problems(), /expect\[0\] names 'c-nobody', which is not an id in its data: use the id/);
    box.write('sample-rule.fixture.json', { ...FIXTURE, expect: [{ subjects: ['p-one'], case: 'flag: x' }] });
    expectOneProblem(
      box.problems(),
      /expect\[0\] has 1 subject\(s\), but rule sample-rule gives findings of the form partner, customer: list/,
    );
  });

  it('rejects fixture data outside the import format', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', { ...FIXTURE, data: { ...DATA, partner: [] } });
    expect(box.problems().map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/at \/data\/: Unrecognized key: "partner" \(docs\/import-format\.md\)/),
    );
  });

  it('rejects an alsoExpect naming an unknown rule', () => {
    const box = sandbox();
    box.write('sample-rule.fixture.json', { ...FIXTURE, alsoExpect: [{ rule: 'no-such-rule', subjects: ['p-one'] }] });
    expectOneProblem(
      box.problems(),
      /alsoExpect\[0\] names rule 'no-such-rule', which is not another rule of the catalog/,
    );
  });

  it('rejects a new rule that the docs tables do not list yet, naming it', () => {
    const box = sandbox();
    box.write('stray-rule.cypher', ruleText({ ...HEADER, id: 'stray-rule' }));
    box.write('stray-rule.fixture.json', FIXTURE);
    box.write('stray-rule.anchors.cypher', ANCHORS);
    expect(box.problems().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/subjects table is out of date \(rows of stray-rule\): run npm run docs:rules/),
      expect.stringMatching(/rule table is out of date \(rows of stray-rule\): run npm run docs:rules/),
    ]);
    updateRulesDoc(box.rulesDir, box.rulesDoc);
    expect(box.problems()).toEqual([]);
  });

  it('rejects docs tables that list a rule with no file', () => {
    const box = sandbox();
    box.write('missing-rule.cypher', ruleText({ ...HEADER, id: 'missing-rule' }));
    box.write('missing-rule.fixture.json', FIXTURE);
    box.write('missing-rule.anchors.cypher', ANCHORS);
    updateRulesDoc(box.rulesDir, box.rulesDoc);
    for (const name of ['missing-rule.cypher', 'missing-rule.fixture.json', 'missing-rule.anchors.cypher']) {
      rmSync(path.join(box.rulesDir, name));
    }
    expect(box.problems().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/subjects table is out of date \(rows of missing-rule\): run npm run docs:rules/),
      expect.stringMatching(/rule table is out of date \(rows of missing-rule\): run npm run docs:rules/),
    ]);
  });

  it('rejects a subjects table that no longer says what @subjects and @partner say', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, subjects: 'customer, partner', partner: 'the seller' }));
    expectOneProblem(box.problems(), /subjects table is out of date \(rows of sample-rule\): run npm run docs:rules/);
    updateRulesDoc(box.rulesDir, box.rulesDoc);
    expect(readFileSync(box.rulesDoc, 'utf8')).toContain('| sample-rule | customer, partner | the seller |');
  });

  it('rejects a stray file and a fixture without a rule', () => {
    const box = sandbox();
    box.write('notes.txt', 'x');
    box.write('orphan.fixture.json', FIXTURE);
    const messages = box.problems().map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(/notes\.txt is neither a rule .* nor a fixture .*: rename or move it/),
      expect.stringMatching(/orphan\.fixture\.json belongs to no rule: create .*orphan\.cypher or delete the fixture/),
    ]);
  });

  it('rejects a rule table that no longer matches the headers', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, title: 'A better title' }));
    expectOneProblem(box.problems(), /rule table is out of date \(rows of sample-rule\): run npm run docs:rules/);
    updateRulesDoc(box.rulesDir, box.rulesDoc);
    expect(box.problems()).toEqual([]);
    expect(readFileSync(box.rulesDoc, 'utf8')).toContain('| `sample-rule` | high | A better title |');
  });

  it('rejects a rule without an anchor', () => {
    const box = sandbox();
    const { anchor: _anchor, ...rest } = HEADER;
    box.write('sample-rule.cypher', ruleText(rest));
    expectOneProblem(box.problems(), /has no @anchor: add a line `\/\/ @anchor \.\.\.`/);
  });

  it('rejects an anchor that is no subject, or has no start clause', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, anchor: 'tenant (p)' }));
    expectOneProblem(
      box.problems(),
      /@anchor 'tenant \(p\)', which names a subject its @subjects form lacks: use one of that form's subjects/,
    );
    box.write('sample-rule.cypher', ruleText({ ...HEADER, anchor: 'customer (c)' }));
    expectOneProblem(
      box.problems(),
      /no start clause for its anchor variable c: add one, beginning a line with `MATCH \(c:Label\)`/,
    );
  });

  it('rejects anchors at different positions of subject forms of the same length', () => {
    const box = sandbox();
    box.write(
      'sample-rule.cypher',
      ruleText({ ...HEADER, subjects: 'partner, customer | customer, partner', anchor: 'partner (p) | partner (p)' }),
    );
    expectOneProblem(box.problems(), /at different positions of subject forms of the same length/);
  });

  it('rejects a rule without its anchors file, and an anchors file without its rule', () => {
    const box = sandbox();
    rmSync(path.join(box.rulesDir, 'sample-rule.anchors.cypher'));
    expectOneProblem(box.problems(), /has no sample-rule\.anchors\.cypher: write the statement that maps \$touched/);
    box.write('sample-rule.anchors.cypher', ANCHORS);
    box.write('other-rule.anchors.cypher', ANCHORS);
    expectOneProblem(
      box.problems(),
      /other-rule\.anchors\.cypher belongs to no rule: create .*other-rule\.cypher or delete/,
    );
  });

  it('rejects a file with two statements', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText(HEADER, `${QUERY}RETURN 1;\n`));
    expectOneProblem(box.problems(), /holds 2 statements: keep exactly one Cypher statement/);
  });
});

describe('parseRule', () => {
  it('joins continuation lines and splits subject forms', () => {
    const source = `// @id sample-rule\n// @title Sample\n// @severity low\n// @clause doc, section\n// @description One\n//   two.\n// @remediation Fix it.\n// @remediation Or this.\n// @subjects a, b | c\n// @partner the a\n// @anchor a (p) | c (p)\n\n${QUERY}`;
    const { rule, problems } = parseRule('/tmp/sample-rule.cypher', source, ANCHORS);
    expect(problems).toEqual([]);
    expect(rule).toMatchObject({
      description: 'One two.',
      remediation: ['Fix it.', 'Or this.'],
      subjects: [['a', 'b'], ['c']],
    });
  });

  it('refuses to load a catalog with a broken header', () => {
    const box = sandbox();
    box.write('sample-rule.cypher', ruleText({ ...HEADER, severity: 'urgent' }));
    expect(() => loadCatalog(box.rulesDir)).toThrow(CatalogError);
  });
});

describe('the statements derived from a rule', () => {
  const source = [
    'WITH date($asOf) AS asOf',
    'MATCH (c:Customer)-[:ON_TENANT]->(t)',
    'RETURN [c.id] AS subjects;',
  ].join('\n');

  it('seeks the start points by id in the anchored form, and deals them out by node id in a part', () => {
    expect(anchoredStatement(source, ['c']).cypher).toBe(
      [
        'WITH date($asOf) AS asOf',
        'UNWIND $anchored.ids AS anchorId',
        'MATCH (c:Customer {id: anchorId}) USING INDEX SEEK c:Customer(id)',
        'MATCH (c)-[:ON_TENANT]->(t)',
        'RETURN [c.id] AS subjects',
      ].join('\n'),
    );
    expect(partStatement(source, ['c'])).toBe(
      [
        'WITH date($asOf) AS asOf',
        'MATCH (c:Customer WHERE id(c) % $part.count = $part.index)-[:ON_TENANT]->(t)',
        'RETURN [c.id] AS subjects',
      ].join('\n'),
    );
  });

  it('replaces a // @start block by the seek, keeps a block marked keep after it, and splits neither by node id', () => {
    const block = (mark: string) =>
      [
        'WITH date($asOf) AS asOf',
        `// @start s:Subscription${mark}`,
        'MATCH (y:IndirectProvider)<-[:BILLED_BY]-(s)',
        '// @end',
        'RETURN [s.id] AS subjects;',
      ].join('\n');
    const seek = [
      'UNWIND $anchored.ids AS anchorId',
      'MATCH (s:Subscription {id: anchorId}) USING INDEX SEEK s:Subscription(id)',
    ];
    expect(anchoredStatement(block(''), ['s']).cypher).toBe(
      ['WITH date($asOf) AS asOf', ...seek, 'RETURN [s.id] AS subjects'].join('\n'),
    );
    expect(anchoredStatement(block(' keep'), ['s']).cypher).toBe(
      [
        'WITH date($asOf) AS asOf',
        ...seek,
        'MATCH (y:IndirectProvider)<-[:BILLED_BY]-(s)',
        'RETURN [s.id] AS subjects',
      ].join('\n'),
    );
    expect(partStatement(block(''), ['s'])).toBeNull();
    expect(partStatement(block(' keep'), ['s'])).toBeNull();
  });
});
