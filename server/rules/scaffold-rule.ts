// Scaffolds a new rule: its Cypher file with a header to fill in, and its fixture, beside the others.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { todayIso } from '../shared/dates';
import { anchorsFileOf } from './anchors';
import { displayPath, RULE_EXTENSION, RULE_ID_PATTERN, RULES_DIR } from './catalog';
import { FIXTURE_SUFFIX } from './rule-fixture';

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

// Every TODO below is a placeholder the catalog check rejects, so a scaffold cannot pass for a finished rule.
function ruleTemplate(id: string): string {
  return `// @id ${id}
// @title TODO: what the rule finds, in a few words
// @severity TODO: critical, high, medium or low
// @clause TODO: the policy document and section the rule follows, in your own words
// @description TODO: the violation as a question about the graph, in your own words
// @remediation TODO: one line per way out the policy offers
// @subjects TODO: the entities that identify one finding, in order, like partner, customer
// @partner TODO: which partner account a finding is about (the partnerId column), like the partner
// @anchor TODO: the subject the rule starts from and its variable, like partner (p) (docs/rules.md, Anchors)

// TODO: match the violating pattern from the anchor's start clause (a line beginning MATCH (p:Partner)), and return
// the columns of docs/rules.md.
WITH date($asOf) AS asOf
MATCH (p:Partner)
WHERE p.id = 'TODO'
RETURN [p.id] AS subjects,
       "Partner '" + p.name + "' TODO." AS message,
       [{id: p.id, label: 'Partner', name: p.name}] AS nodes,
       [] AS edges,
       null AS region,
       p.id AS partnerId;
`;
}

function anchorsTemplate(id: string): string {
  return `// The anchors whose ${id} findings a change of $touched can alter (docs/rules.md, Anchors).
// TODO: add every way a touched customer, tenant, organization or subscription leads to the start points.
UNWIND $touched.Partner AS anchor
RETURN anchor;
`;
}

function fixtureTemplate(asOf: string): string {
  const fixture = {
    asOf,
    data: { format: 'csp-graph', version: 1, organizations: [], tenants: [], partners: [], customers: [] },
    expect: [],
    silent: [],
  };
  return `${JSON.stringify(fixture, null, 2)}\n`;
}

export interface ScaffoldOptions {
  rulesDir?: string;
  /** The fixture's as-of date. */
  asOf?: string;
}

/** Writes whichever of the rule's three files is missing and returns their paths; refuses a bad or taken id. */
export function scaffoldRule(id: string, options: ScaffoldOptions = {}): string[] {
  if (!RULE_ID_PATTERN.test(id)) {
    throw new ScaffoldError(`'${id}' is not a rule id: write it in kebab-case, like cross-region-sale`);
  }
  const dir = options.rulesDir ?? RULES_DIR;
  const ruleFile = path.join(dir, id + RULE_EXTENSION);
  const fixtureFile = path.join(dir, id + FIXTURE_SUFFIX);
  const anchorsFile = anchorsFileOf(ruleFile);
  if (existsSync(ruleFile) && existsSync(fixtureFile) && existsSync(anchorsFile)) {
    throw new ScaffoldError(`Rule '${id}' exists already (${displayPath(ruleFile)}): choose another id, or edit it`);
  }
  const created: string[] = [];
  if (!existsSync(ruleFile)) {
    writeFileSync(ruleFile, ruleTemplate(id), { flag: 'wx' });
    created.push(ruleFile);
  }
  if (!existsSync(anchorsFile)) {
    writeFileSync(anchorsFile, anchorsTemplate(id), { flag: 'wx' });
    created.push(anchorsFile);
  }
  if (!existsSync(fixtureFile)) {
    writeFileSync(fixtureFile, fixtureTemplate(options.asOf ?? todayIso()), { flag: 'wx' });
    created.push(fixtureFile);
  }
  return created;
}
