// Everything that can be wrong with the rule catalog before a rule runs: headers, fixtures, the generated docs tables.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANCHORS_SUFFIX } from './anchors';
import {
  type CatalogProblem,
  displayPath,
  formatSubjects,
  RULE_EXTENSION,
  RULES_DIR,
  RULES_DOC,
  type RuleDefinition,
  readCatalog,
  ruleFiles,
} from './catalog';
import { FIXTURE_SUFFIX, fixtureFileOf, fixtureIds, parseFixture, type RuleFixture } from './rule-fixture';
import { currentTable, DOC_TABLES, DOCS_COMMAND, differingRows } from './rules-doc';

export interface CatalogPaths {
  rulesDir: string;
  rulesDoc: string;
}

const DEFAULT_PATHS: CatalogPaths = { rulesDir: RULES_DIR, rulesDoc: RULES_DOC };

function checkCases(
  shown: string,
  fixture: RuleFixture,
  rule: RuleDefinition | undefined,
  rulesById: Map<string, RuleDefinition>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = fixtureIds(fixture);
  const cases = [
    ...fixture.expect.map((c, i) => ({ where: `expect[${i}]`, subjects: c.subjects, rule })),
    ...fixture.silent.map((c, i) => ({ where: `silent[${i}]`, subjects: c.subjects, rule })),
    ...(fixture.alsoExpect ?? []).map((c, i) => ({
      where: `alsoExpect[${i}]`,
      subjects: c.subjects,
      rule: rulesById.get(c.rule),
    })),
  ];
  for (const [i, also] of (fixture.alsoExpect ?? []).entries()) {
    if (!rulesById.has(also.rule) || also.rule === rule?.id) {
      problems.push({
        file: shown,
        message: `${shown} alsoExpect[${i}] names rule '${also.rule}', which is not another rule of the catalog: use the id of another rule`,
      });
    }
  }
  for (const { where, subjects, rule: about } of cases) {
    for (const id of subjects.filter((subject) => !ids.has(subject))) {
      problems.push({
        file: shown,
        message: `${shown} ${where} names '${id}', which is not an id in its data: use the id of an entity the fixture declares`,
      });
    }
    if (about && !about.subjects.some((form) => form.length === subjects.length)) {
      problems.push({
        file: shown,
        message: `${shown} ${where} has ${subjects.length} subject(s), but rule ${about.id} gives findings of the form ${formatSubjects(about.subjects)}: list the subjects in that order`,
      });
    }
  }
  const expected = new Set(fixture.expect.map((c) => JSON.stringify(c.subjects)));
  for (const [i, c] of fixture.silent.entries()) {
    if (expected.has(JSON.stringify(c.subjects))) {
      problems.push({
        file: shown,
        message: `${shown} silent[${i}] is also an expect case: a finding cannot be both expected and forbidden`,
      });
    }
  }
  return problems;
}

/** Every problem of the catalog in `paths` (the product's by default); an empty list means it is sound. */
export function validateCatalog(paths: CatalogPaths = DEFAULT_PATHS): CatalogProblem[] {
  const { rules, problems } = readCatalog(paths.rulesDir);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const files = ruleFiles(paths.rulesDir);
  const fileIds = new Set(files.map((file) => path.basename(file, RULE_EXTENSION)));

  for (const name of readdirSync(paths.rulesDir).sort()) {
    const full = path.join(paths.rulesDir, name);
    if (name.endsWith(ANCHORS_SUFFIX)) {
      if (!fileIds.has(name.slice(0, -ANCHORS_SUFFIX.length))) {
        const shown = displayPath(full);
        problems.push({
          file: shown,
          message: `${shown} belongs to no rule: create ${displayPath(full.slice(0, -ANCHORS_SUFFIX.length) + RULE_EXTENSION)} or delete the anchors file`,
        });
      }
    } else if (name.endsWith(FIXTURE_SUFFIX)) {
      if (!fileIds.has(name.slice(0, -FIXTURE_SUFFIX.length))) {
        const shown = displayPath(full);
        problems.push({
          file: shown,
          message: `${shown} belongs to no rule: create ${displayPath(full.slice(0, -FIXTURE_SUFFIX.length) + RULE_EXTENSION)} or delete the fixture`,
        });
      }
    } else if (!name.endsWith(RULE_EXTENSION)) {
      const shown = displayPath(full);
      problems.push({
        file: shown,
        message: `${shown} is neither a rule (<id>${RULE_EXTENSION}) nor a fixture (<id>${FIXTURE_SUFFIX}) nor an anchors file (<id>${ANCHORS_SUFFIX}): rename or move it`,
      });
    }
  }

  for (const file of files) {
    const id = path.basename(file, RULE_EXTENSION);
    const fixtureFile = fixtureFileOf(file);
    const shownFixture = displayPath(fixtureFile);
    if (!existsSync(fixtureFile)) {
      problems.push({
        file: displayPath(file),
        message: `${displayPath(file)} has no fixture: create ${shownFixture} (./csp new-rule ${id} scaffolds one)`,
      });
      continue;
    }
    const parsed = parseFixture(fixtureFile, readFileSync(fixtureFile, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.fixture) problems.push(...checkCases(shownFixture, parsed.fixture, rulesById.get(id), rulesById));
  }

  const shownDoc = displayPath(paths.rulesDoc);
  const doc = existsSync(paths.rulesDoc) ? readFileSync(paths.rulesDoc, 'utf8') : '';
  // A broken header is reported above; the tables can only be judged once every rule reads.
  const headersSound = rules.length === files.length;
  for (const table of DOC_TABLES) {
    const current = currentTable(doc, table);
    if (current === undefined) {
      problems.push({
        file: shownDoc,
        message: `${shownDoc} has no ${table.name}: add the lines ${table.start} and ${table.end}, then run ${DOCS_COMMAND}`,
      });
      continue;
    }
    const fresh = table.render(rules);
    if (headersSound && current !== fresh) {
      problems.push({
        file: shownDoc,
        message: `${shownDoc}'s ${table.name} is out of date (rows of ${differingRows(current, fresh).join(', ') || 'its layout'}): run ${DOCS_COMMAND}`,
      });
    }
  }
  return problems;
}
