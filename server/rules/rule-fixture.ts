// A rule's fixture: a small graph in the import format, the findings it must give, and those it must not.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COLLECTION_KEYS, importDocumentSchema } from '../import/import-schema';
import { isRealDate } from '../shared/dates';
import { type CatalogProblem, displayPath, RULE_EXTENSION } from './catalog';

export const FIXTURE_SUFFIX = '.fixture.json';

const subjects = z.array(z.string().min(1)).min(1, 'names no subject');

const fixtureSchema = z.strictObject({
  asOf: z.string().refine(isRealDate, 'must be a date written YYYY-MM-DD'),
  data: z.record(z.string(), z.unknown()),
  expect: z.array(
    z.strictObject({ subjects, case: z.string().regex(/^flag: \S/, "write it as 'flag: <the example it is>'") }),
  ),
  silent: z.array(
    z.strictObject({
      subjects,
      case: z.string().regex(/^not: \S/, "write it as 'not: <the case or allowed pattern it is>'"),
    }),
  ),
  /** Findings of other rules that the fixture's data rightly gives; any other finding of another rule fails. */
  alsoExpect: z.array(z.strictObject({ rule: z.string().min(1), subjects, case: z.string().optional() })).optional(),
});

export type RuleFixture = z.infer<typeof fixtureSchema>;
export type FixtureCase = RuleFixture['expect'][number];

export function fixtureFileOf(ruleFile: string): string {
  return ruleFile.slice(0, -RULE_EXTENSION.length) + FIXTURE_SUFFIX;
}

/** Every id the fixture's data declares, so cases can be checked to name real entities. */
export function fixtureIds(fixture: RuleFixture): Set<string> {
  const ids = new Set<string>();
  for (const key of COLLECTION_KEYS) {
    const records = fixture.data[key];
    if (!Array.isArray(records)) continue;
    for (const record of records) {
      const id = (record as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** Checks a fixture's shape and its data against the import format; every problem names the spot to fix. */
export function parseFixture(file: string, text: string): { fixture?: RuleFixture; problems: CatalogProblem[] } {
  const shown = displayPath(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file: shown, message: `${shown} is not valid JSON (${(error as Error).message}): fix it` }] };
  }
  const parsed = fixtureSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file: shown,
        message: `${shown} at /${issue.path.join('/')}: ${issue.message} (docs/rules.md, Fixtures)`,
      })),
    };
  }
  const fixture = parsed.data;
  const problems: CatalogProblem[] = [];
  const document = importDocumentSchema.safeParse(fixture.data);
  if (!document.success) {
    for (const issue of document.error.issues) {
      problems.push({
        file: shown,
        message: `${shown} at /data/${issue.path.join('/')}: ${issue.message} (docs/import-format.md)`,
      });
    }
  }
  if (fixture.expect.length === 0) {
    problems.push({
      file: shown,
      message: `${shown} has no expect cases: add at least one {"subjects": [...], "case": "flag: ..."} that the rule must report`,
    });
  }
  if (fixture.silent.length === 0) {
    problems.push({
      file: shown,
      message: `${shown} has no silent cases: add at least one {"subjects": [...], "case": "not: ..."} that the rule must not report`,
    });
  }
  return { fixture, problems };
}

export function readFixture(file: string): RuleFixture {
  const { fixture, problems } = parseFixture(file, readFileSync(file, 'utf8'));
  if (!fixture || problems.length > 0) {
    throw new Error(problems.map((problem) => problem.message).join('\n'));
  }
  return fixture;
}
