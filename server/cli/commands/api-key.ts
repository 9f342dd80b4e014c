// `csp api-key create|list|revoke`: manages the API keys of the GraphQL API; a new key's secret is printed once.
import { parseArgs } from 'node:util';
import { createApiKey, keyNameProblem, listApiKeys, revokeApiKey } from '../../api/auth/api-keys';
import { isRole, ROLES } from '../../api/auth/roles';
import { describeScope, parseScopeText, type Scope, ScopeError } from '../../api/auth/scope';
import { CliError, type Command } from '../cli-error';
import { withDatabase } from '../with-database';

const USAGE = `Usage: ./csp api-key create --role ROLE --name NAME [--scope provider:ID[,ID...] | --scope region:NAME[,NAME...]]
       ./csp api-key list [--all]
       ./csp api-key revoke ID

  create   makes a key with a role (${ROLES.join(', ')}) and prints its secret once: only its hash is stored;
           --scope limits it to reading the networks of those indirect providers (partner account ids) or those
           regions (docs/api.md, "Scoped access")
  list     lists the keys (--all: revoked ones too)
  revoke   revokes a key at once (API servers drop it from their cache within 30 s)`;

function cliScope(text: string): Scope {
  try {
    return parseScopeText(text);
  } catch (error) {
    if (error instanceof ScopeError) throw new CliError(error.message);
    throw error;
  }
}

export const apiKeyCommand: Command = {
  help: USAGE,
  async run(args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        scope: { type: 'string' },
        all: { type: 'boolean', default: false },
      },
    });
    const [action, id, ...extra] = positionals;
    if (extra.length > 0) throw new CliError(USAGE);
    switch (action) {
      case 'create': {
        if (!isRole(values.role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`);
        const role = values.role;
        const name = values.name ?? '';
        const problem = keyNameProblem(name);
        if (problem) throw new CliError(`--name: ${problem}`);
        const scope = values.scope === undefined ? null : cliScope(values.scope);
        return withDatabase({ startLocal: false }, async ({ executor }) => {
          const { key, secret } = await createApiKey(executor, { name, role, createdBy: 'cli', scope });
          process.stderr.write(
            `Created API key ${key.id} '${key.name}' (${key.role}, sees ${describeScope(key.scope)}). ` +
              'Its secret, shown only now:\n',
          );
          process.stdout.write(`${secret}\n`);
          return 0;
        });
      }
      case 'list':
        return withDatabase({ startLocal: false }, async ({ executor }) => {
          const { items } = await listApiKeys(executor, {
            includeRevoked: values.all ?? false,
            skip: 0,
            limit: 10_000,
          });
          for (const key of items) {
            const revoked = key.revokedAt ? `  revoked ${key.revokedAt}` : '';
            const scope = key.scope ? `  scope: ${describeScope(key.scope)}` : '';
            process.stdout.write(
              `${key.id}  ${key.role.padEnd(7)}  ${key.name}  created ${key.createdAt}${scope}${revoked}\n`,
            );
          }
          return 0;
        });
      case 'revoke':
        if (!id) throw new CliError('usage: ./csp api-key revoke ID');
        return withDatabase({ startLocal: false }, async ({ executor }) => {
          const key = await revokeApiKey(executor, id);
          if (!key) throw new CliError(`No API key has the id '${id}'`);
          process.stdout.write(`Revoked API key ${key.id} '${key.name}'.\n`);
          return 0;
        });
      default:
        throw new CliError(USAGE);
    }
  },
};
