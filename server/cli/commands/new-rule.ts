// `csp new-rule ID`: scaffolds a rule and its fixture; `csp new-rule --update-docs` rewrites the rule tables of docs/rules.md.
import { parseArgs } from 'node:util';
import { displayPath } from '../../rules/catalog';
import { updateRulesDoc } from '../../rules/rules-doc';
import { scaffoldRule } from '../../rules/scaffold-rule';
import { CliError, type Command } from '../cli-error';

export const newRuleCommand: Command = {
  help: `Usage: ./csp new-rule ID
       ./csp new-rule --update-docs

ID is the rule id in kebab-case.
Creates cypher/rules/ID.cypher (a header with TODO placeholders), its anchors file and cypher/rules/ID.fixture.json,
whichever is missing. The catalog test rejects both until the TODOs are replaced and the fixture has its cases.
--update-docs (npm run docs:rules) rewrites the tables of docs/rules.md that list the rules, from their headers.`,
  async run(args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'update-docs': { type: 'boolean', default: false } },
    });
    if (values['update-docs']) {
      if (positionals.length > 0) throw new CliError('--update-docs takes no rule id');
      const changed = updateRulesDoc();
      process.stdout.write(
        changed ? 'Updated the rule tables of docs/rules.md.\n' : 'The rule tables of docs/rules.md are current.\n',
      );
      return 0;
    }
    const [id, ...extra] = positionals;
    if (!id || extra.length > 0) throw new CliError('usage: ./csp new-rule ID (one rule id, in kebab-case)');
    const created = scaffoldRule(id);
    const lines = created.map((file) => `Created ${displayPath(file)}`);
    process.stdout.write(
      `${lines.join('\n')}\nNext: fill in the header and the query, add the fixture's expect and silent cases, then run\n` +
        `  npx vitest run test/unit/rule-catalog.test.ts and npm run docs:rules\n`,
    );
    return 0;
  },
};
