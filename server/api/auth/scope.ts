// What part of the graph a caller may see: one or more provider networks (a provider, the resellers it supplies and
// the customers either sells to) or one or more regions; read from a key's record, a JWT claim or the command line.

/** The most networks or regions one scope may name: a scope is a slice of the graph, not a list of everything. */
export const MAX_SCOPE_VALUES = 50;

export type Scope = { providers: string[] } | { regions: string[] };

/** The parameter every API query takes as `$scope`: null for an unscoped caller (no filter is applied), else both
 * lists, one of them empty, so each membership test is a plain `IN`. */
export interface ScopeParameter {
  providers: string[];
  regions: string[];
}

/** Thrown for a scope that cannot be used; the message names the field. */
export class ScopeError extends Error {
  override name = 'ScopeError';
}

function values(field: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new ScopeError(`${field} must be a non-empty list of strings`);
  }
  if (raw.length > MAX_SCOPE_VALUES) throw new ScopeError(`${field} may name at most ${MAX_SCOPE_VALUES} values`);
  const cleaned = raw.map((value, index) => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ScopeError(`${field}[${index}] must be a non-blank string`);
    }
    return value.trim();
  });
  return [...new Set(cleaned)];
}

/** A scope from its stored or claimed shape `{providers: [...]}` or `{regions: [...]}`; `field` names it in errors. */
export function readScope(raw: unknown, field: string): Scope {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ScopeError(`${field} must be an object with either providers or regions`);
  }
  const keys = Object.keys(raw);
  const unknown = keys.filter((key) => key !== 'providers' && key !== 'regions');
  if (unknown.length > 0) throw new ScopeError(`${field}.${unknown[0]} is not a scope field (providers or regions)`);
  const record = raw as Record<string, unknown>;
  if ('providers' in record && 'regions' in record) {
    throw new ScopeError(`${field} must give either providers or regions, not both`);
  }
  if ('providers' in record) return { providers: values(`${field}.providers`, record.providers) };
  if ('regions' in record) return { regions: values(`${field}.regions`, record.regions) };
  throw new ScopeError(`${field} must give providers or regions`);
}

/** A scope from the command line: `provider:ID[,ID...]` or `region:NAME[,NAME...]`. */
export function parseScopeText(text: string, field = '--scope'): Scope {
  const match = /^\s*(provider|region)s?\s*:(.*)$/i.exec(text);
  if (!match) throw new ScopeError(`${field} must read provider:ID[,ID...] or region:NAME[,NAME...]`);
  const list = (match[2] as string).split(',').map((value) => value.trim());
  if (list.some((value) => value === '')) throw new ScopeError(`${field} lists a blank value`);
  return (match[1] as string).toLowerCase() === 'provider'
    ? readScope({ providers: list }, field)
    : readScope({ regions: list }, field);
}

export function scopeParameter(scope: Scope | null): ScopeParameter | null {
  if (!scope) return null;
  return 'providers' in scope ? { providers: scope.providers, regions: [] } : { providers: [], regions: scope.regions };
}

/** How a scope reads in listings and logs. */
export function describeScope(scope: Scope | null): string {
  if (!scope) return 'everything';
  return 'providers' in scope ? `providers ${scope.providers.join(', ')}` : `regions ${scope.regions.join(', ')}`;
}
